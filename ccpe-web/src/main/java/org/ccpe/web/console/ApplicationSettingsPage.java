package org.ccpe.web.console;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ccpe.access.ApplicationSettings;
import org.ccpe.access.PortalTask;
import org.ccpe.access.PortalTaskSettings;
import org.ccpe.common.PageRequest;
import org.ccpe.common.StaleVersionException;
import org.ccpe.inventory.Customer;
import org.ccpe.inventory.CustomerService;

/**
 * Administration → Application Settings: each portal task switched on or off for all customers,
 * and per customer "as for all", on or off. Saved as a whole against the version read; when
 * another administrator saved first, the page says so and keeps what this one chose.
 */
@Named
@ViewScoped
public class ApplicationSettingsPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String FOLLOW = "global";

  @EJB private ApplicationSettings settings;
  @EJB private CustomerService customers;

  private long version;
  private Long customerId;
  private final Map<PortalTask, Boolean> global = new EnumMap<>(PortalTask.class);
  private final Map<PortalTask, String> overrides = new EnumMap<>(PortalTask.class);
  private String savedBy;

  /** One row of the tasks table. */
  public record Row(PortalTask task) implements Serializable {
    public String getKey() {
      return task.key();
    }

    public String getTitle() {
      return task.title();
    }

    public String getGroup() {
      return task.group().title();
    }

    public String getAudience() {
      return task.isConfiguration() ? "customer-admin" : "customer-admin, customer-monitor";
    }
  }

  @PostConstruct
  void load() {
    show(settings.read(customerId));
  }

  public List<Row> getRows() {
    List<Row> rows = new ArrayList<>();
    for (PortalTask task : PortalTask.values()) {
      rows.add(new Row(task));
    }
    return rows;
  }

  public List<Customer> getCustomers() {
    return customers.list(null, null, PageRequest.first(1000)).items();
  }

  /** Another customer picked: its overrides (the global switches stay as edited). */
  public void customerChanged() {
    PortalTaskSettings read = settings.read(customerId);
    overrides.clear();
    read.overrides().forEach((task, on) -> overrides.put(task, on ? "on" : "off"));
  }

  public void save() {
    Map<PortalTask, Boolean> chosen = new EnumMap<>(PortalTask.class);
    overrides.forEach((task, choice) -> {
      if (!FOLLOW.equals(choice) && choice != null) {
        chosen.put(task, "on".equals(choice));
      }
    });
    try {
      show(settings.save(new PortalTaskSettings(version, global, customerId, chosen, null, null)));
      FieldMessages.info("Application settings saved");
    } catch (StaleVersionException e) {
      FieldMessages.global(e.getMessage());
    } catch (EJBException e) {
      if (!(rootCause(e) instanceof OptimisticLockException)) {
        throw e;
      }
      FieldMessages.global("another administrator saved the application settings at the same moment;"
          + " reload them, check their changes and save again");
    }
  }

  /** Drops this page's edits and shows the stored settings. */
  public void reload() {
    show(settings.read(customerId));
    FieldMessages.info("Application settings reloaded");
  }

  private void show(PortalTaskSettings read) {
    version = read.version();
    global.clear();
    global.putAll(read.global());
    overrides.clear();
    for (PortalTask task : PortalTask.values()) {
      Boolean on = read.overrides().get(task);
      overrides.put(task, on == null ? FOLLOW : on ? "on" : "off");
    }
    savedBy = read.updatedBy() == null ? null : read.updatedBy() + ", " + new Timestamps().format(read.updatedAt());
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    for (int i = 0; i < 10 && t.getCause() != null; i++) {
      t = t.getCause();
    }
    return t;
  }

  public Map<PortalTask, Boolean> getGlobal() {
    return global;
  }

  public Map<PortalTask, String> getOverrides() {
    return overrides;
  }

  public Long getCustomerId() {
    return customerId;
  }

  public void setCustomerId(Long customerId) {
    this.customerId = customerId;
  }

  public long getVersion() {
    return version;
  }

  public String getSavedBy() {
    return savedBy;
  }
}
