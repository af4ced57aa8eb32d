package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.AccessLinkFilter;
import org.ccpe.inventory.AccessLinkService;
import org.ccpe.inventory.Site;
import org.ccpe.inventory.SiteFilter;
import org.ccpe.inventory.SiteService;
import org.ccpe.inventory.SiteSpec;

/** The sites table of Customer Management: the sites of the customer selected above it. */
@Named
@ViewScoped
public class SitesPanel extends InventoryTable<Site> {
  private static final long serialVersionUID = 1L;
  static final String FORM = "siteForm";

  @EJB private SiteService sites;
  @EJB private AccessLinkService accessLinks;
  @Inject private CustomersPanel customers;

  private long linkCount;

  @Override
  protected Page<Site> list(PageRequest page) {
    Long customerId = customers.selectedId();
    return customerId == null ? new Page<>(List.of(), 0, page)
        : sites.list(new SiteFilter(customerId, null, getFilter(), null), page);
  }

  public void startCreate() {
    creating();
  }

  public void startEdit() {
    Site site = sites.get(getSelected().getId());
    FormValues form = editing(site);
    form.put("name", site.getName());
    form.put("description", site.getDescription());
    form.put("routerId", site.getRouter().getId());
    form.put("routingInstance", site.getRoutingInstance());
    form.put("lanGateway", site.getLanGateway());
    form.put("contactName", site.getContactName());
    form.put("contactEmail", site.getContactEmail());
    form.put("contactInfo", site.getContactInfo());
    form.put("externalId", site.getExternalId());
    form.put("routeDistinguisher", site.getRouteDistinguisher());
    form.put("vrfTarget", site.getVrfTarget());
  }

  public void save() {
    FormValues form = getForm();
    SiteSpec spec = new SiteSpec(form.text("name"), form.text("description"), form.id("routerId"),
        form.text("routingInstance"), form.text("lanGateway"), form.text("contactName"),
        form.text("contactEmail"), form.text("contactInfo"), form.text("externalId"),
        form.text("routeDistinguisher"), form.text("vrfTarget"));
    FieldMessages.attempt(FORM, () -> {
      Site site = editingId() == null ? sites.create(customers.selectedId(), spec)
          : sites.update(editingId(), editingVersion(), spec);
      setSelected(site);
      FieldMessages.info("Site " + site.getName() + (isEditing() ? " saved" : " created"));
    });
  }

  /** Counts the selected site's access links, which the confirmation names. */
  public void startDelete() {
    linkCount = accessLinks.list(new AccessLinkFilter(getSelected().getId(), null, null, null, null),
        PageRequest.first(1)).count();
  }

  public void delete() {
    Site site = getSelected();
    delete("siteDeleteForm", "Site " + site.getName(), () -> sites.delete(site.getId(), site.getVersion()));
  }

  /** The selected site's id, while it belongs to the selected customer. */
  Long selectedId() {
    Site site = getSelected();
    return site == null ? null : site.getId();
  }

  public boolean isCustomerChosen() {
    return customers.selectedId() != null;
  }

  /** The selected site, or null once another customer is selected. */
  @Override
  public Site getSelected() {
    Site site = super.getSelected();
    return site != null && Objects.equals(site.getCustomer().getId(), customers.selectedId()) ? site : null;
  }

  public long getLinkCount() {
    return linkCount;
  }
}
