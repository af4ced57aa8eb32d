package org.ccpe.simulator.snmp;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs Debian's net-snmp command-line tools, bounded in time, and reads their numeric output. */
final class NetSnmp {

    static final List<String> V3_SHA_AES = List.of("-v3", "-l", "authPriv", "-u", "ncmon", "-a", "SHA", "-A",
            "authpass123", "-x", "AES", "-X", "privpass123");

    private NetSnmp() {}

    record Result(int exitCode, String output) {
        /** {@code OID = TYPE: value} lines as [oid, rest]. */
        List<String[]> bindings() {
            List<String[]> bindings = new ArrayList<>();
            for (String line : output.split("\n")) {
                int equals = line.indexOf(" = ");
                if (line.startsWith(".") && equals > 0) {
                    bindings.add(new String[] {line.substring(1, equals), line.substring(equals + 3)});
                }
            }
            return bindings;
        }
    }

    static Result run(String tool, List<String> security, int port, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tool, "-On", "-t", "2", "-r", "0"));
        command.addAll(security);
        command.add("udp:127.0.0.1:" + port);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(tool + " did not finish in 20 s");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static Result v2c(String tool, int port, String... args) throws IOException, InterruptedException {
        return run(tool, List.of("-v2c", "-c", "public"), port, args);
    }

    static int freeUdpPort() throws IOException {
        try (DatagramSocket socket = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
