package org.ccpe.provisioning;

import java.util.List;
import org.ccpe.services.ServiceSettings;

/**
 * Everything the renderer needs to know of one site, detached from the database: the inventory
 * facts (names, LAN gateway, access links, the router's services interface) and the intended
 * service settings. Immutable, so a render is a pure function of it and can be unit-tested with
 * golden files.
 *
 * @param routingInstance the site's routing-instance name: the stem of every object of its
 *     context, so one site's configuration never touches another's
 * @param irbUnit the unit of {@code irb} that is the site's LAN gateway; unique per router. The
 *     site's services-interface units derive from it: inside {@code 2*irbUnit}, outside
 *     {@code 2*irbUnit+1}
 * @param routeDistinguisher e.g. {@code 65000:101}, or null when not known
 * @param vrfTarget e.g. {@code target:65000:101}, or null when not known
 * @param servicesInterface the router's services PIC, e.g. {@code ms-1/0/0}
 */
public record SiteContext(
    String routingInstance,
    String customerName,
    String siteName,
    String lanGateway,
    int irbUnit,
    String routeDistinguisher,
    String vrfTarget,
    String servicesInterface,
    List<Link> accessLinks,
    ServiceSettings settings) {

  public SiteContext {
    accessLinks = accessLinks == null ? List.of() : List.copyOf(accessLinks);
    settings = settings == null ? ServiceSettings.none() : settings;
  }

  /**
   * The text with the site's secrets (its SNMP community) replaced by asterisks: router diffs and
   * rendered configurations are shown to people and stored in jobs, secrets must not be.
   */
  public String redact(String text) {
    if (text == null || settings.snmp() == null || settings.snmp().community() == null
        || settings.snmp().community().isEmpty()) {
      return text;
    }
    return text.replace(settings.snmp().community(), "********");
  }

  /**
   * One access link of the site.
   *
   * @param interfaceName logical interface, e.g. {@code ge-1/0/3.210}
   * @param role {@code vpn} or {@code internet}
   */
  public record Link(String interfaceName, String physicalPort, int unit, int vlanId, String role) {}
}
