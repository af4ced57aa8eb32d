package org.ccpe.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccpe.common.CustomerOwned;
import org.ccpe.common.VersionedEntity;
import org.ccpe.net.InterfaceName;
import org.ccpe.net.VlanId;

/**
 * A site's attachment to a router: a VLAN-tagged logical interface such as {@code ge-1/0/3.210}.
 * A VLAN ID is used once per physical port of a router, and a logical interface by one link only;
 * the database enforces both, the service reports them by field.
 */
@Entity
@Table(name = "access_link", uniqueConstraints = {
    @UniqueConstraint(name = "uk_link_port_vlan", columnNames = {"router_id", "physical_port", "vlan_id"}),
    @UniqueConstraint(name = "uk_link_interface", columnNames = {"router_id", "interface_name"})})
public class AccessLink extends VersionedEntity implements CustomerOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "site_id", nullable = false, updatable = false)
  private Site site;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "router_id", nullable = false)
  private Router router;

  @Column(name = "interface_name", nullable = false, length = 40)
  private String interfaceName;

  @Column(name = "physical_port", nullable = false, length = 32)
  private String physicalPort;

  @Column(name = "unit_number", nullable = false)
  private int unit;

  @Column(name = "vlan_id", nullable = false)
  private int vlanId;

  @Enumerated(EnumType.STRING)
  @Column(name = "link_role", nullable = false, length = 8)
  private AccessLinkRole role;

  @Column(length = 64)
  private String name;

  @Column(length = 1000)
  private String description;

  @Column(name = "external_id", unique = true, length = 128)
  private String externalId;

  protected AccessLink() {}

  public AccessLink(Site site) {
    this.site = site;
  }

  void attach(Router router, InterfaceName interfaceName, VlanId vlanId, AccessLinkRole role) {
    this.router = router;
    this.interfaceName = interfaceName.toString();
    this.physicalPort = interfaceName.physicalPort();
    this.unit = interfaceName.unit();
    this.vlanId = vlanId.value();
    this.role = role;
  }

  void describe(String name, String description, String externalId) {
    this.name = name;
    this.description = description;
    this.externalId = externalId;
  }

  public Site getSite() {
    return site;
  }

  public Router getRouter() {
    return router;
  }

  public String getInterfaceName() {
    return interfaceName;
  }

  public String getPhysicalPort() {
    return physicalPort;
  }

  public int getUnit() {
    return unit;
  }

  public int getVlanId() {
    return vlanId;
  }

  public AccessLinkRole getRole() {
    return role;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public String getExternalId() {
    return externalId;
  }

  public Map<String, Object> auditView() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("site", site.getName());
    view.put("customer", site.getCustomer().getName());
    view.put("router", router.getName());
    view.put("interfaceName", interfaceName);
    view.put("vlanId", vlanId);
    view.put("role", role);
    view.put("name", name);
    view.put("description", description);
    view.put("externalId", externalId);
    return view;
  }

  @Override
  public Long ownerCustomerId() {
    return site.getCustomer().getId();
  }
}
