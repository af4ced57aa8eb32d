package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Objects;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.AccessLink;
import org.ccpe.inventory.AccessLinkFilter;
import org.ccpe.inventory.AccessLinkService;
import org.ccpe.inventory.AccessLinkSpec;

/** The access-links table of Customer Management: the links of the site selected above it. */
@Named
@ViewScoped
public class AccessLinksPanel extends InventoryTable<AccessLink> {
  private static final long serialVersionUID = 1L;
  static final String FORM = "linkForm";

  @EJB private AccessLinkService accessLinks;
  @Inject private SitesPanel sites;

  @Override
  protected Page<AccessLink> list(PageRequest page) {
    Long siteId = sites.selectedId();
    return siteId == null ? new Page<>(List.of(), 0, page)
        : accessLinks.list(new AccessLinkFilter(siteId, null, null, getFilter(), null), page);
  }

  /** A new link starts on its site's router, as a VPN link. */
  public void startCreate() {
    FormValues form = creating();
    form.put("routerId", sites.getSelected().getRouter().getId());
    form.put("role", "vpn");
  }

  public void startEdit() {
    AccessLink link = accessLinks.get(getSelected().getId());
    FormValues form = editing(link);
    form.put("routerId", link.getRouter().getId());
    form.put("interfaceName", link.getInterfaceName());
    form.put("vlanId", link.getVlanId());
    form.put("role", link.getRole().name().toLowerCase());
    form.put("name", link.getName());
    form.put("description", link.getDescription());
    form.put("externalId", link.getExternalId());
  }

  public void save() {
    FormValues form = getForm();
    AccessLinkSpec spec = new AccessLinkSpec(form.id("routerId"), form.text("interfaceName"),
        form.integer("vlanId"), form.text("role"), form.text("name"), form.text("description"),
        form.text("externalId"));
    FieldMessages.attempt(FORM, () -> {
      AccessLink link = editingId() == null ? accessLinks.create(sites.selectedId(), spec)
          : accessLinks.update(editingId(), editingVersion(), spec);
      setSelected(link);
      FieldMessages.info("Access link " + link.getInterfaceName() + (isEditing() ? " saved" : " created"));
    });
  }

  public void delete() {
    AccessLink link = getSelected();
    delete("linkDeleteForm", "Access link " + link.getInterfaceName(),
        () -> accessLinks.delete(link.getId(), link.getVersion()));
  }

  public boolean isSiteChosen() {
    return sites.selectedId() != null;
  }

  /** The selected link, or null once another site is selected. */
  @Override
  public AccessLink getSelected() {
    AccessLink link = super.getSelected();
    return link != null && Objects.equals(link.getSite().getId(), sites.selectedId()) ? link : null;
  }
}
