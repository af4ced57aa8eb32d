package org.ccpe.monitoring.snmp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.ScopedPDU;
import org.snmp4j.Snmp;
import org.snmp4j.Target;
import org.snmp4j.UserTarget;
import org.snmp4j.event.ResponseEvent;
import org.snmp4j.event.ResponseListener;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.security.SecurityLevel;
import org.snmp4j.security.USM;
import org.snmp4j.security.UsmUser;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * Polls many agents' IF-MIB over one UDP socket, asynchronously.
 *
 * <p>Every request is sent with a {@link ResponseListener}; replies and timeouts arrive on
 * snmp4j's listener and timer threads, which only parse and send the next request. So 100 routers
 * cost no 100 threads, and a dead router only costs its own timeouts. Per agent at most {@link
 * AgentTarget#maxOutstanding()} requests are in flight (the rest queue in its {@link AgentLane}).
 * The one blocking step, SNMPv3 engine-ID discovery, happens once per agent on a small pool.
 *
 * <p>How one poll goes is {@link PollRun}'s business; this class owns the session, the lanes and
 * the plumbing from a request to a {@link CompletableFuture}.
 */
public final class SnmpPoller implements AutoCloseable {

  /** Values per request unless an agent answers tooBig; ~7 KB responses, well inside one datagram. */
  public static final int DEFAULT_MAX_VARBINDS = 16 * IfMib.READ_COLUMNS.size();

  private static final Logger LOG = Logger.getLogger(SnmpPoller.class.getName());
  private static final int RECEIVE_BUFFER_BYTES = 4 << 20;

  private final Snmp snmp;
  private final USM usm;
  private final int maxVarbinds;
  private final Clock clock;
  private final Map<String, AgentLane> lanes = new ConcurrentHashMap<>();
  private final Map<String, SnmpCredentials.V3> installedUsers = new ConcurrentHashMap<>();
  private final ExecutorService discovery =
      Executors.newFixedThreadPool(
          4,
          r -> {
            Thread t = new Thread(r, "snmp-engine-discovery");
            t.setDaemon(true);
            return t;
          });

  /** A poller on an ephemeral local UDP port with the default request size. */
  public SnmpPoller() {
    this(DEFAULT_MAX_VARBINDS, Clock.systemUTC());
  }

  /**
   * @param maxVarbinds values per request at most (fewer for an agent that answered tooBig)
   */
  public SnmpPoller(int maxVarbinds, Clock clock) {
    if (maxVarbinds < IfMib.READ_COLUMNS.size()) {
      throw new IllegalArgumentException(
          "maxVarbinds: at least " + IfMib.READ_COLUMNS.size() + ", was " + maxVarbinds);
    }
    this.maxVarbinds = maxVarbinds;
    this.clock = clock;
    try {
      DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping();
      transport.setReceiveBufferSize(RECEIVE_BUFFER_BYTES);
      transport.setMaxInboundMessageSize(65535);
      snmp = SnmpStack.open(transport);
      usm = snmp.getUSM();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the SNMP poller's UDP socket", e);
    }
  }

  /**
   * Reads {@code plan} from {@code target}. The stage never completes exceptionally: an agent that
   * does not answer, refuses our credentials or answers nonsense gives {@link
   * PollOutcome.Unreachable}.
   */
  public CompletionStage<PollOutcome> poll(AgentTarget target, PollPlan plan) {
    AgentLane lane = laneOf(target);
    Instant started = clock.instant();
    return snmpTarget(lane, target)
        .thenCompose(t -> new PollRun(this, lane, target, t, plan, started).run())
        .exceptionally(e -> unreachable(lane, e));
  }

  /** What the poller remembers of an agent (for tests and diagnostics). */
  AgentLane laneOf(AgentTarget target) {
    return lanes.computeIfAbsent(
        target.host() + "/" + target.port(),
        k -> new AgentLane(new UdpAddress(target.host() + "/" + target.port()), maxVarbinds));
  }

  Instant now() {
    return clock.instant();
  }

  /** Sends {@code pdu} when the lane has room; completes with the response or an {@link AgentFailure}. */
  CompletableFuture<PDU> send(AgentLane lane, AgentTarget agent, Target<UdpAddress> to, PDU pdu) {
    CompletableFuture<PDU> result = new CompletableFuture<>();
    lane.submit(
        agent.maxOutstanding(),
        () -> {
          ResponseListener listener =
              new ResponseListener() {
                @Override
                public <A extends Address> void onResponse(ResponseEvent<A> event) {
                  snmp.cancel(event.getRequest(), this);
                  lane.release();
                  settle(result, event, agent);
                }
              };
          try {
            snmp.send(pdu, to, null, listener);
          } catch (IOException | RuntimeException e) {
            lane.release();
            result.completeExceptionally(new AgentFailure("cannot send: " + e.getMessage()));
          }
        });
    return result;
  }

  /** A new request PDU of the right kind for the target (scoped for SNMPv3). */
  static PDU pdu(Target<UdpAddress> to, int type) {
    PDU pdu = to.getVersion() == SnmpConstants.version3 ? new ScopedPDU() : new PDU();
    pdu.setType(type);
    return pdu;
  }

  private static void settle(CompletableFuture<PDU> result, ResponseEvent<?> event, AgentTarget agent) {
    PDU response = event.getResponse();
    if (response == null) {
      Exception error = event.getError();
      result.completeExceptionally(
          new AgentFailure(
              error == null
                  ? "timeout after " + agent.retries() + " retries"
                  : "request failed: " + error.getMessage()));
    } else if (response.getType() == PDU.REPORT) {
      result.completeExceptionally(new AgentFailure(reportReason(response)));
    } else {
      result.complete(response);
    }
  }

  /** RFC 3414's usmStats counters, as an agent's report names them, in words. */
  private static final Map<OID, String> REPORTS =
      Map.of(
          SnmpConstants.usmStatsWrongDigests,
          "authentication failure (wrong digest: check the auth passphrase)",
          SnmpConstants.usmStatsUnknownUserNames,
          "authentication failure (unknown user)",
          SnmpConstants.usmStatsUnsupportedSecLevels,
          "authentication failure (security level not supported for this user)",
          SnmpConstants.usmStatsDecryptionErrors,
          "privacy failure (decryption error: check the priv passphrase and protocol)",
          SnmpConstants.usmStatsUnknownEngineIDs,
          "unknown engine ID",
          SnmpConstants.usmStatsNotInTimeWindows,
          "not in time window");

  /** An SNMPv3 report in words. */
  static String reportReason(PDU report) {
    OID oid = report.size() > 0 ? report.get(0).getOid() : new OID();
    return REPORTS.entrySet().stream()
        .filter(e -> oid.startsWith(e.getKey()))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElse("agent reported " + oid);
  }

  private CompletableFuture<Target<UdpAddress>> snmpTarget(AgentLane lane, AgentTarget agent) {
    long timeoutMillis = agent.timeout().toMillis();
    if (agent.credentials() instanceof SnmpCredentials.V2c v2c) {
      CommunityTarget<UdpAddress> t =
          new CommunityTarget<>(lane.address, new OctetString(v2c.community()));
      t.setVersion(SnmpConstants.version2c);
      t.setTimeout(timeoutMillis);
      t.setRetries(agent.retries());
      return CompletableFuture.completedFuture(t);
    }
    SnmpCredentials.V3 v3 = (SnmpCredentials.V3) agent.credentials();
    CompletableFuture<byte[]> engineId =
        lane.engineId() != null
            ? CompletableFuture.completedFuture(lane.engineId())
            : CompletableFuture.supplyAsync(() -> discover(lane, agent), discovery);
    return engineId.thenApply(
        id -> {
          installUser(id, v3);
          UserTarget<UdpAddress> t =
              new UserTarget<>(
                  lane.address, new OctetString(v3.user()), id, SecurityLevel.AUTH_PRIV);
          t.setVersion(SnmpConstants.version3);
          t.setTimeout(timeoutMillis);
          t.setRetries(agent.retries());
          return t;
        });
  }

  /** RFC 3414 discovery: the agent's engine ID, which keys are localised to. Blocks; runs once. */
  private byte[] discover(AgentLane lane, AgentTarget agent) {
    long waitMillis = agent.timeout().toMillis() * (agent.retries() + 1);
    byte[] id = snmp.discoverAuthoritativeEngineID(lane.address, waitMillis);
    if (id == null || id.length == 0) {
      throw new AgentFailure(
          "timeout after " + agent.retries() + " retries (SNMPv3 engine ID discovery)");
    }
    lane.engineId(id);
    return id;
  }

  /** Keys are localised per engine: same user name on two routers, two entries. */
  private void installUser(byte[] engineId, SnmpCredentials.V3 v3) {
    String key = OctetString.fromByteArray(engineId).toHexString() + "/" + v3.user();
    SnmpCredentials.V3 installed = installedUsers.get(key);
    if (v3.equals(installed)) {
      return;
    }
    synchronized (usm) {
      OctetString name = new OctetString(v3.user());
      OctetString engine = new OctetString(engineId);
      usm.removeAllUsers(name, engine);
      usm.addUser(
          name,
          engine,
          new UsmUser(
              name,
              SnmpStack.authProtocol(v3.auth()),
              new OctetString(v3.authPassphrase()),
              SnmpStack.privProtocol(v3.priv()),
              new OctetString(v3.privPassphrase())));
      installedUsers.put(key, v3);
    }
  }

  private PollOutcome unreachable(AgentLane lane, Throwable e) {
    Throwable cause = e instanceof CompletionException && e.getCause() != null ? e.getCause() : e;
    String reason;
    if (cause instanceof AgentFailure failure) {
      reason = failure.getMessage();
      if (reason.startsWith("unknown engine ID") || reason.startsWith("authentication failure")) {
        lane.engineId(null); // the agent may have been replaced: discover again next time
      }
    } else {
      LOG.log(Level.WARNING, "SNMP poll of " + lane.address + " failed unexpectedly", cause);
      reason = "poller error: " + cause;
    }
    return new PollOutcome.Unreachable(clock.instant(), reason);
  }

  @Override
  public void close() {
    discovery.shutdownNow();
    try {
      snmp.close();
    } catch (IOException e) {
      LOG.log(Level.FINE, "closing the SNMP session", e);
    }
  }
}
