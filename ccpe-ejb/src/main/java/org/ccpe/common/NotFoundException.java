package org.ccpe.common;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist, or the caller may not see it. The two are deliberately the
 * same answer, so an identifier of another tenant's data reveals nothing.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends RuntimeException {
  public NotFoundException(String kind, Object id) {
    super(kind + " " + id + " not found");
  }
}
