package org.ccpe.diagnostics;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ccpe.common.Violations;

/**
 * Which pings a functional audit makes: every origin site to every destination site, never a
 * site to itself, all of one customer, at most a bounded number of pairs. Checked whole, so the
 * caller learns every mistake at once.
 */
public final class AuditPlan {
  /** One origin pinging one destination, in the order the audit reports them. */
  public record Pair(AuditSite origin, AuditSite destination) {}

  private AuditPlan() {}

  /**
   * @param origins the origin sites in the order asked for, already found and visible to the caller
   * @param destinations likewise the destination sites
   * @throws org.ccpe.common.ValidationFailedException naming {@code originSiteIds[i]} or
   *     {@code destinationSiteIds[i]} for each offending entry
   */
  public static List<Pair> pairs(List<AuditSite> origins, List<AuditSite> destinations, int maxPairs) {
    Violations violations = new Violations();
    listed(violations, "originSiteIds", origins);
    listed(violations, "destinationSiteIds", destinations);
    Set<Long> all = new HashSet<>();
    origins.forEach(s -> all.add(s.id()));
    destinations.forEach(s -> all.add(s.id()));
    if (!origins.isEmpty() && !destinations.isEmpty() && all.size() < 2) {
      violations.add("destinationSiteIds", "an audit needs at least two different sites (a site never pings itself)");
    }
    Long customer = null;
    if (!origins.isEmpty() || !destinations.isEmpty()) {
      customer = (origins.isEmpty() ? destinations : origins).get(0).customerId();
    }
    sameCustomer(violations, "originSiteIds", origins, customer);
    sameCustomer(violations, "destinationSiteIds", destinations, customer);
    List<Pair> pairs = new ArrayList<>();
    for (AuditSite origin : origins) {
      for (AuditSite destination : destinations) {
        if (origin.id() != destination.id()) {
          pairs.add(new Pair(origin, destination));
        }
      }
    }
    if (pairs.size() > maxPairs) {
      violations.add("destinationSiteIds", pairs.size() + " pairs of sites; an audit makes at most " + maxPairs
          + " (choose fewer origins or destinations)");
    }
    violations.throwIfAny();
    return List.copyOf(pairs);
  }

  private static void listed(Violations violations, String field, List<AuditSite> sites) {
    if (sites.isEmpty()) {
      violations.add(field, "choose at least one site");
    }
    Set<Long> seen = new HashSet<>();
    for (int i = 0; i < sites.size(); i++) {
      if (!seen.add(sites.get(i).id())) {
        violations.add(field + "[" + i + "]", "site " + sites.get(i).id() + " is listed twice");
      }
    }
  }

  private static void sameCustomer(Violations violations, String field, List<AuditSite> sites, Long customer) {
    for (int i = 0; i < sites.size(); i++) {
      if (customer != null && sites.get(i).customerId() != customer) {
        violations.add(field + "[" + i + "]", "all sites of an audit belong to one customer");
      }
    }
  }
}
