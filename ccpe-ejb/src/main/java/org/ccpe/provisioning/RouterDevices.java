package org.ccpe.provisioning;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.util.security.SecurityUtils;
import org.ccpe.netconf.Device;
import org.ccpe.netconf.KnownHosts;

/**
 * Turns a router's inventory entry into a NETCONF {@link Device}. Host keys: a router's key is
 * learnt on its first session (trust on first use, explicitly) and pinned from then on, so a
 * router that later shows another key is refused rather than trusted. Public for the diagnostics,
 * which open read-only sessions of their own.
 */
public final class RouterDevices {
  private RouterDevices() {}

  public static Device device(RouterAccess access, ProvisioningSettings settings) {
    Device.Builder builder = Device.builder()
        .host(access.host())
        .port(access.port())
        .username(access.user())
        .replyTimeout(settings.replyTimeout())
        .commitTimeout(settings.commitTimeout());
    if (access.password() != null) {
      builder.password(access.password());
    }
    if (access.privateKeyPem() != null) {
      keyPairs(access.privateKeyPem()).forEach(builder::keyPair);
    }
    if (access.knownHosts() == null) {
      builder.knownHosts(KnownHosts.inMemory()).trustOnFirstUse(true);
    } else {
      builder.knownHosts(KnownHosts.of(access.knownHosts()));
    }
    return builder.build();
  }

  /** The known_hosts lines a session's store holds for the router: what to pin after first use. */
  public static String learntKnownHosts(Device device) {
    List<PublicKey> keys = device.knownHosts().keysFor(device.host(), device.port());
    String host = device.port() == 22 ? device.host() : "[" + device.host() + "]:" + device.port();
    return keys.stream().map(k -> host + " " + PublicKeyEntry.toString(k)).collect(Collectors.joining("\n"));
  }

  private static List<KeyPair> keyPairs(String pem) {
    try {
      Iterable<KeyPair> pairs = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName("router key"),
          new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)), null);
      List<KeyPair> list = new java.util.ArrayList<>();
      pairs.forEach(list::add);
      return list;
    } catch (IOException | GeneralSecurityException e) {
      throw new IllegalStateException("the router's private key cannot be read: " + e.getMessage(), e);
    }
  }
}
