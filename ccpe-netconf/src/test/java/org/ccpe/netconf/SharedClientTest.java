package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The one SSH client all sessions share can be stopped (on undeploy) and starts again when needed. */
@Timeout(20)
class SharedClientTest {

  @Test
  void shuttingTheSharedClientDownClosesItsSessionsAndTheNextOpenStartsAFreshOne() throws Exception {
    try (SilentNetconfServer server = new SilentNetconfServer(SilentNetconfServer.Behaviour.SWALLOW_RPCS, 0)) {
      NetconfSession before = server.device().build().openSession();
      Device.shutdownSharedClient();
      for (int i = 0; i < 250 && (before.isOpen() || clientThreadsLeft()); i++) {
        Thread.sleep(20);
      }
      assertFalse(before.isOpen(), "the session went down with the client");
      assertFalse(clientThreadsLeft(), "no client thread left");
      try (NetconfSession after = server.device().build().openSession()) {
        assertTrue(after.isOpen());
      }
      before.close();
    }
  }

  private static boolean clientThreadsLeft() {
    return Thread.getAllStackTraces().keySet().stream()
        .anyMatch(thread -> thread.isAlive() && thread.getName().startsWith("sshd-SshClient"));
  }
}
