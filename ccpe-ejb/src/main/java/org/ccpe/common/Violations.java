package org.ccpe.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects every rule an input breaks, so a caller learns all its mistakes in one answer instead
 * of one per attempt.
 */
public final class Violations {
  private final List<FieldError> errors = new ArrayList<>();

  public void add(String field, String message) {
    errors.add(new FieldError(field, message));
  }

  /**
   * Parses a field with a value object's parser; on failure records the parser's message against
   * the field and returns null.
   */
  public <T> T parse(String field, String raw, Function<String, T> parser) {
    return check(field, () -> parser.apply(raw));
  }

  /** Runs a value object's factory; on failure records its message against the field. */
  public <T> T check(String field, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException e) {
      add(field, e.getMessage());
      return null;
    }
  }

  /** Like {@link #parse} for an optional field: blank gives null without an error. */
  public <T> T parseOptional(String field, String raw, Function<String, T> parser) {
    return raw == null || raw.isBlank() ? null : parse(field, raw, parser);
  }

  public String required(String field, String raw, int maxLength) {
    if (raw == null || raw.isBlank()) {
      add(field, "is required");
      return null;
    }
    return limited(field, raw, maxLength);
  }

  /** Trims an optional text; blank becomes null; checks its length. */
  public String optional(String field, String raw, int maxLength) {
    return raw == null || raw.isBlank() ? null : limited(field, raw, maxLength);
  }

  private String limited(String field, String raw, int maxLength) {
    String value = raw.strip();
    if (value.length() > maxLength) {
      add(field, "must be at most " + maxLength + " characters");
    } else if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
      add(field, "must not contain control characters");
    }
    return value;
  }

  /** An optional whole number in a range; absent gives {@code fallback}. */
  public int inRange(String field, Integer value, int min, int max, int fallback) {
    if (value == null) {
      return fallback;
    }
    if (value < min || value > max) {
      add(field, "must be between " + min + " and " + max);
    }
    return value;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  public List<FieldError> errors() {
    return List.copyOf(errors);
  }

  /** Throws when any rule was broken. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
  }
}
