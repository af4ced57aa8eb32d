package org.ccpe.common;

/**
 * One reason an input was refused.
 *
 * @param field the input's field path as the caller named it, e.g. {@code vlanId} or {@code
 *     customers[3].sites[1].name}
 * @param message what is wrong, in words an operator understands
 */
public record FieldError(String field, String message) {}
