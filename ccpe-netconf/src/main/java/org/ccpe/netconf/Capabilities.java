package org.ccpe.netconf;

import java.util.List;

/**
 * The capability URIs a peer advertised in its {@code <hello>}. A capability is matched on its URI
 * without parameters, so {@code ...:candidate:1.0} matches {@code ...:candidate:1.0?foo=bar}.
 *
 * @param uris the advertised URIs, as sent
 */
public record Capabilities(List<String> uris) {
  public static final String BASE_1_0 = "urn:ietf:params:netconf:base:1.0";
  public static final String BASE_1_1 = "urn:ietf:params:netconf:base:1.1";
  public static final String CANDIDATE = "urn:ietf:params:netconf:capability:candidate:1.0";
  public static final String CONFIRMED_COMMIT_1_0 = "urn:ietf:params:netconf:capability:confirmed-commit:1.0";
  public static final String CONFIRMED_COMMIT_1_1 = "urn:ietf:params:netconf:capability:confirmed-commit:1.1";
  public static final String VALIDATE_1_0 = "urn:ietf:params:netconf:capability:validate:1.0";
  public static final String VALIDATE_1_1 = "urn:ietf:params:netconf:capability:validate:1.1";
  public static final String WRITABLE_RUNNING = "urn:ietf:params:netconf:capability:writable-running:1.0";
  public static final String STARTUP = "urn:ietf:params:netconf:capability:startup:1.0";
  public static final String ROLLBACK_ON_ERROR = "urn:ietf:params:netconf:capability:rollback-on-error:1.0";
  /** Advertised by Junos routers. */
  public static final String JUNOS = "http://xml.juniper.net/netconf/junos/1.0";

  public Capabilities {
    uris = List.copyOf(uris);
  }

  /** True when the peer advertised {@code capability} (parameters ignored). */
  public boolean has(String capability) {
    for (String uri : uris) {
      int query = uri.indexOf('?');
      if ((query < 0 ? uri : uri.substring(0, query)).equals(capability)) {
        return true;
      }
    }
    return false;
  }

  /** True when the peer advertised any of the given capabilities. */
  public boolean hasAny(String... capabilities) {
    for (String capability : capabilities) {
      if (has(capability)) {
        return true;
      }
    }
    return false;
  }

  public boolean hasCandidate() {
    return has(CANDIDATE);
  }

  public boolean hasConfirmedCommit() {
    return hasAny(CONFIRMED_COMMIT_1_0, CONFIRMED_COMMIT_1_1);
  }

  public boolean hasValidate() {
    return hasAny(VALIDATE_1_0, VALIDATE_1_1);
  }
}
