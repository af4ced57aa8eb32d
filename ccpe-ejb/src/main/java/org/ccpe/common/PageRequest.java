package org.ccpe.common;

/**
 * Which slice of a list to return. {@code limit} defaults to 50 and may not exceed 1,000, so no
 * caller can ask a list to load everything at once.
 */
public record PageRequest(int limit, int offset) {
  public static final int DEFAULT_LIMIT = 50;
  public static final int MAX_LIMIT = 1000;

  public static PageRequest of(Integer limit, Integer offset) {
    Violations violations = new Violations();
    int l = limit == null ? DEFAULT_LIMIT : limit;
    int o = offset == null ? 0 : offset;
    if (l < 1 || l > MAX_LIMIT) {
      violations.add("limit", "must be between 1 and " + MAX_LIMIT);
    }
    if (o < 0) {
      violations.add("offset", "must not be negative");
    }
    violations.throwIfAny();
    return new PageRequest(l, o);
  }

  public static PageRequest first(int limit) {
    return new PageRequest(limit, 0);
  }
}
