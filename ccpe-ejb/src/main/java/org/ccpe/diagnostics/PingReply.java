package org.ccpe.diagnostics;

import org.w3c.dom.Element;

/**
 * Reads a Junos {@code <ping-results>} reply: its {@code <probe-results-summary>} (probes sent,
 * responses received, loss, RTTs in microseconds). Every number is checked; a summary that does
 * not add up (more answers than probes, loss over 100 %, min above max) is refused rather than
 * shown.
 */
public final class PingReply {
  private PingReply() {}

  public static PingOutcome parse(Element reply) {
    if (reply == null || !"ping-results".equals(reply.getLocalName())) {
      throw new RouterReplyException("the router answered the ping with "
          + (reply == null ? "nothing" : "<" + reply.getLocalName() + ">"));
    }
    Element summary = ReplyElements.child(reply, "probe-results-summary");
    if (summary == null) {
      // Junos leaves the summary out when the target could not even be tried (no route, bad source)
      String failure = ReplyElements.text(reply, "ping-failure");
      throw new RouterReplyException("the router could not ping: "
          + (failure == null ? "no probe summary in its reply" : ReplyElements.shortened(failure)));
    }
    String path = "ping-results.probe-results-summary";
    int sent = count(summary, "probes-sent", path);
    int received = count(summary, "responses-received", path);
    if (received > sent) {
      throw new RouterReplyException(path + ": " + received + " responses to " + sent + " probes");
    }
    int loss = ReplyElements.text(summary, "packet-loss") == null
        ? (sent == 0 ? 0 : (sent - received) * 100 / sent)
        : count(summary, "packet-loss", path);
    if (loss > 100) {
      throw new RouterReplyException(path + ".packet-loss is over 100 %: " + loss);
    }
    if (received == 0) {
      return new PingOutcome(sent, 0, loss, null, null, null);
    }
    double min = micros(summary, "rtt-minimum", path);
    double avg = micros(summary, "rtt-average", path);
    double max = micros(summary, "rtt-maximum", path);
    if (min > avg || avg > max) {
      throw new RouterReplyException(path + ": round-trip times out of order (min " + min + ", avg " + avg
          + ", max " + max + " ms)");
    }
    return new PingOutcome(sent, received, loss, min, avg, max);
  }

  private static int count(Element summary, String name, String path) {
    String text = ReplyElements.required(summary, name, path);
    try {
      int value = Integer.parseInt(text);
      if (value >= 0) {
        return value;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new RouterReplyException(path + "." + name + " is not a count: " + ReplyElements.shortened(text));
  }

  /** An RTT in microseconds (Junos' unit) as milliseconds. */
  private static double micros(Element summary, String name, String path) {
    String text = ReplyElements.required(summary, name, path);
    try {
      long value = Long.parseLong(text);
      if (value >= 0 && value <= 3_600_000_000L) {
        return value / 1000.0;
      }
    } catch (NumberFormatException e) {
      // refused below
    }
    throw new RouterReplyException(path + "." + name + " is not a round-trip time: " + ReplyElements.shortened(text));
  }
}
