package org.ccpe.access;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The portal task switches as an administrator edits them: the global switch of each task and,
 * for one customer, its overrides ({@code null}: follows the global switch). {@code version} is
 * the settings' version when read; saving checks it.
 */
public record PortalTaskSettings(long version, Map<PortalTask, Boolean> global, Long customerId,
    Map<PortalTask, Boolean> overrides, String updatedBy, Instant updatedAt) {

  public PortalTaskSettings {
    global = Collections.unmodifiableMap(copy(global));
    overrides = Collections.unmodifiableMap(copy(overrides));
  }

  /** The tasks on for the customer: its override where it has one, else the global switch. */
  public Set<PortalTask> effective() {
    Set<PortalTask> on = EnumSet.noneOf(PortalTask.class);
    for (PortalTask task : PortalTask.values()) {
      Boolean override = overrides.get(task);
      if (override != null ? override : global.getOrDefault(task, true)) {
        on.add(task);
      }
    }
    return on;
  }

  private static Map<PortalTask, Boolean> copy(Map<PortalTask, Boolean> map) {
    Map<PortalTask, Boolean> copy = new EnumMap<>(PortalTask.class);
    if (map != null) {
      map.forEach((task, on) -> {
        if (task != null && on != null) {
          copy.put(task, on);
        }
      });
    }
    return copy;
  }
}
