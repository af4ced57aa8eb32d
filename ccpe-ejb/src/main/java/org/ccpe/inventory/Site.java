package org.ccpe.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.CustomerOwned;
import org.ccpe.common.VersionedEntity;
import org.ccpe.net.InterfaceAddress;

/**
 * One location of a customer, whose CPE functions live in its own routing instance on an MX
 * router. The routing-instance name is derived once, at creation, and stays fixed: renaming a
 * site must not rename objects on the router.
 */
@Entity
@Table(name = "site", uniqueConstraints = {
    @UniqueConstraint(name = "uk_site_customer_name", columnNames = {"customer_id", "name"}),
    @UniqueConstraint(name = "uk_site_router_instance", columnNames = {"router_id", "routing_instance"})})
public class Site extends VersionedEntity implements CustomerOwned {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "customer_id", nullable = false, updatable = false)
  private Customer customer;

  @Column(nullable = false, length = 64)
  private String name;

  @Column(length = 1000)
  private String description;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "router_id", nullable = false)
  private Router router;

  @Column(name = "routing_instance", nullable = false, length = RoutingInstanceName.MAX_LENGTH)
  private String routingInstance;

  @Column(name = "lan_gateway", nullable = false, length = 18)
  private String lanGateway;

  @Column(name = "contact_name", length = 128)
  private String contactName;

  @Column(name = "contact_email", length = 254)
  private String contactEmail;

  @Column(name = "contact_info", length = 2000)
  private String contactInfo;

  @Column(name = "external_id", unique = true, length = 128)
  private String externalId;

  @Column(name = "irb_unit")
  private Integer irbUnit;

  @Column(name = "route_distinguisher", length = 32)
  private String routeDistinguisher;

  @Column(name = "vrf_target", length = 64)
  private String vrfTarget;

  protected Site() {}

  /**
   * The site with what every caller shows of it (customer, router) loaded in one query, or
   * {@link NotFoundException}: how services of every domain load one site.
   */
  public static Site load(EntityManager em, long id) {
    return em.createQuery(
            "select s from Site s join fetch s.customer join fetch s.router where s.id = :id", Site.class)
        .setParameter("id", id)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("site", id));
  }

  public Site(Customer customer, String name, RoutingInstanceName routingInstance) {
    this.customer = customer;
    this.name = name;
    this.routingInstance = routingInstance.value();
  }

  void describe(String name, String description, String externalId) {
    this.name = name;
    this.description = description;
    this.externalId = externalId;
  }

  void connect(Router router, InterfaceAddress lanGateway) {
    this.router = router;
    this.lanGateway = lanGateway.toString();
  }

  /** Gives the site its LAN gateway unit on its router (the provisioning engine allocates it). */
  public void assignIrbUnit(int unit) {
    this.irbUnit = unit;
  }

  void identifyVpn(String routeDistinguisher, String vrfTarget) {
    this.routeDistinguisher = routeDistinguisher;
    this.vrfTarget = vrfTarget;
  }

  void contact(String contactName, String contactEmail, String contactInfo) {
    this.contactName = contactName;
    this.contactEmail = contactEmail;
    this.contactInfo = contactInfo;
  }

  public Customer getCustomer() {
    return customer;
  }

  public String getName() {
    return name;
  }

  public String getDescription() {
    return description;
  }

  public Router getRouter() {
    return router;
  }

  public String getRoutingInstance() {
    return routingInstance;
  }

  public String getLanGateway() {
    return lanGateway;
  }

  public InterfaceAddress lanGatewayAddress() {
    return InterfaceAddress.parse(lanGateway);
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactInfo() {
    return contactInfo;
  }

  public String getExternalId() {
    return externalId;
  }

  public Integer getIrbUnit() {
    return irbUnit;
  }

  public String getRouteDistinguisher() {
    return routeDistinguisher;
  }

  public String getVrfTarget() {
    return vrfTarget;
  }

  public Map<String, Object> auditView() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("customer", customer.getName());
    view.put("name", name);
    view.put("description", description);
    view.put("router", router.getName());
    view.put("routingInstance", routingInstance);
    view.put("lanGateway", lanGateway);
    view.put("contactName", contactName);
    view.put("contactEmail", contactEmail);
    view.put("contactInfo", contactInfo);
    view.put("externalId", externalId);
    view.put("routeDistinguisher", routeDistinguisher);
    view.put("vrfTarget", vrfTarget);
    return view;
  }

  @Override
  public Long ownerCustomerId() {
    return customer.getId();
  }
}
