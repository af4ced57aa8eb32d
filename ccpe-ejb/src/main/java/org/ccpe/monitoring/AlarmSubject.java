package org.ccpe.monitoring;

/**
 * What an alarm is about: an access link (with its site and customer) or a router (link, site and
 * customer null). {@code name} is what people read, e.g. {@code mx1 ge-0/0/1.100 (acme/hq)}.
 */
public record AlarmSubject(long routerId, Long customerId, Long siteId, Long accessLinkId, String name) {
  public static AlarmSubject router(long routerId, String routerName) {
    return new AlarmSubject(routerId, null, null, null, routerName);
  }
}
