package org.ccpe.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.ccpe.simulator.operational.PingResults;
import org.ccpe.simulator.operational.PingTarget;
import org.junit.jupiter.api.Test;

class PingReplyTest {

  @Test
  void readsLossAndRoundTripTimesInMilliseconds() {
    String reply = PingResults.render(new PingTarget("acme_HQ", "10.2.0.1", 20, Duration.ofMillis(12)), 5);

    PingOutcome outcome = PingReply.parse(Replies.xml(reply));

    assertTrue(outcome.up());
    assertEquals(5, outcome.sent());
    assertEquals(4, outcome.received());
    assertEquals(20, outcome.packetLossPercent());
    assertTrue(outcome.rttMinMs() <= outcome.rttAvgMs() && outcome.rttAvgMs() <= outcome.rttMaxMs(), outcome::toString);
    assertEquals(12.0, outcome.rttAvgMs(), 1.0);
  }

  @Test
  void aHostThatNeverAnswersIsDownWithoutTimes() {
    PingOutcome outcome = PingReply.parse(Replies.xml(
        PingResults.render(new PingTarget("ri", "10.2.0.1", 100, Duration.ZERO), 5)));

    assertFalse(outcome.up());
    assertEquals(100, outcome.packetLossPercent());
    assertNull(outcome.rttAvgMs());
  }

  @Test
  void computesLossWhenTheRouterLeavesItOut() {
    PingOutcome outcome = PingReply.parse(Replies.xml(summary("<probes-sent>4</probes-sent>"
        + "<responses-received>3</responses-received><rtt-minimum>1000</rtt-minimum>"
        + "<rtt-maximum>3000</rtt-maximum><rtt-average>2000</rtt-average>")));
    assertEquals(25, outcome.packetLossPercent());
    assertEquals(2.0, outcome.rttAvgMs());
  }

  @Test
  void refusesSummariesThatDoNotAddUp() {
    assertRefused(summary("<probes-sent>2</probes-sent><responses-received>3</responses-received>"), "3 responses to 2 probes");
    assertRefused(summary("<probes-sent>x</probes-sent><responses-received>0</responses-received>"), "probes-sent is not a count");
    assertRefused(summary("<probes-sent>5</probes-sent><responses-received>5</responses-received>"
        + "<packet-loss>101</packet-loss>"), "packet-loss is over 100");
    assertRefused(summary("<probes-sent>5</probes-sent><responses-received>5</responses-received>"
        + "<rtt-minimum>9000</rtt-minimum><rtt-maximum>1000</rtt-maximum><rtt-average>5000</rtt-average>"),
        "out of order");
    assertRefused(summary("<probes-sent>5</probes-sent><responses-received>5</responses-received>"),
        "rtt-minimum is missing");
  }

  @Test
  void reportsAPingThatCouldNotStart() {
    assertRefused("<ping-results><ping-failure>no route to host</ping-failure></ping-results>", "no route to host");
    assertRefused("<dhcp-server-binding-information/>", "<dhcp-server-binding-information>");
  }

  @Test
  void escapesWhatGoesIntoTheRequest() {
    String rpc = OperationalRequests.ping("acme_HQ", "10.1.1.1", "10.2.0.1<x/>", 5, Duration.ofMillis(10_000));
    assertTrue(rpc.contains("<host>10.2.0.1&lt;x/&gt;</host>"), rpc);
    assertTrue(rpc.contains("<routing-instance>acme_HQ</routing-instance><source>10.1.1.1</source>"), rpc);
    assertTrue(rpc.contains("<count>5</count><rapid/><wait>10</wait>"), rpc);
  }

  private static String summary(String inner) {
    return "<ping-results><probe-results-summary>" + inner + "</probe-results-summary></ping-results>";
  }

  private static void assertRefused(String reply, String expected) {
    RouterReplyException refused = assertThrows(RouterReplyException.class, () -> PingReply.parse(Replies.xml(reply)));
    assertTrue(refused.getMessage().contains(expected), refused.getMessage());
  }
}
