package org.ccpe.monitoring.snmp;

import java.util.Objects;

/** How the poller proves who it is to an agent. Secrets never appear in {@code toString()}. */
public sealed interface SnmpCredentials {

  /** SNMPv2c with a community string. */
  record V2c(String community) implements SnmpCredentials {
    public V2c {
      if (community == null || community.isEmpty()) {
        throw new IllegalArgumentException("community: required");
      }
    }

    @Override
    public String toString() {
      return "V2c[community=***]";
    }
  }

  /** SNMPv3 USM authPriv. Passphrases are at least 8 characters (RFC 3414). */
  record V3(
      String user, AuthProtocol auth, String authPassphrase, PrivProtocol priv, String privPassphrase)
      implements SnmpCredentials {
    public V3 {
      if (user == null || user.isEmpty() || user.length() > 32) {
        throw new IllegalArgumentException("user: required, at most 32 characters");
      }
      Objects.requireNonNull(auth, "auth");
      Objects.requireNonNull(priv, "priv");
      if (authPassphrase == null || authPassphrase.length() < 8) {
        throw new IllegalArgumentException("authPassphrase: at least 8 characters");
      }
      if (privPassphrase == null || privPassphrase.length() < 8) {
        throw new IllegalArgumentException("privPassphrase: at least 8 characters");
      }
    }

    @Override
    public String toString() {
      return "V3[user=" + user + ", auth=" + auth + ", priv=" + priv + ", passphrases=***]";
    }
  }

  /** USM authentication: HMAC-SHA-1-96 or HMAC-SHA-256-192 (RFC 7860). */
  enum AuthProtocol {
    SHA1,
    SHA256
  }

  /** USM privacy: AES-128 (RFC 3826) or AES-256 (the Blumenthal draft Juniper and net-snmp use). */
  enum PrivProtocol {
    AES128,
    AES256
  }
}
