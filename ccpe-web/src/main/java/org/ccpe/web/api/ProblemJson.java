package org.ccpe.web.api;

import java.util.List;
import org.ccpe.common.FieldError;

/**
 * An RFC 9457 problem document, with the offending fields listed.
 *
 * @param type a URI naming the kind of problem (relative, under the API's documentation)
 * @param errors one entry per offending field; empty when the problem is not about fields
 */
public record ProblemJson(String type, String title, int status, String detail, List<FieldError> errors) {}
