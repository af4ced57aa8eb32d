package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class ReplyTest {
  private static final String NS = "xmlns=\"urn:ietf:params:xml:ns:netconf:base:1.0\"";

  @Test
  void okReplyHasNoContentAndKeepsItsWarnings() throws Exception {
    Reply reply = parse("<rpc-reply " + NS + " message-id=\"7\"><rpc-error><error-type>application</error-type>"
        + "<error-tag>operation-failed</error-tag><error-severity>warning</error-severity>"
        + "<error-message>statement has no effect</error-message></rpc-error><ok/></rpc-reply>");
    assertEquals("7", reply.messageId());
    assertNull(reply.content());
    assertEquals(1, reply.warnings().size());
    assertTrue(reply.warnings().get(0).isWarning());
    assertEquals("statement has no effect", reply.warnings().get(0).message());
  }

  @Test
  void allErrorsOfAReplyAreThrownTogetherWithEveryField() {
    RpcErrorException e = assertThrows(RpcErrorException.class, () -> parse("<rpc-reply " + NS + " message-id=\"3\">"
        + "<rpc-error><error-type>protocol</error-type><error-tag>lock-denied</error-tag>"
        + "<error-severity>error</error-severity><error-message xml:lang=\"en\">locked</error-message>"
        + "<error-info><session-id>42</session-id></error-info></rpc-error>"
        + "<rpc-error><error-type>application</error-type><error-tag>invalid-value</error-tag>"
        + "<error-severity>error</error-severity><error-app-tag>range</error-app-tag>"
        + "<error-path>/sites/site[name='a']/vlan</error-path>"
        + "<error-info><bad-element>vlan</bad-element><bad-element>name</bad-element></error-info></rpc-error>"
        + "<rpc-error><error-type>application</error-type><error-tag>x</error-tag>"
        + "<error-severity>warning</error-severity></rpc-error>"
        + "</rpc-reply>"));
    assertEquals(2, e.errors().size());
    assertEquals(1, e.warnings().size());
    RpcError lock = e.errors().get(0);
    assertEquals(new RpcError(RpcError.Type.PROTOCOL, "lock-denied", RpcError.Severity.ERROR, null, null, "locked",
        Map.of("session-id", "42")), lock);
    RpcError value = e.errors().get(1);
    assertEquals("range", value.appTag());
    assertEquals("/sites/site[name='a']/vlan", value.path());
    assertEquals("vlan, name", value.info().get("bad-element"));
    assertTrue(e.getMessage().contains("lock-denied") && e.getMessage().contains("invalid-value"), e.getMessage());
  }

  @Test
  void findsJunosErrorsNestedInItsResults() {
    RpcErrorException e = assertThrows(RpcErrorException.class, () -> parse("<rpc-reply " + NS + " message-id=\"1\">"
        + "<commit-results><routing-engine><rpc-error><error-severity>error</error-severity>"
        + "<error-path>[edit routing-instances A interface]</error-path>"
        + "<error-message>interface ge-0/0/9.100 not defined</error-message></rpc-error>"
        + "</routing-engine></commit-results></rpc-reply>"));
    assertEquals("[edit routing-instances A interface]", e.errors().get(0).path());
    assertEquals(RpcError.Type.APPLICATION, e.errors().get(0).type());
  }

  @Test
  void dataAndContentAreReachable() throws Exception {
    Reply reply = parse("<rpc-reply " + NS + " message-id=\"2\"><data><sites xmlns=\"urn:acme:sites\">"
        + "<site><name>a</name></site></sites></data></rpc-reply>");
    Element data = reply.data();
    assertEquals("data", data.getLocalName());
    assertEquals("a", reply.text());
    assertTrue(reply.xml().startsWith("<data"), reply.xml());
  }

  @Test
  void somethingOtherThanAReplyIsRefused() {
    assertThrows(NetconfException.class, () -> parse("<hello " + NS + "/>"));
  }

  /** The production path: the reply's bytes, read by the streaming scan, DOM built lazily. */
  static Reply parse(String xml) throws NetconfException {
    return Reply.from(xml.getBytes(StandardCharsets.UTF_8), "test");
  }

  /** The DOM path, for a reply already parsed. */
  static Reply parseDom(String xml) throws NetconfException {
    Element root = SafeXml.parse(SafeXml.newParser(), xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    return Reply.from(root, "test");
  }

  private static final String ERROR = "<rpc-error><error-type>application</error-type><error-tag>invalid-value</error-tag>"
      + "<error-severity>error</error-severity><error-message>bad</error-message></rpc-error>";

  @Test
  void findsJunosErrorsInsideLoadConfigurationResultsOnBothPaths() {
    String xml = "<rpc-reply " + NS + " xmlns:junos=\"http://xml.juniper.net/junos/*/junos\" message-id=\"4\">"
        + "<load-configuration-results><rpc-error><error-severity>error</error-severity>"
        + "<error-message>syntax error</error-message><error-info><bad-element>vlan-idd</bad-element></error-info>"
        + "</rpc-error><load-error-count>1</load-error-count></load-configuration-results></rpc-reply>";
    for (RpcErrorException e : List.of(assertThrows(RpcErrorException.class, () -> parse(xml)),
        assertThrows(RpcErrorException.class, () -> parseDom(xml)))) {
      assertEquals(1, e.errors().size());
      assertEquals("syntax error", e.errors().get(0).message());
      assertEquals("vlan-idd", e.errors().get(0).info().get("bad-element"));
    }
  }

  @Test
  void findsAPrefixedErrorAfterData() {
    String xml = "<nc:rpc-reply xmlns:nc=\"urn:ietf:params:xml:ns:netconf:base:1.0\" message-id=\"5\">"
        + "<nc:data><x xmlns=\"urn:x\"/></nc:data>" + ERROR.replace("rpc-error>", "nc:rpc-error>")
            .replace("<nc:rpc-error>", "<nc:rpc-error>") + "</nc:rpc-reply>";
    RpcErrorException e = assertThrows(RpcErrorException.class, () -> parse(xml));
    assertEquals("invalid-value", e.errors().get(0).tag());
  }

  @Test
  void anElementNamedRpcErrorInsideDataOrConfigurationIsContentNotAnError() throws Exception {
    String inData = "<rpc-reply " + NS + " message-id=\"6\"><data><log xmlns=\"urn:x\">" + ERROR.replace("<rpc-error>",
        "<rpc-error xmlns=\"urn:x\">") + "</log></data></rpc-reply>";
    String inConfiguration = "<rpc-reply " + NS + " message-id=\"7\"><configuration><groups><rpc-error>"
        + "<error-severity>error</error-severity></rpc-error></groups></configuration></rpc-reply>";
    for (String xml : List.of(inData, inConfiguration)) {
      Reply reply = parse(xml);
      assertTrue(reply.warnings().isEmpty());
      assertTrue(reply.xml().contains("rpc-error"), reply.xml());
      assertTrue(parseDom(xml).warnings().isEmpty());
    }
  }

  @Test
  void aWarningNextToDataIsKeptAndTheDataIsReadLazily() throws Exception {
    Reply reply = parse("<rpc-reply " + NS + " message-id=\"8\">" + ERROR.replace(">error<", ">warning<")
        + "<data><sites xmlns=\"urn:acme:sites\"><site><name>b</name></site></sites></data></rpc-reply>");
    assertEquals(1, reply.warnings().size());
    assertEquals("b", reply.text());
    assertEquals("sites", reply.data().getFirstChild().getLocalName());
  }

  @Test
  void aReplyWithoutErrorsIsNotParsedUntilAskedAndBadPayloadIsReportedThen() throws Exception {
    Reply reply = parse("<rpc-reply " + NS + " message-id=\"9\"><data><a></b></data></rpc-reply>");
    assertEquals("9", reply.messageId());
    assertThrows(IllegalStateException.class, reply::data);
  }

  @Test
  void malformedOrDoctypeRepliesAreRefusedWhenScanned() {
    assertThrows(NetconfException.class, () -> parse("<rpc-reply " + NS + " message-id=\"1\">" + ERROR + "<ok>"));
    assertThrows(NetconfException.class, () -> parse("<!DOCTYPE r [<!ENTITY x \"y\">]><rpc-reply " + NS
        + " message-id=\"1\">" + ERROR + "</rpc-reply>"));
    assertThrows(NetconfException.class, () -> parse("<!DOCTYPE r SYSTEM \"file:///etc/passwd\"><rpc-reply " + NS
        + " message-id=\"1\"><ok/></rpc-reply>"));
    Reply undeclaredEntity = assertDoesNotThrow(() -> parse("<rpc-reply " + NS + " message-id=\"1\"><ok>&ext;</ok></rpc-reply>"));
    assertThrows(IllegalStateException.class, undeclaredEntity::element);
  }

  @Test
  void aUtf16ReplyIsScannedInFull() {
    byte[] utf16 = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?><rpc-reply " + NS + " message-id=\"3\">" + ERROR
        + "</rpc-reply>").getBytes(StandardCharsets.UTF_16);
    assertThrows(RpcErrorException.class, () -> Reply.from(utf16, "test"));
  }
}
