package org.ccpe.monitoring.snmp;

import java.io.IOException;
import org.snmp4j.MessageDispatcherImpl;
import org.snmp4j.SNMP4JSettings;
import org.snmp4j.Snmp;
import org.snmp4j.TransportMapping;
import org.snmp4j.mp.CounterSupport;
import org.snmp4j.mp.MPv1;
import org.snmp4j.mp.MPv2c;
import org.snmp4j.mp.MPv3;
import org.snmp4j.security.AuthHMAC192SHA256;
import org.snmp4j.security.AuthSHA;
import org.snmp4j.security.PrivAES128;
import org.snmp4j.security.PrivAES256;
import org.snmp4j.security.SecurityModel;
import org.snmp4j.security.SecurityModels;
import org.snmp4j.security.SecurityProtocols;
import org.snmp4j.security.USM;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;

/**
 * An snmp4j session with its own USM and security protocols (not snmp4j's process-wide
 * singletons, which other deployments in the same server could change): SHA-1 and SHA-256
 * authentication, AES-128 and AES-256 privacy, nothing weaker.
 */
final class SnmpStack {

  private SnmpStack() {}

  static Snmp open(TransportMapping<UdpAddress> transport) throws IOException {
    // An agent says "wrong digest" or "unknown user" in an unauthenticated report (it cannot
    // authenticate to a key it does not share). snmp4j drops those by default; we want the reason,
    // not a timeout. (A process-wide setting, but snmp4j lives in our EAR's lib only.)
    SNMP4JSettings.setReportSecurityLevelStrategy(
        SNMP4JSettings.ReportSecurityLevelStrategy.noAuthNoPrivIfNeeded);
    SecurityProtocols protocols = new SecurityProtocols(SecurityProtocols.SecurityProtocolSet.none);
    protocols.addAuthenticationProtocol(new AuthSHA());
    protocols.addAuthenticationProtocol(new AuthHMAC192SHA256());
    protocols.addPrivacyProtocol(new PrivAES128());
    protocols.addPrivacyProtocol(new PrivAES256());
    byte[] localEngineId = MPv3.createLocalEngineID();
    USM usm = new USM(protocols, new OctetString(localEngineId), 0);
    MessageDispatcherImpl dispatcher = new MessageDispatcherImpl();
    dispatcher.addMessageProcessingModel(new MPv1());
    dispatcher.addMessageProcessingModel(new MPv2c());
    dispatcher.addMessageProcessingModel(
        new MPv3(
            localEngineId,
            null,
            protocols,
            SecurityModels.getCollection(new SecurityModel[] {usm}),
            CounterSupport.getInstance()));
    Snmp snmp = new Snmp(dispatcher, transport);
    snmp.listen();
    return snmp;
  }

  static OID authProtocol(SnmpCredentials.AuthProtocol auth) {
    return switch (auth) {
      case SHA1 -> AuthSHA.ID;
      case SHA256 -> AuthHMAC192SHA256.ID;
    };
  }

  static OID privProtocol(SnmpCredentials.PrivProtocol priv) {
    return switch (priv) {
      case AES128 -> PrivAES128.ID;
      case AES256 -> PrivAES256.ID;
    };
  }
}
