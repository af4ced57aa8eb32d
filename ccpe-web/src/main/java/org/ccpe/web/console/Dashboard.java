package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ccpe.audit.AuditEntry;
import org.ccpe.audit.AuditFilter;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.AccessLinkFilter;
import org.ccpe.inventory.AccessLinkService;
import org.ccpe.inventory.CustomerService;
import org.ccpe.inventory.RouterService;
import org.ccpe.inventory.SiteFilter;
import org.ccpe.inventory.SiteService;

/** The console's landing page: how big the inventory is, and the latest changes. */
@Named
@RequestScoped
public class Dashboard {
  private static final PageRequest COUNT_ONLY = PageRequest.first(1);

  @EJB private CustomerService customers;
  @EJB private SiteService sites;
  @EJB private AccessLinkService accessLinks;
  @EJB private RouterService routers;
  @EJB private AuditTrail audit;

  public long getCustomers() {
    return customers.list(null, null, COUNT_ONLY).count();
  }

  public long getSites() {
    return sites.list(new SiteFilter(null, null, null, null), COUNT_ONLY).count();
  }

  public long getAccessLinks() {
    return accessLinks.list(new AccessLinkFilter(null, null, null, null, null), COUNT_ONLY).count();
  }

  public long getRouters() {
    return routers.list(null, COUNT_ONLY).count();
  }

  public List<AuditEntry> getLatestChanges() {
    return audit.list(AuditFilter.none(), PageRequest.first(8)).items();
  }
}
