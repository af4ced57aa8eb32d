package org.ccpe.common;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The request is well formed but clashes with what is stored: a duplicate name, a VLAN already used
 * on the port, a delete of something still in use.
 */
@ApplicationException(rollback = true)
public class ConflictException extends RuntimeException {
  private final List<FieldError> errors;

  public ConflictException(String field, String message) {
    super(message);
    this.errors = List.of(new FieldError(field, message));
  }

  public List<FieldError> errors() {
    return errors;
  }
}
