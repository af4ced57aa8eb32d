package org.ccpe.web.portal;

import jakarta.ejb.EJB;
import java.io.Serializable;
import java.util.List;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.Site;
import org.ccpe.inventory.SiteFilter;
import org.ccpe.inventory.SiteService;

/**
 * A portal page that works on one of the customer's sites at a time, picked from a list (the
 * service lists the caller's customer's sites only); the first site is picked on opening.
 */
public abstract class SitePickingPage implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int MAX = 500;

  @EJB private SiteService sites;

  private Long siteId;

  /** Shows the picked site's fields. */
  protected abstract void showSite(Site site);

  protected void pickFirstSite() {
    List<Site> own = getSites();
    if (!own.isEmpty()) {
      siteId = own.get(0).getId();
      showSite(sites.get(siteId));
    }
  }

  public List<Site> getSites() {
    return sites.list(new SiteFilter(null, null, null, null), PageRequest.first(MAX)).items();
  }

  public void siteChanged() {
    if (siteId != null) {
      showSite(sites.get(siteId));
    }
  }

  protected SiteService sites() {
    return sites;
  }

  public Long getSiteId() {
    return siteId;
  }

  public void setSiteId(Long siteId) {
    this.siteId = siteId;
  }
}
