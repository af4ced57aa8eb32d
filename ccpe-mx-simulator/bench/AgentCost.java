import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ccpe.simulator.snmp.AuthProtocol;
import org.ccpe.simulator.snmp.PrivProtocol;
import org.ccpe.simulator.snmp.SimulatedSnmpAgent;
import org.snmp4j.CommunityTarget;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.SnmpConstants;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

/**
 * What the simulator's SNMP agents cost: N agents × M interfaces in this JVM, polled the way the
 * monitoring poller polls (sysUpTime + 11 IF-MIB columns by GETBULK, max-repetitions 25) by an
 * snmp4j manager, and walked by net-snmp's snmpbulkwalk (one after another, and 16 at a time).
 * Reports wall time and the CPU the agents' shared threads used.
 */
public class AgentCost {
  static final String[] COLUMNS = {"1.3.6.1.2.1.2.2.1.7", "1.3.6.1.2.1.2.2.1.8", "1.3.6.1.2.1.31.1.1.1.6",
      "1.3.6.1.2.1.31.1.1.1.10", "1.3.6.1.2.1.31.1.1.1.7", "1.3.6.1.2.1.31.1.1.1.11", "1.3.6.1.2.1.2.2.1.14",
      "1.3.6.1.2.1.2.2.1.20", "1.3.6.1.2.1.2.2.1.13", "1.3.6.1.2.1.2.2.1.19", "1.3.6.1.2.1.31.1.1.1.15"};

  public static void main(String[] args) throws Exception {
    int agents = Integer.parseInt(args[0]);
    int interfaces = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<SimulatedSnmpAgent> fleet = new ArrayList<>();
    long start = System.nanoTime();
    for (int a = 0; a < agents; a++) {
      SimulatedSnmpAgent agent = SimulatedSnmpAgent.builder().name("mx" + a).community("public")
          .usmUser("ncmon", AuthProtocol.SHA1, "authpass123", PrivProtocol.AES128, "privpass123")
          .interfaces(interfaces, i -> "ge-0/0/" + i + ".100").sparseIfIndex(true).start();
      agent.interfaces().forEach(i -> i.traffic(20e6, 5e6));
      fleet.add(agent);
    }
    System.out.printf("started %d agents x %d interfaces in %.0f ms; heap used %d MB; live threads %d%n", agents,
        interfaces, ms(start), used() >> 20, ManagementFactory.getThreadMXBean().getThreadCount());
    try (Snmp snmp = new Snmp(new DefaultUdpTransportMapping(new UdpAddress("127.0.0.1/0")))) {
      snmp.listen();
      for (int r = 0; r < rounds; r++) {
        long cpu = agentCpuNanos();
        long t = System.nanoTime();
        long bindings = 0;
        for (SimulatedSnmpAgent agent : fleet) {
          bindings += poll(snmp, agent.port());
        }
        System.out.printf("snmp4j poll, sequential: %.0f ms for %d agents (%d bindings), agents' CPU %.0f ms%n",
            ms(t), agents, bindings, (agentCpuNanos() - cpu) / 1e6);
      }
    }
    for (int parallel : new int[] {1, 16}) {
      for (String version : new String[] {"v2c", "v3"}) {
        long cpu = agentCpuNanos();
        long t = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        List<Future<Integer>> walks = new ArrayList<>();
        for (SimulatedSnmpAgent agent : fleet) {
          walks.add(pool.submit(() -> walk(version, agent.port())));
        }
        int failed = 0;
        for (Future<Integer> walk : walks) {
          failed += walk.get() == 0 ? 0 : 1;
        }
        pool.shutdown();
        System.out.printf("snmpbulkwalk %s of ifXTable (-Cr25), %2d at a time: %.0f ms for %d agents, agents' CPU %.0f ms, failed %d%n",
            version, parallel, ms(t), agents, (agentCpuNanos() - cpu) / 1e6, failed);
      }
    }
    fleet.forEach(SimulatedSnmpAgent::close);
  }

  /** One poll of an agent: GETBULK of the columns until every one has left its column. */
  static long poll(Snmp snmp, int port) throws Exception {
    CommunityTarget<UdpAddress> target = new CommunityTarget<>(new UdpAddress("127.0.0.1/" + port), new OctetString("public"));
    target.setVersion(SnmpConstants.version2c);
    target.setTimeout(3000);
    OID[] next = new OID[COLUMNS.length];
    boolean[] done = new boolean[COLUMNS.length];
    for (int c = 0; c < COLUMNS.length; c++) {
      next[c] = new OID(COLUMNS[c]);
    }
    long bindings = 0;
    for (int request = 0; request < 1000; request++) {
      List<Integer> open = new ArrayList<>();
      PDU pdu = new PDU();
      pdu.setType(PDU.GETBULK);
      pdu.setNonRepeaters(1);
      pdu.setMaxRepetitions(25);
      pdu.add(new VariableBinding(new OID("1.3.6.1.2.1.1.3")));
      for (int c = 0; c < COLUMNS.length; c++) {
        if (!done[c]) {
          open.add(c);
          pdu.add(new VariableBinding(next[c]));
        }
      }
      if (open.isEmpty()) {
        return bindings;
      }
      PDU response = snmp.send(pdu, target).getResponse();
      if (response == null) {
        throw new IllegalStateException("no answer from " + port);
      }
      List<? extends VariableBinding> vbs = response.getVariableBindings();
      bindings += vbs.size();
      for (int i = 1; i < vbs.size(); i++) {
        int c = open.get((i - 1) % open.size());
        VariableBinding vb = vbs.get(i);
        if (done[c]) {
          continue;
        }
        if (!vb.getOid().startsWith(new OID(COLUMNS[c])) || vb.isException()) {
          done[c] = true;
        } else {
          next[c] = vb.getOid();
        }
      }
    }
    throw new IllegalStateException("poll did not end");
  }

  static int walk(String version, int port) throws Exception {
    List<String> command = new ArrayList<>(List.of("snmpbulkwalk", "-On", "-Cr25", "-t", "5", "-r", "0"));
    command.addAll(version.equals("v2c") ? List.of("-v2c", "-c", "public")
        : List.of("-v3", "-l", "authPriv", "-u", "ncmon", "-a", "SHA", "-A", "authpass123", "-x", "AES", "-X", "privpass123"));
    command.addAll(List.of("127.0.0.1:" + port, "1.3.6.1.2.1.31.1.1.1"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    return process.waitFor();
  }

  static long agentCpuNanos() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sum = 0;
    for (var info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().startsWith("snmp-agent-")) {
        sum += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
      }
    }
    return sum;
  }

  static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }

  static long used() {
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
