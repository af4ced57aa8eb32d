package org.ccpe.common;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The input broke one or more rules; nothing was changed. Carries every offending field. */
@ApplicationException(rollback = true)
public class ValidationFailedException extends RuntimeException {
  private final List<FieldError> errors;

  public ValidationFailedException(List<FieldError> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  public static ValidationFailedException of(String field, String message) {
    return new ValidationFailedException(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  private static String summary(List<FieldError> errors) {
    return errors.size() == 1
        ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " invalid fields";
  }
}
