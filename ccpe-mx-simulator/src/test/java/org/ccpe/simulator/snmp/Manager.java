package org.ccpe.simulator.snmp;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.snmp4j.CommunityTarget;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/** An snmp4j manager for the tests: v2c and v3 targets, one call per request. */
final class Manager implements AutoCloseable {

    final Snmp snmp;
    private final USM usm;

    Manager() throws IOException {
        SecurityProtocols.getInstance().addDefaultProtocols().addAuthenticationProtocol(new AuthSHA());
        usm = new USM(SecurityProtocols.getInstance(), new OctetString(MPv3.createLocalEngineID()), 0);
        MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
        dispatcher.addMessageProcessingModel(new MPv2c());
        dispatcher.addMessageProcessingModel(new MPv3(usm));
        snmp = new Snmp(dispatcher, new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/0")));
        snmp.listen();
    }

    CommunityTarget<UdpAddress> v2c(SimulatedSnmpAgent agent, String community) {
        CommunityTarget<UdpAddress> target = new CommunityTarget<>(address(agent), new OctetString(community));
        target.setVersion(SnmpConstants.version2c);
        target.setTimeout(1500);
        target.setRetries(0);
        return target;
    }

    UserTarget<UdpAddress> v3(SimulatedSnmpAgent agent, String user, OID auth, String authPass, OID priv,
            String privPass, int level) {
        usm.addUser(new OctetString(user), new UsmUser(new OctetString(user), auth, new OctetString(authPass), priv,
                new OctetString(privPass)));
        UserTarget<UdpAddress> target = new UserTarget<>();
        target.setAddress(address(agent));
        target.setSecurityName(new OctetString(user));
        target.setSecurityLevel(level);
        target.setVersion(SnmpConstants.version3);
        target.setTimeout(1500);
        target.setRetries(0);
        return target;
    }

    static UdpAddress address(SimulatedSnmpAgent agent) {
        return new UdpAddress("127.0.0.1/" + agent.port());
    }

    /** The response PDU, or null on timeout. */
    PDU send(Target<UdpAddress> target, int type, List<OID> oids) throws IOException {
        PDU pdu = target.getVersion() == SnmpConstants.version3 ? new ScopedPDU() : new PDU();
        pdu.setType(type);
        oids.forEach(oid -> pdu.add(new VariableBinding(oid)));
        ResponseEvent<UdpAddress> event = snmp.send(pdu, target);
        return event.getResponse();
    }

    PDU get(Target<UdpAddress> target, String... oids) throws IOException {
        return send(target, PDU.GET, Arrays.stream(oids).map(OID::new).toList());
    }

    PDU bulk(Target<UdpAddress> target, int nonRepeaters, int maxRepetitions, String... oids) throws IOException {
        PDU pdu = target.getVersion() == SnmpConstants.version3 ? new ScopedPDU() : new PDU();
        pdu.setType(PDU.GETBULK);
        pdu.setNonRepeaters(nonRepeaters);
        pdu.setMaxRepetitions(maxRepetitions);
        for (String oid : oids) {
            pdu.add(new VariableBinding(new OID(oid)));
        }
        return snmp.send(pdu, target).getResponse();
    }

    @Override
    public void close() throws IOException {
        snmp.close();
    }
}
