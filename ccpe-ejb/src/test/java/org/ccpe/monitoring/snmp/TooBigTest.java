package org.ccpe.monitoring.snmp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.Counter64;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * An agent that answers tooBig to any request of more than 40 values (as one with a small
 * message size would): the poller splits its GETs and remembers to ask for less. Neither snmpd
 * (whose replies fit) nor the simulator (which drops an answer that does not fit) shows this.
 */
@Timeout(30)
class TooBigTest {

  private static final int LIMIT = 40;

  @Test
  void aTooBigAnswerSplitsTheRequestAndIsRemembered() throws Exception {
    int port = SnmpdPeer.freeUdpPort();
    try (Snmp agent = SnmpStack.open(new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/" + port)));
        SnmpPoller poller = new SnmpPoller(SnmpPoller.DEFAULT_MAX_VARBINDS, Clock.systemUTC())) {
      agent.addCommandResponder(
          new CommandResponder() {
            @Override
            public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
              answer(event);
            }
          });
      Map<String, Integer> known = new HashMap<>();
      for (int i = 1; i <= 30; i++) {
        known.put("if" + i, i);
      }
      AgentTarget target = AgentTarget.of(1, "127.0.0.1", port, new SnmpCredentials.V2c("public"));

      PollOutcome outcome =
          poller.poll(target, new PollPlan(known.keySet(), known, OptionalLong.empty()))
              .toCompletableFuture().get(20, TimeUnit.SECONDS);

      PollOutcome.Reached all = assertInstanceOf(PollOutcome.Reached.class, outcome, outcome::toString);
      assertEquals(30, all.readings().size());
      assertEquals(42L, all.readings().get("if7").hcInOctets());
      int remembered = poller.laneOf(target).maxVarbinds();
      assertEquals(true, remembered <= LIMIT && remembered >= LIMIT / 2, "remembered " + remembered);
    }
  }

  private static void answer(CommandResponderEvent<?> event) {
    PDU request = event.getPDU();
    PDU response = (PDU) request.clone();
    response.setType(PDU.RESPONSE);
    response.setVariableBindings(new ArrayList<>()); // not clear(): that zeroes the request ID
    if (request.size() > LIMIT) {
      response.setErrorStatus(PDU.tooBig);
    } else {
      for (VariableBinding vb : request.getVariableBindings()) {
        int column = vb.getOid().size() > 2 ? vb.getOid().get(vb.getOid().size() - 2) : 0;
        int index = vb.getOid().last();
        if (vb.getOid().equals(IfMib.SYS_UP_TIME_0)) {
          response.add(new VariableBinding(vb.getOid(), new TimeTicks(1234)));
        } else if (vb.getOid().startsWith(IfMib.IF_NAME) || vb.getOid().startsWith(IfMib.IF_DESCR)) {
          response.add(new VariableBinding(vb.getOid(), new OctetString("if" + index)));
        } else if (column == 7 || column == 8) {
          response.add(new VariableBinding(vb.getOid(), new Integer32(1)));
        } else {
          response.add(new VariableBinding(vb.getOid(), new Counter64(42)));
        }
      }
    }
    try {
      event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(),
          event.getSecurityModel(), event.getSecurityName(), event.getSecurityLevel(), response,
          event.getMaxSizeResponsePDU(), event.getStateReference(), new StatusInformation());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
