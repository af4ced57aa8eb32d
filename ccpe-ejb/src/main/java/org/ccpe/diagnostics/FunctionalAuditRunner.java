package org.ccpe.diagnostics;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccpe.access.Roles;
import org.ccpe.netconf.Junos;
import org.ccpe.netconf.NetconfException;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.netconf.ReplyTimeoutException;
import org.ccpe.netconf.RpcError;
import org.ccpe.netconf.RpcErrorException;

/**
 * Runs a functional audit in the background, as the caller who asked (the identity travels with
 * the asynchronous call). Each origin router is asked over one session, one ping after another,
 * each bounded by the ping timeout; an audit therefore lasts at most pairs × timeout. A pair the
 * router cannot measure is recorded as an error with the reason, and the others go on.
 */
@Stateless
@RolesAllowed({Roles.PROVIDER_ADMIN, Roles.PROVIDER_OPERATOR, Roles.CUSTOMER_ADMIN, Roles.CUSTOMER_MONITOR})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FunctionalAuditRunner {
  private static final Logger LOG = Logger.getLogger(FunctionalAuditRunner.class.getName());

  @EJB private AuditBook book;

  @Asynchronous
  public void run(long auditId) {
    DiagnosticsSettings settings = DiagnosticsSettings.current();
    try {
      for (AuditBook.RouterWork work : book.start(auditId)) {
        pingAll(work, settings);
      }
      book.finished(auditId, null);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "functional audit " + auditId + " stopped", e);
      book.finished(auditId, "the audit stopped unexpectedly; please try again");
    }
  }

  private void pingAll(AuditBook.RouterWork work, DiagnosticsSettings settings) {
    List<AuditBook.Ping> pings = work.pings();
    int next = 0;
    try (NetconfSession session = RouterSessions.open(work.router())) {
      for (; next < pings.size(); next++) {
        AuditBook.Ping ping = pings.get(next);
        try {
          var reply = session.junos().operational(OperationalRequests.ping(ping.routingInstance(), ping.source(),
              ping.target(), settings.pingCount(), settings.pingTimeout()), settings.pingTimeout());
          book.measured(ping.pairId(), PingReply.parse(Junos.results(reply)));
        } catch (RpcErrorException e) {
          book.failed(ping.pairId(), "the router refused the ping: " + reasons(e));
        } catch (RouterReplyException e) {
          book.failed(ping.pairId(), e.getMessage());
        }
      }
    } catch (ReplyTimeoutException e) {
      // a late reply could still come on this session: give up the router's remaining pairs
      failRest(pings, next, "no answer from the router within " + settings.pingTimeout().toSeconds() + " s");
    } catch (NetconfException e) {
      failRest(pings, next, "the router stopped answering: " + e.getMessage());
    } catch (RouterReplyException e) {
      failRest(pings, next, e.getMessage());
    }
  }

  private void failRest(List<AuditBook.Ping> pings, int from, String why) {
    for (int i = from; i < pings.size(); i++) {
      book.failed(pings.get(i).pairId(), why);
    }
  }

  private static String reasons(RpcErrorException e) {
    return e.errors().stream().map(RpcError::message).filter(m -> m != null && !m.isBlank())
        .map(String::strip).reduce((a, b) -> a + "; " + b).orElse("no reason given");
  }
}
