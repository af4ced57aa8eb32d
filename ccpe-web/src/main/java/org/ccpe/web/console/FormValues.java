package org.ccpe.web.console;

import java.util.HashMap;

/**
 * What a person typed into a dialog, by field name. The names are the services' field names (and
 * the inputs' ids), so a refused field's message lands beside the input that holds it; the
 * services do all checking, this only carries text to them.
 */
public class FormValues extends HashMap<String, Object> {
  private static final long serialVersionUID = 1L;

  public String text(String field) {
    Object value = get(field);
    return value == null ? null : value.toString();
  }

  /** A number typed into an input with a number converter; null when left empty. */
  public Integer integer(String field) {
    Object value = get(field);
    return value instanceof Number n ? n.intValue() : null;
  }

  /** The id of an entity chosen in a select (whose option values arrive as text). */
  public Long id(String field) {
    Object value = get(field);
    if (value instanceof Number n) {
      return n.longValue();
    }
    return value == null || value.toString().isBlank() ? null : Long.valueOf(value.toString());
  }

  public boolean flag(String field) {
    return Boolean.TRUE.equals(get(field));
  }
}
