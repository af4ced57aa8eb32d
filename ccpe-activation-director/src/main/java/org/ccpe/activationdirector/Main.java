package org.ccpe.activationdirector;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the source from the command line until stopped:
 * {@code java -jar ccpe-activation-director.jar --port 8089 --seed examples/customers.json
 * [--user U --password P]}. Without {@code --password} one is made up and printed.
 */
public final class Main {
  private Main() {}

  public static void main(String[] args) throws Exception {
    int port = 8089;
    Path seedFile = null;
    String user = ActivationDirectorServer.DEFAULT_USER;
    String password = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(required(args[i], value));
        case "--seed" -> seedFile = Path.of(required(args[i], value));
        case "--user" -> user = required(args[i], value);
        case "--password" -> password = required(args[i], value);
        case "--help", "-h" -> {
          usage();
          return;
        }
        default -> {
          System.err.println("unknown option " + args[i]);
          usage();
          System.exit(2);
        }
      }
      i++;
    }
    if (password == null) {
      byte[] random = new byte[9];
      new SecureRandom().nextBytes(random);
      password = HexFormat.of().formatHex(random);
    }
    Seed seed = seedFile == null ? new Seed(List.of()) : Seed.load(seedFile);
    ActivationDirectorServer server = ActivationDirectorServer.start(port, seed, user, password);
    System.out.println("activation director at " + server.baseUrl() + " ("
        + seed.customers().size() + " customers), user " + user + ", password " + password);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      stopped.countDown();
    }));
    stopped.await();
  }

  private static String required(String option, String value) {
    if (value == null) {
      System.err.println(option + " needs a value");
      System.exit(2);
    }
    return value;
  }

  private static void usage() {
    System.err.println("usage: --port N (8089; 0 = any) --seed FILE.json|FILE.xml --user U (director) --password P (random)");
  }
}
