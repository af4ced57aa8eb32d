package org.ccpe.audit;

import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.Map;

/** Writes an entity's audit view as a flat JSON object. */
final class StateJson {
  /** Looked up once: {@code Json.createObjectBuilder()} looks the provider up (a service-loader scan) at every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private StateJson() {}

  static String of(Map<String, Object> state) {
    if (state == null) {
      return null;
    }
    JsonObjectBuilder json = JSON.createObjectBuilder();
    state.forEach((key, value) -> {
      if (value == null) {
        json.addNull(key);
      } else if (value instanceof Boolean b) {
        json.add(key, b);
      } else if (value instanceof Integer || value instanceof Long) {
        json.add(key, ((Number) value).longValue());
      } else if (value instanceof Enum<?> e) {
        json.add(key, e.name().toLowerCase());
      } else {
        json.add(key, value.toString());
      }
    });
    return json.build().toString();
  }
}
