package org.ccpe.inventory;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Reads an enum value from input text, case-insensitively, with a message listing the choices. */
final class Enums {
  private Enums() {}

  static <E extends Enum<E>> E parse(Class<E> type, String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("is required");
    }
    String wanted = text.strip().replace("-", "").replace("_", "");
    for (E value : type.getEnumConstants()) {
      if (value.name().replace("_", "").equalsIgnoreCase(wanted)) {
        return value;
      }
    }
    throw new IllegalArgumentException("'" + text + "' is not one of "
        + Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase()).collect(Collectors.joining(", ")));
  }
}
