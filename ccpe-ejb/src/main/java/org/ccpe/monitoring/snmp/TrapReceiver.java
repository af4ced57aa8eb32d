package org.ccpe.monitoring.snmp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.PDUv1;
import org.snmp4j.Snmp;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.IpAddress;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * Listens for SNMP notifications on one UDP port: v1 and v2c traps from any community (the
 * sender's address says which router it is; a trap only makes us look sooner, it changes no
 * configuration), v2c informs answered, and SNMPv3 only from registered USM users at authPriv.
 *
 * <p>A v3 trap is sent by the router's own (authoritative) engine, so keys are localised to each
 * sender's engine ID as its traps arrive: one registration of a user name serves every router
 * using it with the same passphrases.
 */
public final class TrapReceiver implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(TrapReceiver.class.getName());
  private static final OID IF_INDEX = new OID("1.3.6.1.2.1.2.2.1.1");
  private static final OID SNMP_TRAPS = new OID("1.3.6.1.6.3.1.1.5");

  private final Consumer<ReceivedTrap> sink;
  private final Clock clock = Clock.systemUTC();
  private final DefaultUdpTransportMapping transport;
  private final Snmp snmp;

  /**
   * Binds at once; port 0 picks a free port (see {@link #port()}).
   *
   * @throws UncheckedIOException when the port cannot be bound (e.g. in use)
   */
  public TrapReceiver(String bindHost, int port, Consumer<ReceivedTrap> sink) {
    this.sink = sink;
    try {
      transport = new DefaultUdpTransportMapping(new UdpAddress(InetAddress.getByName(bindHost), port), false);
      snmp = SnmpStack.open(transport);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot listen for SNMP traps on " + bindHost + ":" + port, e);
    }
    snmp.addCommandResponder(
        new CommandResponder() {
          @Override
          public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
            receive(event);
          }
        });
  }

  /**
   * Accepts v3 notifications from this USM user (authPriv) from now on. Registered by name: a
   * second registration of the same name replaces the first, so routers sharing a user name must
   * share its passphrases.
   */
  public void registerUser(SnmpCredentials.V3 user) {
    OctetString name = new OctetString(user.user());
    snmp.getUSM().removeAllUsers(name);
    snmp.getUSM()
        .addUser(
            new UsmUser(
                name,
                SnmpStack.authProtocol(user.auth()),
                new OctetString(user.authPassphrase()),
                SnmpStack.privProtocol(user.priv()),
                new OctetString(user.privPassphrase()),
                UsmUser.LocalizationGrant.incoming));
  }

  /** The bound UDP port. */
  public int port() {
    return transport.getListenAddress().getPort();
  }

  private <A extends Address> void receive(CommandResponderEvent<A> event) {
    PDU pdu = event.getPDU();
    if (pdu == null) {
      return;
    }
    if (event.getSecurityModel() == SecurityModel.SECURITY_MODEL_USM
        && event.getSecurityLevel() != SecurityLevel.AUTH_PRIV) {
      LOG.fine(() -> "SNMPv3 notification below authPriv from " + event.getPeerAddress() + " dropped");
      return;
    }
    if (pdu.getType() == PDU.INFORM) {
      acknowledge(event);
    } else if (pdu.getType() != PDU.TRAP && pdu.getType() != PDU.V1TRAP) {
      return;
    }
    event.setProcessed(true);
    ReceivedTrap trap = parse(event, pdu);
    try {
      sink.accept(trap);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "the trap sink failed on " + trap, e);
    }
  }

  private ReceivedTrap parse(CommandResponderEvent<?> event, PDU pdu) {
    String host = "";
    int port = 0;
    if (event.getPeerAddress() instanceof IpAddress ip) {
      host = ip.getInetAddress().getHostAddress();
      port = event.getPeerAddress() instanceof UdpAddress udp ? udp.getPort() : 0;
    }
    OID trapOid = pdu instanceof PDUv1 v1 ? v1TrapOid(v1) : v2TrapOid(pdu);
    Integer ifIndex = null;
    String ifName = null;
    for (VariableBinding vb : pdu.getVariableBindings()) {
      OID oid = vb.getOid();
      Variable value = vb.getVariable();
      if (oid.startsWith(IF_INDEX) && !value.isException()) {
        ifIndex = value.toInt();
      } else if (oid.startsWith(IfMib.IF_NAME) && !value.isException()) {
        ifName = value.toString();
      } else if (ifIndex == null
          && (oid.startsWith(IfMib.IF_ADMIN_STATUS) || oid.startsWith(IfMib.IF_OPER_STATUS))
          && oid.size() == IfMib.IF_OPER_STATUS.size() + 1) {
        ifIndex = oid.last(); // linkDown/linkUp carry ifAdminStatus.N and ifOperStatus.N
      }
    }
    return new ReceivedTrap(
        clock.instant(),
        host,
        port,
        kindOf(trapOid),
        ifIndex == null ? OptionalInt.empty() : OptionalInt.of(ifIndex),
        Optional.ofNullable(ifName),
        trapOid.toDottedString());
  }

  private static OID v2TrapOid(PDU pdu) {
    for (VariableBinding vb : pdu.getVariableBindings()) {
      if (vb.getOid().equals(SnmpConstants.snmpTrapOID) && vb.getVariable() instanceof OID oid) {
        return oid;
      }
    }
    return new OID();
  }

  /** RFC 3584 3.1: a v1 generic trap N is SNMPv2's snmpTraps.(N+1). */
  private static OID v1TrapOid(PDUv1 v1) {
    if (v1.getGenericTrap() == PDUv1.ENTERPRISE_SPECIFIC) {
      return new OID(v1.getEnterprise()).append(0).append(v1.getSpecificTrap());
    }
    return new OID(SNMP_TRAPS).append(v1.getGenericTrap() + 1);
  }

  private static TrapKind kindOf(OID trapOid) {
    if (trapOid.equals(SnmpConstants.linkDown)) {
      return TrapKind.LINK_DOWN;
    }
    if (trapOid.equals(SnmpConstants.linkUp)) {
      return TrapKind.LINK_UP;
    }
    if (trapOid.equals(SnmpConstants.coldStart)) {
      return TrapKind.COLD_START;
    }
    if (trapOid.equals(SnmpConstants.warmStart)) {
      return TrapKind.WARM_START;
    }
    return TrapKind.OTHER;
  }

  /** An inform wants its response, or the sender retries it. */
  private static void acknowledge(CommandResponderEvent<?> event) {
    PDU response = (PDU) event.getPDU().clone();
    response.setType(PDU.RESPONSE);
    response.setErrorStatus(PDU.noError);
    response.setErrorIndex(0);
    try {
      event
          .getMessageDispatcher()
          .returnResponsePdu(
              event.getMessageProcessingModel(),
              event.getSecurityModel(),
              event.getSecurityName(),
              event.getSecurityLevel(),
              response,
              event.getMaxSizeResponsePDU(),
              event.getStateReference(),
              new StatusInformation());
    } catch (Exception e) {
      LOG.log(Level.FINE, "cannot acknowledge an inform from " + event.getPeerAddress(), e);
    }
  }

  @Override
  public void close() {
    try {
      snmp.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing the trap receiver", e);
    }
  }
}
