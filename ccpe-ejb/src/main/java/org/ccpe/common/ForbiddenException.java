package org.ccpe.common;

import jakarta.ejb.ApplicationException;

/**
 * The caller is known but may not do this (403): a portal task the provider switched off, or a
 * customer role asking for a provider-only function. Data of another customer is never answered
 * with this but with {@link NotFoundException}, which reveals nothing.
 */
@ApplicationException(rollback = true)
public class ForbiddenException extends RuntimeException {
  public ForbiddenException(String message) {
    super(message);
  }
}
