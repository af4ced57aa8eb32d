package org.ccpe.provisioning;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.ccpe.inventory.SiteInventoryChanged;

/**
 * Keeps routers in step with the inventory: when a provisioned site's LAN or access links change,
 * its context is queued again; when it is removed, its context is queued for removal.
 */
@ApplicationScoped
public class InventoryWatcher {
  @EJB private ProvisioningQueue queue;

  void onSiteChanged(@Observes SiteInventoryChanged change) {
    queue.inventoryChanged(change);
  }
}
