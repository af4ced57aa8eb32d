package org.ccpe.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ccpe.common.Violations;
import org.ccpe.monitoring.Granularity;
import org.ccpe.monitoring.MonitoringService;
import org.ccpe.monitoring.SeriesPoint;
import org.ccpe.monitoring.Statistics;

/**
 * {@code /access-links/{id}/statistics?from=&to=&step=}: the link's traffic between two ISO-8601
 * instants ({@code to} defaults to now, {@code from} to an hour before {@code to}); {@code step} is
 * {@code raw}, {@code 5m} or {@code 1h}, by default the finest the range allows.
 */
@Path("/access-links/{id}/statistics")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {
  @EJB private MonitoringService monitoring;

  public record StatisticsJson(long accessLinkId, Instant from, Instant to, String step, int count,
      boolean truncated, List<SeriesPoint> points) {}

  @GET
  public StatisticsJson get(@PathParam("id") long id, @QueryParam("from") String from, @QueryParam("to") String to,
      @QueryParam("step") String step) {
    Violations v = new Violations();
    Instant end = v.parseOptional("to", to, StatisticsResource::instant);
    Instant start = v.parseOptional("from", from, StatisticsResource::instant);
    Granularity granularity = v.parseOptional("step", step, StatisticsResource::granularity);
    v.throwIfAny();
    if (end == null) {
      end = Instant.now();
    }
    if (start == null) {
      start = end.minus(Duration.ofHours(1));
    }
    Statistics s = monitoring.statistics(id, start, end, granularity);
    return new StatisticsJson(id, s.from(), s.to(), stepName(s.step()), s.points().size(), s.truncated(), s.points());
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("'" + text + "' is not an ISO-8601 instant such as 2026-11-28T10:00:00Z");
    }
  }

  private static Granularity granularity(String text) {
    return switch (text.strip().toLowerCase()) {
      case "raw" -> Granularity.RAW;
      case "5m" -> Granularity.FIVE_MINUTES;
      case "1h" -> Granularity.HOUR;
      default -> throw new IllegalArgumentException("'" + text + "' is not one of raw, 5m, 1h");
    };
  }

  static String stepName(Granularity g) {
    return switch (g) {
      case RAW -> "raw";
      case FIVE_MINUTES -> "5m";
      case HOUR -> "1h";
    };
  }
}
