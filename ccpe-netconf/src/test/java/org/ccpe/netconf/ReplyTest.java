package org.ccpe.netconf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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

  static Reply parse(String xml) throws NetconfException {
    Element root = SafeXml.parse(SafeXml.newParser(), xml.getBytes(StandardCharsets.UTF_8)).getDocumentElement();
    return Reply.from(root, "test");
  }
}
