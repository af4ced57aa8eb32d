package org.ccpe.monitoring;

import java.time.Instant;

/** Fired synchronously, inside the transaction that cleared the alarm. Ids are null where not applicable. */
public record AlarmCleared(long alarmId, AlarmCause cause, Severity severity, Long customerId, Long siteId,
    Long accessLinkId, long routerId, Instant at) {}
