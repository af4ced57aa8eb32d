package org.ccpe.monitoring.snmp;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.snmp4j.PDU;
import org.snmp4j.Target;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.TimeTicks;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.Variable;
import org.snmp4j.smi.VariableBinding;

/**
 * One poll of one agent.
 *
 * <p>Names are resolved to ifIndexes (a walk of ifName, then ifDescr for names ifName lacks) only
 * when the plan does not know every name's index, or when what the counters' GET shows says the
 * knowledge is stale: the agent restarted (sysUpTime went back; an MX may renumber after a
 * reboot) or a known index carries another name now. That check costs nothing extra, because
 * the names are read in the same GET as the counters. Counters are read with GETs of exactly the
 * plan's indexes, many interfaces per request and several requests in flight: an MX has many
 * interfaces that are no access links, so walking whole columns would mostly read what nobody
 * asked for.
 */
final class PollRun {

  private static final int MAX_WALK_ROWS = 200_000;
  /** Agents commonly cap GETBULK at this many repetitions (net-snmp does); fewer is not a fault. */
  private static final int USUAL_REPETITION_CAP = 100;

  private final SnmpPoller poller;
  private final AgentLane lane;
  private final AgentTarget agent;
  private final Target<UdpAddress> to;
  private final PollPlan plan;
  private final Instant started;

  PollRun(
      SnmpPoller poller,
      AgentLane lane,
      AgentTarget agent,
      Target<UdpAddress> to,
      PollPlan plan,
      Instant started) {
    this.poller = poller;
    this.lane = lane;
    this.agent = agent;
    this.to = to;
    this.plan = plan;
    this.started = started;
  }

  CompletableFuture<PollOutcome> run() {
    Map<String, Integer> known = new HashMap<>(plan.knownIfIndex());
    known.keySet().retainAll(plan.interfaceNames());
    if (!plan.interfaceNames().isEmpty() && known.size() == plan.interfaceNames().size()) {
      return read(known)
          .thenCompose(
              first -> {
                boolean restarted = wentBack(first.sysUpTime);
                if (!restarted && first.stale.isEmpty()) {
                  return CompletableFuture.completedFuture(reached(first, false, known, Set.of()));
                }
                return resolveAndRead(restarted);
              });
    }
    return upTime()
        .thenCompose(
            up ->
                plan.interfaceNames().isEmpty()
                    ? CompletableFuture.completedFuture(
                        reached(
                            new Counters(up, poller.now(), Map.of(), Set.of()),
                            wentBack(up),
                            Map.of(),
                            Set.of()))
                    : resolveAndRead(wentBack(up)));
  }

  private boolean wentBack(long sysUpTime) {
    return plan.lastSysUpTimeTicks().isPresent()
        && Long.compareUnsigned(sysUpTime, plan.lastSysUpTimeTicks().getAsLong()) < 0;
  }

  private CompletableFuture<PollOutcome> resolveAndRead(boolean restarted) {
    return resolve()
        .thenCompose(
            index ->
                read(index)
                    .thenApply(
                        counters -> {
                          Set<String> notFound = new HashSet<>(plan.interfaceNames());
                          notFound.removeAll(index.keySet());
                          notFound.addAll(counters.stale); // renamed between walk and GET
                          Map<String, Integer> found = new HashMap<>(index);
                          found.keySet().removeAll(counters.stale);
                          return reached(counters, restarted, found, notFound);
                        }));
  }

  private PollOutcome reached(
      Counters counters, boolean restarted, Map<String, Integer> index, Set<String> notFound) {
    return new PollOutcome.Reached(
        counters.at,
        counters.sysUpTime,
        restarted,
        index,
        counters.readings,
        notFound,
        Duration.between(started, poller.now()));
  }

  // ---- sysUpTime

  private CompletableFuture<Long> upTime() {
    PDU pdu = SnmpPoller.pdu(to, PDU.GET);
    pdu.add(new VariableBinding(IfMib.SYS_UP_TIME_0));
    return poller.send(lane, agent, to, pdu).thenApply(PollRun::sysUpTimeOf);
  }

  private static long sysUpTimeOf(PDU response) {
    Variable up = response.size() > 0 ? response.get(0).getVariable() : null;
    if (!(up instanceof TimeTicks)) {
      throw new AgentFailure("agent answered without sysUpTime.0");
    }
    return up.toLong();
  }

  // ---- reading counters

  /** What the GETs of one poll read. {@code stale}: names whose index carries another name now. */
  private record Counters(
      long sysUpTime, Instant at, Map<String, InterfaceReading> readings, Set<String> stale) {}

  private record Chunk(Long sysUpTime, List<InterfaceReading> readings, List<String> stale) {}

  private CompletableFuture<Counters> read(Map<String, Integer> index) {
    List<Map.Entry<String, Integer>> rows = new ArrayList<>(index.entrySet());
    rows.sort(Map.Entry.comparingByValue());
    int perRequest = Math.max(1, lane.maxVarbinds() / IfMib.READ_COLUMNS.size());
    List<CompletableFuture<Chunk>> chunks = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += perRequest) {
      chunks.add(readChunk(rows.subList(from, Math.min(rows.size(), from + perRequest)), from == 0));
    }
    return CompletableFuture.allOf(chunks.toArray(CompletableFuture[]::new))
        .thenCompose(
            done -> {
              long upTime = 0;
              List<InterfaceReading> readings = new ArrayList<>();
              Set<String> stale = new HashSet<>();
              for (CompletableFuture<Chunk> c : chunks) {
                Chunk chunk = c.join();
                if (chunk.sysUpTime != null) {
                  upTime = chunk.sysUpTime;
                }
                readings.addAll(chunk.readings);
                stale.addAll(chunk.stale);
              }
              long sysUpTime = upTime;
              return add32BitCounters(readings)
                  .thenApply(
                      all -> {
                        Map<String, InterfaceReading> byName = new HashMap<>();
                        all.forEach(r -> byName.put(r.name(), r));
                        return new Counters(sysUpTime, poller.now(), byName, stale);
                      });
            });
  }

  private CompletableFuture<Chunk> readChunk(
      List<Map.Entry<String, Integer>> rows, boolean withUpTime) {
    PDU pdu = SnmpPoller.pdu(to, PDU.GET);
    if (withUpTime) {
      pdu.add(new VariableBinding(IfMib.SYS_UP_TIME_0));
    }
    for (Map.Entry<String, Integer> row : rows) {
      for (OID column : IfMib.READ_COLUMNS) {
        pdu.add(new VariableBinding(IfMib.instance(column, row.getValue())));
      }
    }
    return poller
        .send(lane, agent, to, pdu)
        .thenCompose(
            response -> {
              if (response.getErrorStatus() == PDU.tooBig && rows.size() > 1) {
                lane.shrinkTo(pdu.size() / 2);
                int half = rows.size() / 2;
                return readChunk(rows.subList(0, half), withUpTime)
                    .thenCombine(readChunk(rows.subList(half, rows.size()), false), PollRun::merge);
              }
              expectComplete(pdu, response);
              List<? extends VariableBinding> values = response.getVariableBindings();
              Long upTime = withUpTime ? sysUpTimeOf(response) : null;
              int at = withUpTime ? 1 : 0;
              List<InterfaceReading> readings = new ArrayList<>();
              List<String> stale = new ArrayList<>();
              for (Map.Entry<String, Integer> row : rows) {
                List<? extends VariableBinding> columns =
                    values.subList(at, at + IfMib.READ_COLUMNS.size());
                at += IfMib.READ_COLUMNS.size();
                if (ReadingColumns.nameMatches(columns, row.getKey())) {
                  readings.add(ReadingColumns.reading(row.getValue(), row.getKey(), columns));
                } else {
                  stale.add(row.getKey());
                }
              }
              return CompletableFuture.completedFuture(new Chunk(upTime, readings, stale));
            });
  }

  private static Chunk merge(Chunk a, Chunk b) {
    List<InterfaceReading> readings = new ArrayList<>(a.readings);
    readings.addAll(b.readings);
    List<String> stale = new ArrayList<>(a.stale);
    stale.addAll(b.stale);
    return new Chunk(a.sysUpTime != null ? a.sysUpTime : b.sysUpTime, readings, stale);
  }

  /** The 32-bit counters, only for interfaces whose agent lacks the HC ones (RFC 2863 allows it). */
  private CompletableFuture<List<InterfaceReading>> add32BitCounters(
      List<InterfaceReading> readings) {
    List<InterfaceReading> lacking =
        readings.stream().filter(r -> !r.hasHighCapacityCounters()).toList();
    if (lacking.isEmpty()) {
      return CompletableFuture.completedFuture(readings);
    }
    List<InterfaceReading> complete = new ArrayList<>(readings);
    complete.removeAll(lacking);
    int perRequest = Math.max(1, lane.maxVarbinds() / IfMib.COUNTER32_COLUMNS.size());
    List<CompletableFuture<List<InterfaceReading>>> parts = new ArrayList<>();
    for (int from = 0; from < lacking.size(); from += perRequest) {
      List<InterfaceReading> part =
          lacking.subList(from, Math.min(lacking.size(), from + perRequest));
      PDU pdu = SnmpPoller.pdu(to, PDU.GET);
      part.forEach(
          r ->
              IfMib.COUNTER32_COLUMNS.forEach(
                  c -> pdu.add(new VariableBinding(IfMib.instance(c, r.ifIndex())))));
      parts.add(
          poller
              .send(lane, agent, to, pdu)
              .thenApply(
                  response -> {
                    expectComplete(pdu, response);
                    List<InterfaceReading> filled = new ArrayList<>();
                    int n = IfMib.COUNTER32_COLUMNS.size();
                    for (int i = 0; i < part.size(); i++) {
                      filled.add(
                          ReadingColumns.with32BitCounters(
                              part.get(i), response.getVariableBindings().subList(i * n, i * n + n)));
                    }
                    return filled;
                  }));
    }
    return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new))
        .thenApply(
            done -> {
              parts.forEach(p -> complete.addAll(p.join()));
              return complete;
            });
  }

  private static void expectComplete(PDU request, PDU response) {
    if (response.getErrorStatus() != PDU.noError) {
      throw new AgentFailure(
          "agent answered " + response.getErrorStatusText() + " to a GET of " + request.size()
              + " values");
    }
    if (response.size() != request.size()) {
      throw new AgentFailure(
          "agent answered " + response.size() + " of " + request.size() + " values");
    }
  }

  // ---- resolving names to ifIndexes

  private CompletableFuture<Map<String, Integer>> resolve() {
    Map<String, Integer> index = new HashMap<>();
    return walk(IfMib.IF_NAME)
        .thenCompose(
            names -> {
              collect(names, IfMib.IF_NAME, index);
              if (index.keySet().containsAll(plan.interfaceNames())) {
                return CompletableFuture.completedFuture(index);
              }
              return walk(IfMib.IF_DESCR)
                  .thenApply(
                      descriptions -> {
                        collect(descriptions, IfMib.IF_DESCR, index);
                        return index;
                      });
            });
  }

  /** Adds the plan's names found in a walked column; ifName's answer wins over ifDescr's. */
  private void collect(List<VariableBinding> column, OID columnOid, Map<String, Integer> index) {
    for (VariableBinding vb : column) {
      String name = vb.getVariable().toString();
      if (plan.interfaceNames().contains(name) && vb.getOid().size() == columnOid.size() + 1) {
        index.putIfAbsent(name, vb.getOid().last());
      }
    }
  }

  /** All rows of one column: GETBULK while the agent answers it well, GETNEXT after. */
  private CompletableFuture<List<VariableBinding>> walk(OID column) {
    return step(column, column, new ArrayList<>());
  }

  private CompletableFuture<List<VariableBinding>> step(
      OID column, OID from, List<VariableBinding> rows) {
    boolean bulk = lane.getBulkFault() == null;
    PDU pdu = SnmpPoller.pdu(to, bulk ? PDU.GETBULK : PDU.GETNEXT);
    pdu.add(new VariableBinding(from));
    if (bulk) {
      pdu.setNonRepeaters(0);
      pdu.setMaxRepetitions(agent.maxRepetitions());
    }
    return poller
        .send(lane, agent, to, pdu)
        .handle(
            (response, failure) -> {
              if (failure != null) {
                if (bulk && isTimeout(failure)) {
                  lane.avoidGetBulk("no answer to GETBULK");
                  return step(column, from, rows); // a dead agent fails the GETNEXT as well
                }
                return CompletableFuture.<List<VariableBinding>>failedFuture(failure);
              }
              String fault = bulk ? getBulkFault(pdu, response, column, from) : null;
              if (fault != null && !fault.startsWith("truncated")) {
                lane.avoidGetBulk(fault);
                return step(column, from, rows);
              }
              if (fault != null) {
                lane.avoidGetBulk(fault); // the rows it did send are good
              }
              if (!bulk && response.getErrorStatus() != PDU.noError) {
                return CompletableFuture.<List<VariableBinding>>failedFuture(
                    new AgentFailure("agent answered " + response.getErrorStatusText() + " to GETNEXT"));
              }
              OID last = from;
              for (VariableBinding vb : response.getVariableBindings()) {
                if (vb.isException() || !vb.getOid().startsWith(column)) {
                  return CompletableFuture.completedFuture(rows);
                }
                if (vb.getOid().compareTo(last) <= 0) {
                  return CompletableFuture.<List<VariableBinding>>failedFuture(
                      new AgentFailure("agent walked backwards at " + vb.getOid()));
                }
                rows.add(vb);
                last = vb.getOid();
              }
              if (rows.size() > MAX_WALK_ROWS || last.equals(from)) {
                return CompletableFuture.<List<VariableBinding>>failedFuture(
                    new AgentFailure("walk of " + column + " does not end"));
              }
              return step(column, last, rows);
            })
        .thenCompose(f -> f);
  }

  /** Null when a GETBULK answer looks right, else what is wrong with it. */
  private static String getBulkFault(PDU request, PDU response, OID column, OID from) {
    if (response.getErrorStatus() != PDU.noError) {
      return "GETBULK answered " + response.getErrorStatusText();
    }
    List<? extends VariableBinding> vbs = response.getVariableBindings();
    if (vbs.isEmpty()) {
      return "empty answer to GETBULK";
    }
    if (vbs.size() > request.getMaxRepetitions()) {
      return "GETBULK ignored max-repetitions (asked "
          + request.getMaxRepetitions()
          + ", got "
          + vbs.size()
          + ")";
    }
    OID previous = from;
    for (VariableBinding vb : vbs) {
      if (vb.getOid().compareTo(previous) <= 0) {
        return "GETBULK answer out of order";
      }
      previous = vb.getOid();
    }
    VariableBinding last = vbs.get(vbs.size() - 1);
    boolean columnGoesOn = !last.isException() && last.getOid().startsWith(column);
    int expected = Math.min(request.getMaxRepetitions(), USUAL_REPETITION_CAP);
    if (columnGoesOn && vbs.size() * 2 < expected) {
      return "truncated GETBULK answers (asked " + request.getMaxRepetitions() + ", got " + vbs.size()
          + ")";
    }
    return null;
  }

  private static boolean isTimeout(Throwable failure) {
    Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
    return cause instanceof AgentFailure && cause.getMessage().startsWith("timeout");
  }
}
