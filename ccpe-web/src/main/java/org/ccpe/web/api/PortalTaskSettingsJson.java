package org.ccpe.web.api;

import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccpe.access.PortalTask;
import org.ccpe.access.PortalTaskSettings;
import org.ccpe.common.Violations;

/**
 * The portal task switches in the API, tasks by key ({@code contact-info}): {@code global} on or
 * off for everyone; for {@code customerId}, its {@code overrides} (a task left out follows the
 * global switch). {@code version} is sent back unchanged when saving.
 */
public record PortalTaskSettingsJson(Long version, Map<String, Boolean> global, Long customerId,
    Map<String, Boolean> overrides, String updatedBy, Instant updatedAt) {

  static PortalTaskSettingsJson of(PortalTaskSettings s) {
    return new PortalTaskSettingsJson(s.version(), keyed(s.global()), s.customerId(),
        s.customerId() == null ? null : keyed(s.overrides()), s.updatedBy(), s.updatedAt());
  }

  /** The settings asked for, every unknown task or missing version reported by its field. */
  PortalTaskSettings toSettings() {
    Violations v = new Violations();
    if (version == null) {
      v.add("version", "is required: send back the version you read");
    }
    Map<PortalTask, Boolean> g = tasks("global", global, v);
    Map<PortalTask, Boolean> o = tasks("overrides", overrides, v);
    if (customerId == null && overrides != null && !overrides.isEmpty()) {
      v.add("overrides", "need a customerId");
    }
    v.throwIfAny();
    return new PortalTaskSettings(version, g, customerId, o, null, null);
  }

  private static Map<PortalTask, Boolean> tasks(String field, Map<String, Boolean> byKey, Violations v) {
    Map<PortalTask, Boolean> tasks = new EnumMap<>(PortalTask.class);
    if (byKey != null) {
      byKey.forEach((key, on) -> {
        PortalTask task = v.parse(field + "." + key, key, PortalTask::fromKey);
        if (task != null && on != null) {
          tasks.put(task, on);
        }
      });
    }
    return tasks;
  }

  private static Map<String, Boolean> keyed(Map<PortalTask, Boolean> tasks) {
    Map<String, Boolean> byKey = new LinkedHashMap<>();
    tasks.forEach((task, on) -> byKey.put(task.key(), on));
    return byKey;
  }
}
