package org.ccpe.web.api;

import org.ccpe.common.ValidationFailedException;

/** Request bodies are required where a resource is created or replaced. */
final class Bodies {
  private Bodies() {}

  static <T> T required(T body) {
    if (body == null) {
      throw ValidationFailedException.of("body", "a JSON object is required");
    }
    return body;
  }
}
