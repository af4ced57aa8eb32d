package org.ccpe.importing;

import java.util.List;
import org.ccpe.importing.StoredTopology.CustomerRow;
import org.ccpe.importing.StoredTopology.LinkRow;
import org.ccpe.importing.StoredTopology.RouterRow;
import org.ccpe.importing.StoredTopology.SiteRow;
import org.ccpe.inventory.AccessLinkSpec;
import org.ccpe.inventory.CustomerName;
import org.ccpe.inventory.CustomerSpec;
import org.ccpe.inventory.RoutingInstanceName;
import org.ccpe.inventory.SiteSpec;

/**
 * A valid document judged against the stored inventory: for each entity, what it becomes (the
 * checked values, with what the import keeps of the stored entity already merged in) and whether
 * that creates, updates or leaves it unchanged.
 */
public record ImportPlan(List<CustomerPlan> customers) {

  /** What an import does to one entity. */
  public enum Change {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** @param stored null for a new customer */
  public record CustomerPlan(Change change, CustomerRow stored, CustomerName name,
      CustomerSpec.Checked values, List<String> notes, List<SitePlan> sites) {}

  public record SitePlan(Change change, SiteRow stored, RouterRow router, RoutingInstanceName routingInstance,
      SiteSpec.Checked values, List<String> notes, List<LinkPlan> links) {}

  public record LinkPlan(Change change, LinkRow stored, AccessLinkSpec.Checked values, List<String> notes) {}
}
