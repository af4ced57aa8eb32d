package org.ccpe.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ccpe.access.Roles;
import org.ccpe.audit.AuditTrail;
import org.ccpe.common.ConflictException;
import org.ccpe.common.FilteredQuery;
import org.ccpe.common.NotFoundException;
import org.ccpe.common.Page;
import org.ccpe.common.PageRequest;
import org.ccpe.common.Violations;
import org.ccpe.net.HostName;

/** The MX routers: registration, settings, removal. */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR})
public class RouterService {
  static final String ENTITY = "router";
  private static final Pattern SERVICES_PIC =
      Pattern.compile("(?:(ms|sp|vms)-)?(\\d{1,2}/\\d{1,2}/\\d{1,2})");

  @PersistenceContext private EntityManager em;
  @EJB private AuditTrail audit;

  public Router create(RouterSpec spec) {
    Router router = new Router(null);
    apply(router, spec);
    em.persist(router);
    em.flush();
    em.createNativeQuery("INSERT INTO router_allocation_lock (router_id) VALUES (?1)")
        .setParameter(1, router.getId()).executeUpdate();
    audit.created(ENTITY, router.getId(), router.getName(), router.auditView());
    return router;
  }

  public Router update(long id, Long expectedVersion, RouterSpec spec) {
    Router router = find(id);
    router.checkVersion(ENTITY, expectedVersion);
    Map<String, Object> before = router.auditView();
    apply(router, spec);
    em.flush();
    audit.updated(ENTITY, id, router.getName(), before, router.auditView());
    return router;
  }

  /** Removes a router that no site or access link uses any more. */
  public void delete(long id, Long expectedVersion) {
    Router router = find(id);
    router.checkVersion(ENTITY, expectedVersion);
    long sites = em.createQuery("select count(s) from Site s where s.router = :r", Long.class)
        .setParameter("r", router).getSingleResult();
    long links = em.createQuery("select count(l) from AccessLink l where l.router = :r", Long.class)
        .setParameter("r", router).getSingleResult();
    if (sites + links > 0) {
      throw new ConflictException("id", "router '" + router.getName() + "' still serves " + sites
          + " site(s) and " + links + " access link(s); move or delete them first");
    }
    long pending = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM provisioning_job WHERE router_id = ?1"
            + " AND state NOT IN ('COMMITTED', 'FAILED')").setParameter(1, id).getSingleResult()).longValue();
    if (pending > 0) {
      throw new ConflictException("id", "router '" + router.getName() + "' still has " + pending
          + " provisioning job(s) on their way; wait for them to finish");
    }
    // its finished jobs' history goes with the router (the audit trail keeps who did what)
    em.createNativeQuery("DELETE FROM provisioning_job WHERE router_id = ?1").setParameter(1, id).executeUpdate();
    audit.deleted(ENTITY, id, router.getName(), router.auditView());
    em.createNativeQuery("DELETE FROM router_allocation_lock WHERE router_id = ?1").setParameter(1, id).executeUpdate();
    em.createNativeQuery("DELETE FROM router_lease WHERE router_id = ?1").setParameter(1, id).executeUpdate();
    em.remove(router);
  }

  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY})
  public Router get(long id) {
    return find(id);
  }

  @RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.PROVIDER_READONLY})
  public Page<Router> list(String nameContains, PageRequest page) {
    return new FilteredQuery<>(em, Router.class, "from Router r")
        .whereContains("r.name", "name", nameContains)
        .orderBy("r.name")
        .page(page);
  }

  Router find(long id) {
    Router router = em.find(Router.class, id);
    if (router == null) {
      throw new NotFoundException(ENTITY, id);
    }
    return router;
  }

  private void apply(Router router, RouterSpec spec) {
    Violations v = new Violations();
    String name = v.parse("name", spec.name(), RouterService::routerName);
    HostName host = v.parse("managementHost", spec.managementHost(), HostName::parse);
    int netconfPort = v.inRange("netconfPort", spec.netconfPort(), 1, 65535, 830);
    String user = v.required("netconfUser", spec.netconfUser(), 64);
    v.optional("netconfPassword", spec.netconfPassword(), 256);
    if (spec.netconfPrivateKey() != null && !spec.netconfPrivateKey().isBlank()
        && !spec.netconfPrivateKey().matches("(?s)\\s*-----BEGIN [A-Z ]*PRIVATE KEY-----.+-----END [A-Z ]*PRIVATE KEY-----\\s*")) {
      v.add("netconfPrivateKey", "must be a PEM private key (-----BEGIN ... PRIVATE KEY-----)");
    }
    if (!keeps(spec.netconfPassword(), router.hasNetconfPassword())
        && !keeps(spec.netconfPrivateKey(), router.hasNetconfPrivateKey())) {
      v.add("netconfPassword", "a NETCONF password or private key is required");
    }
    SnmpVersion snmp = spec.snmpVersion() == null ? SnmpVersion.V2C
        : v.parse("snmpVersion", spec.snmpVersion(), t -> Enums.parse(SnmpVersion.class, t));
    int snmpPort = v.inRange("snmpPort", spec.snmpPort(), 1, 65535, 161);
    ServicesPic pic = servicesPic(v, spec.servicesInterfacePrefix(), spec.servicesPic());
    String model = v.optional("model", spec.model(), 64);
    String description = v.optional("description", spec.description(), 1000);
    if (snmp == SnmpVersion.V3) {
      String snmpUser = v.required("snmpV3User", spec.snmpV3User(), 64);
      SnmpAuthProtocol auth = v.parse("snmpAuthProtocol", spec.snmpAuthProtocol(),
          t -> Enums.parse(SnmpAuthProtocol.class, t));
      SnmpPrivProtocol priv = v.parse("snmpPrivProtocol", spec.snmpPrivProtocol(),
          t -> Enums.parse(SnmpPrivProtocol.class, t));
      usmKey(v, "snmpAuthKey", spec.snmpAuthKey(), router.hasSnmpAuthKey() && router.getSnmpVersion() == SnmpVersion.V3);
      usmKey(v, "snmpPrivKey", spec.snmpPrivKey(), router.hasSnmpPrivKey() && router.getSnmpVersion() == SnmpVersion.V3);
      v.throwIfAny();
      router.pollWithV3(snmpPort, snmpUser, auth, spec.snmpAuthKey(), priv, spec.snmpPrivKey());
    } else {
      v.optional("snmpCommunity", spec.snmpCommunity(), 64);
      if (!keeps(spec.snmpCommunity(), router.hasSnmpCommunity())) {
        v.add("snmpCommunity", "is required for SNMP v2c");
      }
      v.throwIfAny();
      router.pollWithV2c(snmpPort, spec.snmpCommunity());
    }
    if (!name.equals(router.getName()) && nameTaken(name)) {
      throw new ConflictException("name", "a router named '" + name + "' exists already");
    }
    router.rename(name);
    router.connectVia(host.value(), netconfPort, user);
    router.changeNetconfSecrets(spec.netconfPassword(), spec.netconfPrivateKey());
    router.runServicesOn(pic.prefix(), pic.name());
    router.describe(model, description);
  }

  private boolean nameTaken(String name) {
    return em.createQuery("select count(r) from Router r where r.name = :n", Long.class)
        .setParameter("n", name).getSingleResult() > 0;
  }

  /** Whether a secret is there after the change: a given value, or the stored one kept. */
  private static boolean keeps(String given, boolean stored) {
    return given == null ? stored : !given.isBlank();
  }

  private static void usmKey(Violations v, String field, String given, boolean stored) {
    if (!keeps(given, stored)) {
      v.add(field, "is required for SNMP v3");
    } else if (given != null && (given.length() < 8 || given.length() > 128)) {
      v.add(field, "must be 8 to 128 characters (USM keys shorter than 8 are refused by agents)");
    }
  }

  private record ServicesPic(ServicesInterfacePrefix prefix, String name) {}

  private static ServicesPic servicesPic(Violations v, String prefixText, String picText) {
    ServicesInterfacePrefix prefix = v.parseOptional("servicesInterfacePrefix", prefixText,
        t -> Enums.parse(ServicesInterfacePrefix.class, t));
    if (picText == null || picText.isBlank()) {
      v.add("servicesPic", "is required (e.g. ms-1/0/0)");
      return null;
    }
    Matcher m = SERVICES_PIC.matcher(picText.strip());
    if (!m.matches()) {
      v.add("servicesPic", "'" + picText + "' is not a services PIC such as ms-1/0/0, sp-0/0/0 or vms-2/0/0");
      return null;
    }
    ServicesInterfacePrefix named = m.group(1) == null ? null
        : ServicesInterfacePrefix.valueOf(m.group(1).toUpperCase());
    if (named != null && prefix != null && named != prefix) {
      v.add("servicesPic", "'" + picText + "' does not match the services interface prefix '" + prefix.junos() + "'");
      return null;
    }
    ServicesInterfacePrefix chosen = named != null ? named : prefix != null ? prefix : ServicesInterfacePrefix.MS;
    return new ServicesPic(chosen, chosen.junos() + "-" + m.group(2));
  }

  private static String routerName(String text) {
    if (text == null || !text.strip().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
      throw new IllegalArgumentException(
          "must be 1 to 64 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return text.strip();
  }
}
