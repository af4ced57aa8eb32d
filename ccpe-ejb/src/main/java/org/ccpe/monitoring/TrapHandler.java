package org.ccpe.monitoring;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ccpe.monitoring.snmp.ReceivedTrap;
import org.ccpe.monitoring.snmp.TrapKind;

/**
 * Turns SNMP traps into news about access links. The sender's address names the router (its
 * management host; where several routers share one address, as simulated ones on loopback do, the
 * sending port picks among them, else the one router there with a link of the trap's ifName), the
 * trap's ifName or ifIndex (through the poller's ifIndex cache) names the link. linkDown/linkUp change the link's status and alarms at once and have the
 * router polled at the next tick; a cold or warm start only has it polled. Called on {@link
 * PollScheduler}'s writer thread, so a trap and a poll of the same link never write at once.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TrapHandler {
  private static final Logger LOG = Logger.getLogger(TrapHandler.class.getName());

  @PersistenceContext private EntityManager em;
  @EJB private CycleRecorder recorder;
  @EJB private PollBook book;

  /** Applies one trap; returns the access link it was about, or null when it named none we know. */
  public Long handle(ReceivedTrap trap) {
    try {
      Long router = router(trap);
      if (router == null) {
        LOG.fine(() -> "Trap from " + trap.sourceHost() + ":" + trap.sourcePort() + " matches no single router");
        return null;
      }
      if (trap.kind() == TrapKind.OTHER) {
        return null;
      }
      Long link = trap.kind() == TrapKind.LINK_DOWN || trap.kind() == TrapKind.LINK_UP ? link(router, trap) : null;
      if (link != null) {
        recorder.linkTrap(link, trap.kind() == TrapKind.LINK_UP, trap.at());
      }
      book.pollSoon(router);
      return link;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot apply a trap from " + trap.sourceHost(), e);
      return null;
    }
  }

  private Long router(ReceivedTrap trap) {
    @SuppressWarnings("unchecked")
    List<Object[]> routers = em.createNativeQuery("SELECT id, snmp_port FROM router WHERE management_host = ?1")
        .setParameter(1, trap.sourceHost())
        .getResultList();
    if (routers.size() == 1) {
      return ((Number) routers.get(0)[0]).longValue();
    }
    List<Object[]> byPort = routers.stream()
        .filter(r -> ((Number) r[1]).intValue() == trap.sourcePort())
        .toList();
    if (byPort.size() == 1) {
      return ((Number) byPort.get(0)[0]).longValue();
    }
    if (routers.isEmpty() || trap.ifName().isEmpty()) {
      return null;
    }
    // several routers behind one address, none on the sending port: the one with a link of that name
    List<?> named = em.createNativeQuery("SELECT DISTINCT l.router_id FROM access_link l JOIN router r"
            + " ON r.id = l.router_id WHERE r.management_host = ?1 AND l.interface_name = ?2")
        .setParameter(1, trap.sourceHost())
        .setParameter(2, trap.ifName().get())
        .getResultList();
    return named.size() == 1 ? ((Number) named.get(0)).longValue() : null;
  }

  private Long link(long routerId, ReceivedTrap trap) {
    List<?> ids;
    if (trap.ifName().isPresent()) {
      ids = em.createNativeQuery("SELECT id FROM access_link WHERE router_id = ?1 AND interface_name = ?2")
          .setParameter(1, routerId)
          .setParameter(2, trap.ifName().get())
          .getResultList();
      if (!ids.isEmpty()) {
        return ((Number) ids.get(0)).longValue();
      }
    }
    if (trap.ifIndex().isEmpty()) {
      return null;
    }
    ids = em.createNativeQuery("SELECT access_link_id FROM link_state WHERE router_id = ?1 AND if_index = ?2")
        .setParameter(1, routerId)
        .setParameter(2, trap.ifIndex().getAsInt())
        .getResultList();
    return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
  }
}
