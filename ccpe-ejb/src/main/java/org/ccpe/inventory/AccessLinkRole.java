package org.ccpe.inventory;

/** What an access link carries: the site's VPN, or its Internet service (where NAT applies). */
public enum AccessLinkRole {
  VPN,
  INTERNET
}
