package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.ccpe.common.NotFoundException;
import org.ccpe.monitoring.Alarm;
import org.ccpe.monitoring.AlarmBook;
import org.ccpe.monitoring.AlarmFilter;
import org.ccpe.monitoring.AlarmState;
import org.ccpe.monitoring.Severity;

/** The Alarms task: active alarms first by default, filtered by state and severity, acknowledged from the row. */
@Named
@ViewScoped
public class AlarmsPage implements Serializable {
  private static final long serialVersionUID = 1L;

  @EJB private AlarmBook alarms;

  private String state = "active";
  private Severity severity;
  private final PagedModel<Alarm> model = new PagedModel<>(
      page -> alarms.list(new AlarmFilter(states(), severity, null, null), page), Alarm::getId);

  public void acknowledge(long id) {
    try {
      Alarm alarm = alarms.acknowledge(id);
      FieldMessages.info("Alarm " + id + " acknowledged by " + alarm.getAcknowledgedBy());
    } catch (NotFoundException e) {
      FieldMessages.global(e.getMessage());
    }
  }

  private List<AlarmState> states() {
    return switch (state == null ? "" : state) {
      case "active" -> AlarmFilter.ACTIVE;
      case "cleared" -> List.of(AlarmState.CLEARED);
      default -> null;
    };
  }

  public PagedModel<Alarm> getModel() {
    return model;
  }

  public Severity[] getSeverities() {
    return Severity.values();
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public Severity getSeverity() {
    return severity;
  }

  public void setSeverity(Severity severity) {
    this.severity = severity;
  }
}
