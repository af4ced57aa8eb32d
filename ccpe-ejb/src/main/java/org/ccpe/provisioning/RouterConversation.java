package org.ccpe.provisioning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.ccpe.netconf.CommitOutcomeUnknownException;
import org.ccpe.netconf.Datastore;
import org.ccpe.netconf.Device;
import org.ccpe.netconf.Junos;
import org.ccpe.netconf.JunosCommit;
import org.ccpe.netconf.NetconfException;
import org.ccpe.netconf.NetconfSession;
import org.ccpe.netconf.Reply;
import org.ccpe.netconf.RpcError;
import org.ccpe.netconf.RpcErrorException;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One NETCONF session with one router that brings a {@link CommitBatch} onto it:
 *
 * <ol>
 *   <li>lock the candidate (held by someone else: every change waits and retries);
 *   <li>load every site's context in one edit and {@code commit check}; when the router refuses,
 *       the sites its errors point at fail with the router's text and path, the candidate is
 *       discarded, and the rest are loaded again — so one bad change never blocks the others;
 *   <li>record the diff, {@code commit confirmed}, read the result back, confirm;
 *   <li>discard whatever is left and unlock, whatever happened.
 * </ol>
 *
 * A commit whose reply never came is <em>unknown</em>, not failed: the router may have committed
 * it. The next attempt of such a change finds out by loading it again: an empty diff means the
 * router already runs it, and the confirming commit settles a confirmed commit still pending.
 *
 * <p>Plain Java (no container), so it is tested directly against the MX simulator.
 */
public final class RouterConversation {
  private static final Logger LOG = Logger.getLogger(RouterConversation.class.getName());

  private final SessionSource sessions;
  private final JunosConfigRenderer renderer;
  private final int confirmMinutes;
  private final Map<Long, ItemOutcome> outcomes = new LinkedHashMap<>();
  private final PhaseTimes phases;

  /** Where the conversation's session comes from: opened when asked, or already on its way. */
  @FunctionalInterface
  public interface SessionSource {
    NetconfSession open() throws NetconfException;
  }

  public RouterConversation(Device device, JunosConfigRenderer renderer, int confirmMinutes) {
    this(device::openSession, renderer, confirmMinutes, new PhaseTimes());
  }

  RouterConversation(SessionSource sessions, JunosConfigRenderer renderer, int confirmMinutes, PhaseTimes phases) {
    this.sessions = sessions;
    this.renderer = renderer;
    this.confirmMinutes = confirmMinutes;
    this.phases = phases;
  }

  /** Runs the conversation; every item of the batch gets exactly one outcome. */
  public List<ItemOutcome> run(CommitBatch batch) {
    phases.restart();
    try (NetconfSession session = sessions.open()) {
      phases.end("open");
      try {
        session.lock(Datastore.CANDIDATE);
        phases.end("lock");
      } catch (RpcErrorException refused) {
        decideRest(batch, item -> ItemOutcome.retry(item, "the router's configuration is locked: " + text(refused)));
        return result(batch);
      }
      try {
        commit(session, batch);
      } finally {
        quietly(session::discardChanges, "discard-changes");
        quietly(() -> session.unlock(Datastore.CANDIDATE), "unlock");
        phases.end("unlock");
      }
    } catch (CommitOutcomeUnknownException lost) {
      decideRest(batch, item -> ItemOutcome.unknown(item,
          "the router did not answer the commit: it may or may not have committed; checking again: " + lost.getMessage()));
    } catch (RpcErrorException refused) {
      decideRest(batch, item -> ItemOutcome.failed(item, "the router refused: " + text(refused), path(refused)));
    } catch (NetconfException | RuntimeException unreachable) {
      LOG.log(Level.FINE, "Conversation with " + batch.router() + " ended early", unreachable);
      decideRest(batch, item -> ItemOutcome.retry(item, "cannot talk to the router: " + describe(unreachable)));
    }
    return result(batch);
  }

  private void commit(NetconfSession session, CommitBatch batch) throws NetconfException {
    Junos junos = session.junos();
    List<BatchItem> remaining = new ArrayList<>(batch.items());
    for (int round = 0; !remaining.isEmpty() && round <= batch.items().size(); round++) {
      String configuration = renderer.renderCompact(
          remaining.stream().filter(i -> !i.removal()).map(BatchItem::context).toList(),
          remaining.stream().filter(BatchItem::removal).map(BatchItem::context).toList());
      phases.end("render");
      try {
        junos.loadConfiguration(Junos.LoadAction.REPLACE, configuration);
        phases.end("load");
        junos.commitConfiguration(JunosCommit.check());
        phases.end("check");
      } catch (RpcErrorException refused) {
        session.discardChanges();
        phases.end("refused");
        List<BatchItem> culprits = remaining.stream().filter(item -> isCulprit(item, refused)).toList();
        if (culprits.isEmpty() || culprits.size() == remaining.size()) {
          remaining.forEach(item -> decide(ItemOutcome.failed(item,
              redact("commit check failed: " + text(refused), batch), path(refused))));
          return;
        }
        culprits.forEach(item -> decide(ItemOutcome.failed(item,
            redact("commit check failed: " + text(refused), batch), path(refused))));
        remaining.removeAll(culprits);
        continue;
      }
      String diff = redact(junos.candidateDiff(), batch);
      phases.end("diff");
      junos.commitConfiguration(JunosCommit.commit()
          .confirmed(Duration.ofMinutes(confirmMinutes))
          .log("ccpe-selfcare " + batch.id()));
      phases.end("commit-confirmed");
      String unverified = verify(session, remaining);
      phases.end("verify");
      if (unverified != null) {
        // never confirm what we cannot see: roll back now rather than wait for the router's timer
        session.rpc("<load-configuration rollback=\"1\"/>");
        session.commit();
        remaining.forEach(item -> decide(ItemOutcome.failed(item, unverified, null)));
        return;
      }
      session.commit(); // confirms the confirmed commit
      phases.end("confirm");
      String message = diff.isBlank()
          ? "the router already runs this configuration (nothing to change)"
          : "committed (batch " + batch.id() + ", " + remaining.size() + " site(s))";
      DiffSections sections = DiffSections.of(diff, remaining);
      remaining.forEach(item -> decide(ItemOutcome.committed(item, sections.of(item), message)));
      phases.end("diff-sections");
      return;
    }
  }

  /** Router text without any site's secrets: every community of the batch masked. */
  private static String redact(String text, CommitBatch batch) {
    String redacted = text;
    for (BatchItem item : batch.items()) {
      redacted = item.context().redact(redacted);
    }
    return redacted;
  }

  /**
   * Reads back the routing instances of this batch, and only those (a router holds hundreds): the
   * changed sites' must be there, the removed ones gone. Names are read from the reply's DOM, not
   * from its text serialised again.
   */
  private String verify(NetconfSession session, List<BatchItem> items) throws NetconfException {
    Set<String> running = runningInstances(session.getConfig(Datastore.RUNNING, instanceFilter(items)));
    List<String> wrong = new ArrayList<>();
    for (BatchItem item : items) {
      boolean present = running.contains(item.routingInstance());
      if (present == item.removal()) {
        wrong.add(item.routingInstance() + (item.removal() ? " still present" : " missing"));
      }
    }
    return wrong.isEmpty() ? null : "verification after commit failed: " + String.join(", ", wrong);
  }

  /** A subtree filter selecting each item's routing instance by name, with its type only. */
  static String instanceFilter(List<BatchItem> items) {
    StringBuilder filter = new StringBuilder("<configuration><routing-instances>");
    items.stream().map(BatchItem::routingInstance).distinct().forEach(name -> filter.append("<instance><name>")
        .append(ConfigElement.escape(name)).append("</name><instance-type/></instance>"));
    return filter.append("</routing-instances></configuration>").toString();
  }

  /** The names of the routing instances in a get-config reply. */
  static Set<String> runningInstances(Reply reply) {
    Set<String> names = new HashSet<>();
    for (Element configuration : children(reply.data(), "configuration")) {
      for (Element instances : children(configuration, "routing-instances")) {
        for (Element instance : children(instances, "instance")) {
          children(instance, "name").forEach(name -> names.add(name.getTextContent().strip()));
        }
      }
    }
    return names;
  }

  private static List<Element> children(Element parent, String localName) {
    List<Element> found = new ArrayList<>();
    if (parent != null) {
      for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child instanceof Element e && localName.equals(e.getLocalName())) {
          found.add(e);
        }
      }
    }
    return found;
  }

  /** Whether the router's refusal points at this site's objects. */
  static boolean isCulprit(BatchItem item, RpcErrorException refused) {
    SiteContext site = item.context();
    for (RpcError error : refused.errors()) {
      String where = String.join(" ", nullToEmpty(error.path()), nullToEmpty(error.message()),
          String.join(" ", error.info().values()));
      if (where.contains(site.routingInstance())) {
        return true;
      }
      for (SiteContext.Link link : site.accessLinks()) {
        if (where.contains(link.interfaceName())
            || (where.contains(link.physicalPort()) && where.contains("unit " + link.unit()))) {
          return true;
        }
      }
      if (where.contains("irb.") && where.contains("irb." + site.irbUnit())
          || where.contains("irb unit " + site.irbUnit())) {
        return true;
      }
    }
    return false;
  }

  private void decide(ItemOutcome outcome) {
    outcomes.putIfAbsent(outcome.item().newestJobId(), outcome);
  }

  private void decideRest(CommitBatch batch, java.util.function.Function<BatchItem, ItemOutcome> outcome) {
    batch.items().forEach(item -> decide(outcome.apply(item)));
  }

  private List<ItemOutcome> result(CommitBatch batch) {
    return batch.items().stream().map(item -> outcomes.get(item.newestJobId())).toList();
  }

  private static String text(RpcErrorException refused) {
    return refused.errors().stream()
        .map(e -> (e.path() == null ? "" : e.path() + ": ") + nullToEmpty(e.message()).strip())
        .collect(Collectors.joining("; "));
  }

  private static String path(RpcErrorException refused) {
    return refused.errors().stream().map(RpcError::path).filter(p -> p != null && !p.isBlank())
        .findFirst().orElse(null);
  }

  private static String describe(Exception e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static String nullToEmpty(String text) {
    return text == null ? "" : text;
  }

  private interface NetconfCall {
    Object run() throws NetconfException;
  }

  private static void quietly(NetconfCall call, String what) {
    try {
      call.run();
    } catch (NetconfException | RuntimeException e) {
      LOG.log(Level.FINE, what + " after the commit failed", e);
    }
  }
}
