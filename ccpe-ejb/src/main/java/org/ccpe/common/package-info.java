/**
 * What every domain shares: the errors a service reports to its callers ({@link
 * org.ccpe.common.ValidationFailedException} with one {@link org.ccpe.common.FieldError} per
 * offending field, {@link org.ccpe.common.NotFoundException}, {@link
 * org.ccpe.common.ConflictException}, {@link org.ccpe.common.StaleVersionException}), paging, and
 * the versioned entity base every aggregate extends.
 *
 * <p>The exceptions are EJB application exceptions that roll the transaction back, so a refused
 * request never leaves half its changes behind. The web layer maps each one to one HTTP status.
 */
package org.ccpe.common;
