package org.ccpe.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ccpe.common.VersionedEntity;

/**
 * An MX router that hosts customers' cCPE contexts: how to reach it over NETCONF and SNMP, and
 * which services PIC runs NAT and firewall for its sites.
 *
 * <p>The secret fields are encrypted in the database and have no place in any representation;
 * {@link #auditView()} says only whether each is set.
 */
@Entity
@Table(name = "router")
public class Router extends VersionedEntity {
  @Column(nullable = false, unique = true, length = 64)
  private String name;

  @Column(name = "management_host", nullable = false, length = 255)
  private String managementHost;

  @Column(name = "netconf_port", nullable = false)
  private int netconfPort = 830;

  @Column(name = "netconf_user", nullable = false, length = 64)
  private String netconfUser;

  @Convert(converter = EncryptedString.class)
  @Column(name = "netconf_password", length = 1024)
  private String netconfPassword;

  @Convert(converter = EncryptedString.class)
  @Column(name = "netconf_private_key", length = 16384)
  private String netconfPrivateKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "snmp_version", nullable = false, length = 8)
  private SnmpVersion snmpVersion = SnmpVersion.V2C;

  @Column(name = "snmp_port", nullable = false)
  private int snmpPort = 161;

  @Convert(converter = EncryptedString.class)
  @Column(name = "snmp_community", length = 1024)
  private String snmpCommunity;

  @Column(name = "snmp_user", length = 64)
  private String snmpUser;

  @Enumerated(EnumType.STRING)
  @Column(name = "snmp_auth_protocol", length = 8)
  private SnmpAuthProtocol snmpAuthProtocol;

  @Convert(converter = EncryptedString.class)
  @Column(name = "snmp_auth_key", length = 1024)
  private String snmpAuthKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "snmp_priv_protocol", length = 8)
  private SnmpPrivProtocol snmpPrivProtocol;

  @Convert(converter = EncryptedString.class)
  @Column(name = "snmp_priv_key", length = 1024)
  private String snmpPrivKey;

  @Enumerated(EnumType.STRING)
  @Column(name = "services_prefix", nullable = false, length = 4)
  private ServicesInterfacePrefix servicesPrefix = ServicesInterfacePrefix.MS;

  @Column(name = "services_interface", nullable = false, length = 32)
  private String servicesInterface;

  @Column(name = "netconf_known_hosts", length = 8192)
  private String netconfKnownHosts;

  @Column(length = 64)
  private String model;

  @Column(length = 1000)
  private String description;

  protected Router() {}

  public Router(String name) {
    this.name = name;
  }

  void rename(String name) {
    this.name = name;
  }

  void connectVia(String managementHost, int netconfPort, String netconfUser) {
    if (!managementHost.equals(this.managementHost) || netconfPort != this.netconfPort) {
      netconfKnownHosts = null; // another address is another SSH server: learn its key afresh
    }
    this.managementHost = managementHost;
    this.netconfPort = netconfPort;
    this.netconfUser = netconfUser;
  }

  /** Replaces a NETCONF secret when given: null keeps the stored one, blank clears it. */
  void changeNetconfSecrets(String password, String privateKey) {
    netconfPassword = replaced(netconfPassword, password);
    netconfPrivateKey = replaced(netconfPrivateKey, privateKey);
  }

  void pollWithV2c(int port, String community) {
    snmpVersion = SnmpVersion.V2C;
    snmpPort = port;
    snmpCommunity = replaced(snmpCommunity, community);
    snmpUser = null;
    snmpAuthProtocol = null;
    snmpAuthKey = null;
    snmpPrivProtocol = null;
    snmpPrivKey = null;
  }

  void pollWithV3(int port, String user, SnmpAuthProtocol auth, String authKey,
      SnmpPrivProtocol priv, String privKey) {
    snmpVersion = SnmpVersion.V3;
    snmpPort = port;
    snmpCommunity = null;
    snmpUser = user;
    snmpAuthProtocol = auth;
    snmpAuthKey = replaced(snmpAuthKey, authKey);
    snmpPrivProtocol = priv;
    snmpPrivKey = replaced(snmpPrivKey, privKey);
  }

  void runServicesOn(ServicesInterfacePrefix prefix, String servicesInterface) {
    this.servicesPrefix = prefix;
    this.servicesInterface = servicesInterface;
  }

  /** Pins the SSH host key learnt on the first session; later sessions must see the same key. */
  public void pinHostKeys(String knownHostsLines) {
    if (netconfKnownHosts == null && knownHostsLines != null && !knownHostsLines.isBlank()) {
      netconfKnownHosts = knownHostsLines;
    }
  }

  /** The pinned host keys as OpenSSH known_hosts lines, or null before the first session. */
  public String netconfKnownHosts() {
    return netconfKnownHosts;
  }

  void describe(String model, String description) {
    this.model = model;
    this.description = description;
  }

  private static String replaced(String current, String given) {
    if (given == null) {
      return current;
    }
    return given.isBlank() ? null : given;
  }

  public String getName() {
    return name;
  }

  public String getManagementHost() {
    return managementHost;
  }

  public int getNetconfPort() {
    return netconfPort;
  }

  public String getNetconfUser() {
    return netconfUser;
  }

  /** The clear-text NETCONF password, for the provisioning engine only. */
  public String netconfPassword() {
    return netconfPassword;
  }

  /** The clear-text NETCONF private key (PEM), for the provisioning engine only. */
  public String netconfPrivateKey() {
    return netconfPrivateKey;
  }

  public boolean hasNetconfPassword() {
    return netconfPassword != null;
  }

  public boolean hasNetconfPrivateKey() {
    return netconfPrivateKey != null;
  }

  public SnmpVersion getSnmpVersion() {
    return snmpVersion;
  }

  public int getSnmpPort() {
    return snmpPort;
  }

  /** The clear-text v2c community, for the poller only. */
  public String snmpCommunity() {
    return snmpCommunity;
  }

  public boolean hasSnmpCommunity() {
    return snmpCommunity != null;
  }

  public String getSnmpUser() {
    return snmpUser;
  }

  public SnmpAuthProtocol getSnmpAuthProtocol() {
    return snmpAuthProtocol;
  }

  /** The clear-text USM authentication key, for the poller only. */
  public String snmpAuthKey() {
    return snmpAuthKey;
  }

  public SnmpPrivProtocol getSnmpPrivProtocol() {
    return snmpPrivProtocol;
  }

  /** The clear-text USM privacy key, for the poller only. */
  public String snmpPrivKey() {
    return snmpPrivKey;
  }

  public boolean hasSnmpAuthKey() {
    return snmpAuthKey != null;
  }

  public boolean hasSnmpPrivKey() {
    return snmpPrivKey != null;
  }

  public ServicesInterfacePrefix getServicesPrefix() {
    return servicesPrefix;
  }

  public String getServicesInterface() {
    return servicesInterface;
  }

  public String getModel() {
    return model;
  }

  public String getDescription() {
    return description;
  }

  /** What the audit trail records of a router: everything but the secrets' values. */
  public Map<String, Object> auditView() {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", name);
    view.put("managementHost", managementHost);
    view.put("netconfPort", netconfPort);
    view.put("netconfUser", netconfUser);
    view.put("netconfPasswordSet", hasNetconfPassword());
    view.put("netconfPrivateKeySet", hasNetconfPrivateKey());
    view.put("snmpVersion", snmpVersion);
    view.put("snmpPort", snmpPort);
    view.put("snmpCommunitySet", hasSnmpCommunity());
    view.put("snmpUser", snmpUser);
    view.put("snmpAuthProtocol", snmpAuthProtocol);
    view.put("snmpPrivProtocol", snmpPrivProtocol);
    view.put("servicesInterface", servicesInterface);
    view.put("model", model);
    view.put("description", description);
    return view;
  }
}
