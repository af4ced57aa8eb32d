package org.ccpe.monitoring.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The trap receiver against net-snmp's own senders ({@code snmptrap}, {@code snmpinform}). */
@Timeout(60)
class TrapReceiverTest {

  private final BlockingQueue<ReceivedTrap> received = new LinkedBlockingQueue<>();
  private TrapReceiver receiver;

  @BeforeEach
  void listen() {
    assumeTrue(Files.isExecutable(Path.of("/usr/bin/snmptrap")), "net-snmp snmptrap is not installed");
    receiver = new TrapReceiver("127.0.0.1", 0, received::add);
    receiver.registerUser(
        new SnmpCredentials.V3(
            "ncmon",
            SnmpCredentials.AuthProtocol.SHA1,
            "authpass123",
            SnmpCredentials.PrivProtocol.AES128,
            "privpass123"));
  }

  @AfterEach
  void close() {
    if (receiver != null) {
      receiver.close();
    }
  }

  @Test
  void mapsAV2cLinkDownWithIfIndexAndIfName() throws Exception {
    send("snmptrap -v2c -c anything 127.0.0.1:%d '' 1.3.6.1.6.3.1.1.5.3"
        + " 1.3.6.1.2.1.2.2.1.1.7 i 7 1.3.6.1.2.1.2.2.1.7.7 i 1 1.3.6.1.2.1.2.2.1.8.7 i 2"
        + " 1.3.6.1.2.1.31.1.1.1.1.7 s ge-0/0/1.100");

    ReceivedTrap trap = next();
    assertEquals(TrapKind.LINK_DOWN, trap.kind());
    assertEquals(OptionalInt.of(7), trap.ifIndex());
    assertEquals(Optional.of("ge-0/0/1.100"), trap.ifName());
    assertEquals("127.0.0.1", trap.sourceHost());
    assertEquals("1.3.6.1.6.3.1.1.5.3", trap.rawTrapOid());
  }

  @Test
  void mapsAV3LinkUpFromARegisteredUserAndDropsAWrongPassphrase() throws Exception {
    send("snmptrap -v3 -u ncmon -l authPriv -a SHA -A wrongpass123 -x AES -X privpass123"
        + " 127.0.0.1:%d '' 1.3.6.1.6.3.1.1.5.4 1.3.6.1.2.1.2.2.1.1.8 i 8");
    send("snmptrap -v3 -u ncmon -l authPriv -a SHA -A authpass123 -x AES -X privpass123"
        + " 127.0.0.1:%d '' 1.3.6.1.6.3.1.1.5.4 1.3.6.1.2.1.2.2.1.7.9 i 1 1.3.6.1.2.1.2.2.1.8.9 i 1");

    ReceivedTrap trap = next();
    assertEquals(TrapKind.LINK_UP, trap.kind());
    assertEquals(OptionalInt.of(9), trap.ifIndex(), "from ifOperStatus.9 when no ifIndex varbind");
    assertNull(received.poll(300, TimeUnit.MILLISECONDS), "the forged one was dropped");
  }

  @Test
  void acknowledgesInformsAndReadsV1Traps() throws Exception {
    assertEquals(0, send("snmpinform -v2c -c x -t 2 -r 0 127.0.0.1:%d '' 1.3.6.1.6.3.1.1.5.1"),
        "snmpinform got its response");
    assertEquals(TrapKind.COLD_START, next().kind());

    send("snmptrap -v1 -c x 127.0.0.1:%d 1.3.6.1.4.1.2636 127.0.0.1 2 0 '' 1.3.6.1.2.1.2.2.1.1.3 i 3");
    ReceivedTrap v1 = next();
    assertEquals(TrapKind.LINK_DOWN, v1.kind());
    assertEquals(OptionalInt.of(3), v1.ifIndex());
  }

  @Test
  void aPortInUseIsRefusedPlainly() {
    assertThrows(UncheckedIOException.class, () -> new TrapReceiver("127.0.0.1", receiver.port(), t -> {}));
  }

  private ReceivedTrap next() throws InterruptedException {
    ReceivedTrap trap = received.poll(10, TimeUnit.SECONDS);
    assertNotNull(trap, "no trap arrived");
    return trap;
  }

  private int send(String command) throws Exception {
    Process p =
        new ProcessBuilder("bash", "-c", String.format(command, receiver.port()))
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!p.waitFor(20, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new IllegalStateException("timed out: " + command);
    }
    return p.exitValue();
  }
}
