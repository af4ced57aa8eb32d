package org.ccpe.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccpe.monitoring.AlarmCleared;
import org.ccpe.monitoring.AlarmRaised;
import org.ccpe.provisioning.JobStateChanged;

/**
 * Turns the domains' own events (provisioning jobs, alarms) into the {@link DomainEvent}s subscribers receive. Synchronous
 * observers that fire synchronously: the outbox row is written in the transaction of the change
 * that caused it, so a rolled-back change notifies nobody and a committed one is never lost.
 */
@ApplicationScoped
public class DomainEventBridges {
  @Inject private Event<DomainEvent> events;

  void jobStateChanged(@Observes JobStateChanged job) {
    events.fire(jobEvent(job));
  }

  void alarmRaised(@Observes AlarmRaised alarm) {
    events.fire(alarmRaisedEvent(alarm));
  }

  void alarmCleared(@Observes AlarmCleared alarm) {
    events.fire(alarmClearedEvent(alarm));
  }

  static DomainEvent jobEvent(JobStateChanged job) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("jobId", job.jobId());
    data.put("siteId", job.siteId() == 0 ? null : job.siteId());
    data.put("routerId", job.routerId());
    data.put("state", job.state());
    data.put("message", job.message());
    data.put("at", job.at().toString());
    return DomainEvent.of(DomainEvent.JOB_STATE_CHANGED, job.customerId() == 0 ? null : job.customerId(), data);
  }

  static DomainEvent alarmRaisedEvent(AlarmRaised a) {
    return DomainEvent.of(DomainEvent.ALARM_RAISED, a.customerId(),
        alarmData(a.alarmId(), a.cause().name(), a.severity().name(), a.siteId(), a.accessLinkId(), a.routerId(), a.at()));
  }

  static DomainEvent alarmClearedEvent(AlarmCleared a) {
    return DomainEvent.of(DomainEvent.ALARM_CLEARED, a.customerId(),
        alarmData(a.alarmId(), a.cause().name(), a.severity().name(), a.siteId(), a.accessLinkId(), a.routerId(), a.at()));
  }

  private static Map<String, Object> alarmData(long alarmId, String cause, String severity, Long siteId,
      Long accessLinkId, long routerId, java.time.Instant at) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("alarmId", alarmId);
    data.put("cause", cause);
    data.put("severity", severity);
    data.put("siteId", siteId);
    data.put("accessLinkId", accessLinkId);
    data.put("routerId", routerId);
    data.put("at", at.toString());
    return data;
  }
}
