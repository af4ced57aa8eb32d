package org.ccpe.monitoring;

import java.time.Instant;

/** Fired synchronously, inside the transaction that raised the alarm. Ids are null where not applicable. */
public record AlarmRaised(long alarmId, AlarmCause cause, Severity severity, Long customerId, Long siteId,
    Long accessLinkId, long routerId, Instant at) {}
