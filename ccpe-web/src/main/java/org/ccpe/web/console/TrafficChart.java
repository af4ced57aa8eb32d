package org.ccpe.web.console;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import org.ccpe.monitoring.MonitoringService;
import org.ccpe.monitoring.SeriesPoint;

/**
 * A link's traffic as the Chart.js configuration {@code p:chart} takes: bits per second in and out
 * (Mbit/s on the axis), one label per point in UTC; and the ranges the console's and the portal's
 * charts offer (the service picks raw samples or a roll-up by the range).
 */
public final class TrafficChart {
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("dd HH:mm").withZone(ZoneOffset.UTC);
  private static final Map<String, Duration> RANGES = new LinkedHashMap<>();

  static {
    RANGES.put("1h", Duration.ofHours(1));
    RANGES.put("24h", Duration.ofHours(24));
    RANGES.put("7d", Duration.ofDays(7));
    RANGES.put("30d", Duration.ofDays(30));
  }

  /** The default range, and what an unknown one falls back to. */
  public static final String FIRST_RANGE = "1h";

  private TrafficChart() {}

  /** The ranges' keys, shortest first. */
  public static List<String> ranges() {
    return List.copyOf(RANGES.keySet());
  }

  /** The range's key when known, else the default's. */
  public static String knownRange(String key) {
    return RANGES.containsKey(key) ? key : FIRST_RANGE;
  }

  /** The chart of one link's statistics over the range ending now. */
  public static String of(MonitoringService monitoring, long accessLinkId, String range) {
    Instant to = Instant.now();
    Duration span = RANGES.get(knownRange(range));
    return of(monitoring.statistics(accessLinkId, to.minus(span), to, null).points());
  }

  public static String of(List<SeriesPoint> points) {
    JsonArrayBuilder labels = Json.createArrayBuilder();
    points.forEach(p -> labels.add(SHORT.format(p.at())));
    JsonArrayBuilder datasets = Json.createArrayBuilder()
        .add(dataset("In (Mbit/s)", "#1f5b94", points, SeriesPoint::inBps))
        .add(dataset("Out (Mbit/s)", "#24643a", points, SeriesPoint::outBps));
    JsonObjectBuilder options = Json.createObjectBuilder()
        .add("animation", false)
        .add("maintainAspectRatio", false)
        .add("elements", Json.createObjectBuilder().add("point", Json.createObjectBuilder().add("radius", 0)))
        .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
    return Json.createObjectBuilder()
        .add("type", "line")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options)
        .build()
        .toString();
  }

  private static JsonObjectBuilder dataset(String label, String colour, List<SeriesPoint> points,
      ToDoubleFunction<SeriesPoint> bps) {
    JsonArrayBuilder data = Json.createArrayBuilder();
    points.forEach(p -> data.add(Math.round(bps.applyAsDouble(p) / 1_000) / 1_000.0));
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", data)
        .add("borderColor", colour)
        .add("borderWidth", 1.5)
        .add("fill", false);
  }
}
