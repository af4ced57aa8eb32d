package org.ccpe.web.api;

import java.time.Instant;
import org.ccpe.monitoring.Alarm;

/**
 * An alarm: what, about which link, site, customer and router, and its life so far. Customer users
 * get {@link Own}: no router, no subject or detail (they name the router), no staff names.
 */
public record AlarmJson(long id, String cause, String severity, String state, long routerId, Long customerId,
    Long siteId, Long accessLinkId, String subject, String detail, Instant raisedAt, Instant clearedAt,
    String clearedBy, Instant acknowledgedAt, String acknowledgedBy) {

  static AlarmJson of(Alarm a) {
    return new AlarmJson(a.getId(), RouterJson.lower(a.getCause()), RouterJson.lower(a.getSeverity()),
        RouterJson.lower(a.getState()), a.getRouterId(), a.getCustomerId(), a.getSiteId(), a.getAccessLinkId(),
        a.getSubject(), a.getDetail(), a.getRaisedAt(), a.getClearedAt(), a.getClearedBy(), a.getAcknowledgedAt(),
        a.getAcknowledgedBy());
  }

  /** An alarm as its customer sees it. */
  public record Own(long id, String cause, String severity, String state, Long siteId, Long accessLinkId,
      Instant raisedAt, Instant clearedAt, Instant acknowledgedAt) {
    static Own of(Alarm a) {
      return new Own(a.getId(), RouterJson.lower(a.getCause()), RouterJson.lower(a.getSeverity()),
          RouterJson.lower(a.getState()), a.getSiteId(), a.getAccessLinkId(), a.getRaisedAt(), a.getClearedAt(),
          a.getAcknowledgedAt());
    }
  }
}
