package org.ccpe.web.portal;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.List;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.AccessLink;
import org.ccpe.inventory.AccessLinkFilter;
import org.ccpe.inventory.AccessLinkService;
import org.ccpe.inventory.CustomerService;
import org.ccpe.inventory.DisplayName;
import org.ccpe.inventory.Site;
import org.ccpe.web.console.FieldMessages;
import org.ccpe.web.console.FormValues;

/**
 * Display Names: what the customer's organisation, sites and access links are called and how they
 * are described. What reaches the router by name (routing instances, interfaces) is shown but
 * fixed.
 */
@Named
@ViewScoped
public class DisplayNamesPage extends SitePickingPage {
  private static final long serialVersionUID = 1L;

  @EJB private CustomerService customers;
  @EJB private AccessLinkService links;

  private String displayName;
  private long customerVersion;
  private long siteVersion;
  private final FormValues site = new FormValues();
  private Long linkId;
  private long linkVersion;
  private final FormValues link = new FormValues();

  @PostConstruct
  void load() {
    var customer = customers.mine();
    displayName = customer.getDisplayName();
    customerVersion = customer.getVersion();
    pickFirstSite();
  }

  /** The selected site's access links. */
  public List<AccessLink> getLinks() {
    return getSiteId() == null ? List.of()
        : links.list(new AccessLinkFilter(getSiteId(), null, null, null, null), PageRequest.first(MAX)).items();
  }

  public void linkChanged() {
    if (linkId != null) {
      showLink(links.get(linkId));
    }
  }

  public void saveCustomer() {
    FieldMessages.attempt("customerName", () -> {
      var saved = customers.updateOwn(customerVersion, displayName, null);
      customerVersion = saved.getVersion();
      FieldMessages.info("Your organisation's display name is saved");
    });
  }

  public void saveSite() {
    FieldMessages.attempt("siteName", () -> {
      Site saved = sites().updateOwn(getSiteId(), siteVersion, new DisplayName(site.text("name"), site.text("description")),
          null);
      showSite(saved);
      FieldMessages.info("Site " + saved.getName() + " saved");
    });
  }

  public void saveLink() {
    FieldMessages.attempt("linkName", () -> {
      AccessLink saved = links.rename(linkId, linkVersion, new DisplayName(link.text("name"), link.text("description")));
      showLink(saved);
      FieldMessages.info("Access link " + saved.getInterfaceName() + " saved");
    });
  }

  @Override
  protected void showSite(Site s) {
    siteVersion = s.getVersion();
    site.put("name", s.getName());
    site.put("description", s.getDescription());
    site.put("routingInstance", s.getRoutingInstance());
    List<AccessLink> own = getLinks();
    linkId = own.isEmpty() ? null : own.get(0).getId();
    link.clear();
    if (linkId != null) {
      showLink(own.get(0));
    }
  }

  private void showLink(AccessLink l) {
    linkVersion = l.getVersion();
    link.put("name", l.getName());
    link.put("description", l.getDescription());
    link.put("interfaceName", l.getInterfaceName());
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public Long getLinkId() {
    return linkId;
  }

  public void setLinkId(Long linkId) {
    this.linkId = linkId;
  }

  public FormValues getSite() {
    return site;
  }

  public FormValues getLink() {
    return link;
  }
}
