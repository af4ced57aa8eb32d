package org.ccpe.services;

import java.util.Objects;
import org.ccpe.net.InterfaceAddress;

/**
 * What the settings' rules need to know of the site from the inventory.
 *
 * @param lanGateway the site's primary LAN gateway, e.g. {@code 10.1.2.1/24}
 * @param hasInternetLink whether the site has an access link with the {@code internet} role, the
 *     only place NAT can apply
 */
public record SiteFacts(InterfaceAddress lanGateway, boolean hasInternetLink) {
  public SiteFacts {
    Objects.requireNonNull(lanGateway, "lanGateway");
  }

  /** From the inventory's text form of the gateway, e.g. {@code SiteFacts.of("10.1.2.1/24", true)}. */
  public static SiteFacts of(String lanGateway, boolean hasInternetLink) {
    return new SiteFacts(InterfaceAddress.parse(lanGateway), hasInternetLink);
  }
}
