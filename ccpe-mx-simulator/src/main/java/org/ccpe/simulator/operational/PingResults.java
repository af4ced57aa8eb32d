package org.ccpe.simulator.operational;

import static org.ccpe.simulator.config.ConfigXml.escape;

/**
 * The Junos {@code <ping-results>} of pinging a target {@code count} times: one
 * {@code <probe-result>} per answered probe, then {@code <probe-results-summary>} with RTTs in
 * microseconds, then {@code <ping-success/>} when anything answered.
 */
public final class PingResults {

    private PingResults() {}

    public static String render(PingTarget target, int count) {
        StringBuilder out = new StringBuilder("<ping-results>\n");
        element(out, "target-host", escape(target.host()));
        element(out, "target-ip", escape(target.host()));
        element(out, "packet-size", "56");
        int received = 0;
        long min = Long.MAX_VALUE;
        long max = 0;
        long sum = 0;
        for (int i = 0; i < count; i++) {
            if (target.loses(i)) {
                continue;
            }
            long rtt = target.rttMicros(i);
            received++;
            min = Math.min(min, rtt);
            max = Math.max(max, rtt);
            sum += rtt;
            out.append("<probe-result date-determined=\"0\">\n");
            element(out, "probe-index", String.valueOf(i + 1));
            out.append("<probe-success/>\n");
            element(out, "sequence-number", String.valueOf(i));
            element(out, "ip-address", escape(target.host()));
            element(out, "time-to-live", "64");
            element(out, "response-size", "64");
            element(out, "rtt", String.valueOf(rtt));
            out.append("</probe-result>\n");
        }
        out.append("<probe-results-summary>\n");
        element(out, "probes-sent", String.valueOf(count));
        element(out, "responses-received", String.valueOf(received));
        element(out, "packet-loss", String.valueOf(count == 0 ? 0 : (count - received) * 100 / count));
        if (received > 0) {
            element(out, "rtt-minimum", String.valueOf(min));
            element(out, "rtt-maximum", String.valueOf(max));
            element(out, "rtt-average", String.valueOf(sum / received));
        }
        out.append("</probe-results-summary>\n");
        out.append(received > 0 ? "<ping-success/>\n" : "");
        return out.append("</ping-results>").toString();
    }

    static void element(StringBuilder out, String tag, String escapedText) {
        out.append('<').append(tag).append('>').append(escapedText).append("</").append(tag).append(">\n");
    }
}
