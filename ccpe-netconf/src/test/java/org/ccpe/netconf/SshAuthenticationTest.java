package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Authentication and host key checks against the real OpenSSH sshd in front of netconfd. */
@Timeout(30)
class SshAuthenticationTest {
  @RegisterExtension
  static final NetconfdPeer PEER = new NetconfdPeer();

  @Test
  void logsInWithAnOpenSshEd25519KeyAndWithAPemRsaKey() throws NetconfException {
    for (String key : new String[] {"client_ed25519", "client_rsa.pem"}) {
      Device device = Device.builder().host("127.0.0.1").port(PEER.candidatePort()).username(NetconfdPeer.USER)
          .privateKeyFile(PEER.dir().resolve(key)).knownHosts(PEER.knownHosts()).build();
      try (NetconfSession session = device.openSession()) {
        assertTrue(session.sessionId() > 0, key);
      }
    }
  }

  @Test
  void aWrongPasswordIsAnAuthenticationFailure() {
    NetconfException e = assertThrows(NetconfException.class,
        () -> PEER.device(PEER.candidatePort()).password("wrong").build().openSession());
    assertTrue(e.getMessage().contains("authentication"), e.getMessage());
  }

  @Test
  void aHostKeyThatChangedIsRefused() throws Exception {
    KeyPairGenerator rsa = KeyPairGenerator.getInstance("RSA");
    rsa.initialize(2048);
    KnownHosts impostor = KnownHosts.inMemory().add("127.0.0.1", PEER.candidatePort(), rsa.generateKeyPair().getPublic());
    HostKeyRejectedException e = assertThrows(HostKeyRejectedException.class,
        () -> PEER.device(PEER.candidatePort()).knownHosts(impostor).trustOnFirstUse(true).build().openSession());
    assertTrue(e.getMessage().contains("MISMATCH"), e.getMessage());
  }

  @Test
  void aServerWithSeveralHostKeysIsAskedForTheTypeWeKnow() throws Exception {
    for (String type : new String[] {"rsa", "ecdsa", "ed25519"}) {
      String[] key = Files.readString(PEER.dir().resolve("ssh/ssh_host_" + type + "_key.pub")).strip().split(" ");
      KnownHosts onlyThisType = KnownHosts.of("[127.0.0.1]:" + PEER.candidatePort() + " " + key[0] + " " + key[1]);
      try (NetconfSession session = PEER.device(PEER.candidatePort()).knownHosts(onlyThisType).build().openSession()) {
        assertTrue(session.isOpen(), type);
      }
    }
  }

  @Test
  void anUnknownHostIsRefusedWithoutTrustOnFirstUse() {
    HostKeyRejectedException e = assertThrows(HostKeyRejectedException.class,
        () -> PEER.device(PEER.candidatePort()).knownHosts(KnownHosts.inMemory()).build().openSession());
    assertTrue(e.getMessage().contains("not in the known hosts"), e.getMessage());
  }

  @Test
  void trustOnFirstUseRecordsTheKeyAndHoldsTheHostToIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("known_hosts");
    try (NetconfSession first = PEER.device(PEER.candidatePort()).knownHosts(KnownHosts.file(file))
        .trustOnFirstUse(true).build().openSession()) {
      assertTrue(first.isOpen());
    }
    assertTrue(Files.readString(file).startsWith("[127.0.0.1]:" + PEER.candidatePort() + " "), Files.readString(file));
    try (NetconfSession again = PEER.device(PEER.candidatePort()).knownHosts(KnownHosts.file(file)).build().openSession()) {
      assertTrue(again.isOpen(), "the recorded key is trusted without trust-on-first-use");
    }
  }
}
