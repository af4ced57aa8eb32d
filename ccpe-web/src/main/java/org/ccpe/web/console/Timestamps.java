package org.ccpe.web.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Points in time as the console shows them: to the second, in UTC, as NOC logs are read. */
@Named
@ApplicationScoped
public class Timestamps {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

  public String format(Instant at) {
    return at == null ? "" : TIME.format(at);
  }
}
