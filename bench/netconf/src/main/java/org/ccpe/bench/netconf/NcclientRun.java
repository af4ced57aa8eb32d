package org.ccpe.bench.netconf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** python3-ncclient (Debian's, run by /usr/bin/python3) through the same plan, in its own process. */
final class NcclientRun {
  private static final Duration WHOLE_RUN_LIMIT = Duration.ofMinutes(10);

  private NcclientRun() {}

  static Result run(Path script, Path workDir, Target target, Plan plan, Duration timeout) throws IOException {
    Path workload = workDir.resolve("workload-" + target.name() + ".txt");
    List<String> lines = new ArrayList<>();
    for (String one : plan.one) {
      lines.add("one " + one);
    }
    for (String bulk : plan.bulk) {
      lines.add("bulk " + bulk);
    }
    lines.add("filter " + plan.filter);
    Files.write(workload, lines, StandardCharsets.UTF_8);
    Path output = workDir.resolve("ncclient-" + target.name() + ".out");
    Process process = new ProcessBuilder("/usr/bin/python3", script.toString(), target.host(),
        Integer.toString(target.port()), target.user(), target.password(), workload.toString(),
        Integer.toString(Plan.SETUPS), target.losesRpcWithHello() ? "0.05" : "0", Long.toString(timeout.toSeconds()))
        .redirectErrorStream(true).redirectOutput(output.toFile()).start();
    Result result = new Result();
    try {
      if (!process.waitFor(WHOLE_RUN_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.destroyForcibly();
        result.hangs++;
        result.failure = "ncclient did not finish within " + WHOLE_RUN_LIMIT;
        return result;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    for (String line : Files.readAllLines(output, StandardCharsets.UTF_8)) {
      String[] words = line.trim().split(" ");
      Samples samples = switch (words[0]) {
        case "setup" -> result.setup;
        case "edit_commit" -> result.editCommit;
        case "bulk" -> result.bulk;
        case "get" -> result.get;
        default -> null;
      };
      if (samples != null) {
        for (int i = 1; i < words.length; i++) {
          samples.addMillis(Double.parseDouble(words[i]));
        }
      } else if (words[0].equals("lost")) {
        result.lost = Integer.parseInt(words[1]);
      } else if (words[0].equals("errors")) {
        result.errors = Integer.parseInt(words[1]);
      }
    }
    if (process.exitValue() != 0) {
      result.failure = "ncclient exited with " + process.exitValue() + ", see " + output;
    }
    return result;
  }
}
