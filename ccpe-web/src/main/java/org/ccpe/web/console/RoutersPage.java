package org.ccpe.web.console;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.inventory.Router;
import org.ccpe.inventory.RouterService;
import org.ccpe.inventory.RouterSpec;

/**
 * The Routers task. Secrets are write-only: the edit dialog starts with empty secret fields, says
 * only whether each is set, and an empty field keeps the stored value.
 */
@Named
@ViewScoped
public class RoutersPage extends InventoryTable<Router> {
  private static final long serialVersionUID = 1L;
  static final String FORM = "routerForm";
  private static final String[] SECRETS =
      {"netconfPassword", "netconfPrivateKey", "snmpCommunity", "snmpAuthKey", "snmpPrivKey"};

  @EJB private RouterService routers;

  @Override
  protected Page<Router> list(PageRequest page) {
    return routers.list(getFilter(), page);
  }

  public void startCreate() {
    FormValues form = creating();
    form.put("netconfPort", 830);
    form.put("snmpVersion", "v2c");
    form.put("snmpPort", 161);
    form.put("servicesInterfacePrefix", "ms");
  }

  public void startEdit() {
    Router router = routers.get(getSelected().getId());
    FormValues form = editing(router);
    form.put("name", router.getName());
    form.put("managementHost", router.getManagementHost());
    form.put("netconfPort", router.getNetconfPort());
    form.put("netconfUser", router.getNetconfUser());
    form.put("netconfPasswordSet", router.hasNetconfPassword());
    form.put("netconfPrivateKeySet", router.hasNetconfPrivateKey());
    form.put("snmpVersion", lower(router.getSnmpVersion()));
    form.put("snmpPort", router.getSnmpPort());
    form.put("snmpCommunitySet", router.hasSnmpCommunity());
    form.put("snmpV3User", router.getSnmpUser());
    form.put("snmpAuthProtocol", lower(router.getSnmpAuthProtocol()));
    form.put("snmpAuthKeySet", router.hasSnmpAuthKey());
    form.put("snmpPrivProtocol", lower(router.getSnmpPrivProtocol()));
    form.put("snmpPrivKeySet", router.hasSnmpPrivKey());
    form.put("servicesInterfacePrefix", router.getServicesPrefix().junos());
    form.put("servicesPic", router.getServicesInterface());
    form.put("model", router.getModel());
    form.put("description", router.getDescription());
  }

  /**
   * Sends the SNMP fields of the chosen version only, so a switch clears the other version's. The
   * typed secrets leave the view state with this request.
   */
  public void save() {
    FormValues form = getForm();
    boolean v3 = isV3();
    RouterSpec spec = new RouterSpec(form.text("name"), form.text("managementHost"),
        form.integer("netconfPort"), form.text("netconfUser"), form.text("netconfPassword"),
        form.text("netconfPrivateKey"), form.text("snmpVersion"), form.integer("snmpPort"),
        v3 ? null : form.text("snmpCommunity"),
        v3 ? form.text("snmpV3User") : null, v3 ? form.text("snmpAuthProtocol") : null,
        v3 ? form.text("snmpAuthKey") : null, v3 ? form.text("snmpPrivProtocol") : null,
        v3 ? form.text("snmpPrivKey") : null,
        form.text("servicesInterfacePrefix"), form.text("servicesPic"), form.text("model"),
        form.text("description"));
    for (String secret : SECRETS) {
      form.remove(secret);
    }
    FieldMessages.attempt(FORM, () -> {
      Router router = editingId() == null ? routers.create(spec)
          : routers.update(editingId(), editingVersion(), spec);
      setSelected(router);
      FieldMessages.info("Router " + router.getName() + (isEditing() ? " saved" : " created"));
    });
  }

  public void delete() {
    Router router = getSelected();
    delete("routerDeleteForm", "Router " + router.getName(),
        () -> routers.delete(router.getId(), router.getVersion()));
  }

  public boolean isV3() {
    return "v3".equals(getForm().text("snmpVersion"));
  }

  private static String lower(Enum<?> value) {
    return value == null ? null : value.name().toLowerCase();
  }
}
