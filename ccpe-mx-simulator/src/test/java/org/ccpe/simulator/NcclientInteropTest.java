package org.ccpe.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The simulator held to what an independent client expects: Debian's python3-ncclient drives a
 * router through hello, lock, edit-config, diff, commit, get-config, a rejected commit and the
 * default (non-Junos) dialect. Installs python3-ncclient when missing and we are root (as CI is).
 */
@Timeout(120)
class NcclientInteropTest {

    private static final String PYTHON = "/usr/bin/python3";

    @Test
    void ncclientLocksEditsCommitsAndReadsBack() throws Exception {
        ensureNcclient();
        try (SimulatedRouter router = SimulatedRouter.builder("mx-ncclient").initialConfiguration(Fixtures.siteA()).start()) {
            List<String> lines = run(PYTHON, "src/test/python/ncclient_session.py", router.host(),
                    String.valueOf(router.port()), router.user(), router.password());
            for (String expected : List.of("base11=True", "junos=True", "lock=ok", "edit=ok", "diff-has-unit=True",
                    "commit=ok", "running-has-unit=True",
                    "bad-commit=rejected path=[edit interfaces ge-1/0/3 unit 221]", "unlock=ok",
                    "default-running-has-unit=True", "done")) {
                assertTrue(lines.contains(expected), () -> "missing '" + expected + "' in " + lines);
            }
            assertEquals(2, router.counters().commits());
            assertEquals(2, router.counters().sessionsOpened());
            assertTrue(router.runningConfiguration().contains("<name>230</name>"));
        }
    }

    private static void ensureNcclient() throws IOException, InterruptedException {
        if (exitCode(PYTHON, "-c", "import ncclient") == 0) {
            return;
        }
        if ("root".equals(System.getProperty("user.name"))) {
            exitCode("apt-get", "install", "-y", "--no-install-recommends", "python3-ncclient");
        }
        assertEquals(0, exitCode(PYTHON, "-c", "import ncclient"),
                "python3-ncclient is missing: apt-get install -y --no-install-recommends python3-ncclient");
    }

    private static int exitCode(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }

    private static List<String> run(String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("ncclient", ".out");
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
            boolean finished = p.waitFor(90, TimeUnit.SECONDS);
            if (!finished) {
                p.destroyForcibly();
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertTrue(finished, "ncclient script hung:\n" + text);
            assertEquals(0, p.exitValue(), "ncclient script failed:\n" + text);
            return text.lines().toList();
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
