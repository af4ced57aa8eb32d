package org.ccpe.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * A webhook receiver in the test JVM on a loopback port: records every POST it gets and answers
 * what the test tells it to (a status per request).
 */
final class WebhookReceiver implements AutoCloseable {
  /** One POST as received. */
  record Received(String path, String body, String event, String eventId, String delivery, String timestamp,
      String signature, int answered, Instant at) {}

  private final HttpServer server;
  private final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
  private volatile IntSupplier answer = () -> 200;

  WebhookReceiver() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    server.createContext("/", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      int status = answer.getAsInt();
      var h = exchange.getRequestHeaders();
      received.add(new Received(exchange.getRequestURI().getPath(), new String(body, StandardCharsets.UTF_8),
          h.getFirst("Ccpe-Event"), h.getFirst("Ccpe-Event-Id"), h.getFirst("Ccpe-Delivery"),
          h.getFirst("Ccpe-Timestamp"), h.getFirst("Ccpe-Signature"), status, Instant.now()));
      exchange.sendResponseHeaders(status, -1);
      exchange.close();
    });
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  void answer(IntSupplier statuses) {
    this.answer = statuses;
  }

  /** The next POST received, waiting at most {@code seconds}. */
  Received next(int seconds) throws InterruptedException {
    Received next = received.poll(seconds, TimeUnit.SECONDS);
    if (next == null) {
      throw new AssertionError("no webhook delivery within " + seconds + " s");
    }
    return next;
  }

  /** The next POST of event {@code eventId} or of type {@code type} on {@code path}, skipping others'. */
  Received next(String path, String type, int seconds) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      Received r = received.poll(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())),
          TimeUnit.MILLISECONDS);
      if (r != null && r.path().equals(path) && type.equals(r.event())) {
        return r;
      }
    }
    throw new AssertionError("no " + type + " delivery to " + path + " within " + seconds + " s");
  }

  List<Received> drain() {
    List<Received> all = new java.util.ArrayList<>();
    received.drainTo(all);
    return all;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
