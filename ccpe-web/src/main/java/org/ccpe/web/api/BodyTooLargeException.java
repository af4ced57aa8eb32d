package org.ccpe.web.api;

import java.io.IOException;

/** A request body passed the API's size limit while being read. */
public class BodyTooLargeException extends IOException {
  public BodyTooLargeException(long limit) {
    super("request bodies are limited to " + limit + " bytes");
  }
}
