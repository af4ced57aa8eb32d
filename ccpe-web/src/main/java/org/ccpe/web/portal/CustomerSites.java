package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.Site;
import org.ccpe.inventory.SiteFilter;
import org.ccpe.inventory.SiteService;

/**
 * The caller's customer's sites, for the portal pages' site choosers: the site service returns a
 * customer user's own sites only, whatever is asked.
 */
@Named
@RequestScoped
public class CustomerSites {
  /** More sites than a chooser lists sensibly; a customer with more filters by name. */
  static final int MAX_LISTED = 500;

  @EJB private SiteService sites;
  private List<Site> all;

  public List<Site> getAll() {
    if (all == null) {
      all = sites.list(new SiteFilter(null, null, null, null), PageRequest.first(MAX_LISTED)).items();
    }
    return all;
  }
}
