package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ccpe.access.PortalTask;
import org.ccpe.access.PortalTasks;

/**
 * The portal's task tree: the task groups and, in each, the tasks switched on for the caller's
 * customer and open to its role. A task that is off is not in the tree at all (and its services
 * refuse it too). Each task's page is {@code /portal/<task key>.xhtml}.
 */
@Named
@RequestScoped
public class PortalMenu {
  @EJB private PortalTasks tasks;

  private Set<PortalTask> enabled;

  /** One group of the tree with its visible tasks. */
  public record Group(String title, List<PortalTask> tasks) {}

  public List<Group> getGroups() {
    Map<PortalTask.Group, List<PortalTask>> byGroup = new EnumMap<>(PortalTask.Group.class);
    for (PortalTask task : enabled()) {
      if (task.group() != PortalTask.Group.HOME) {
        byGroup.computeIfAbsent(task.group(), g -> new ArrayList<>()).add(task);
      }
    }
    List<Group> groups = new ArrayList<>();
    byGroup.forEach((group, list) -> groups.add(new Group(group.title(), list)));
    return groups;
  }

  /** Whether the caller may open the task (its page shows itself only then). */
  public boolean enabled(String key) {
    return enabled().contains(PortalTask.fromKey(key));
  }

  public String outcome(PortalTask task) {
    return "/portal/" + task.key();
  }

  private Set<PortalTask> enabled() {
    if (enabled == null) {
      enabled = tasks.enabledForCaller();
    }
    return enabled;
  }
}
