package org.ccpe.netconf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The message layer of one session: exchanges hellos, picks the framing, sends {@code <rpc>}s with
 * fresh {@code message-id}s and hands each {@code <rpc-reply>} to the caller waiting for that id.
 * Replies are decoded and routed as they arrive, on the transport's receiving thread (for SSH, the
 * SSH library's I/O thread: no thread of ours in between, so a reply wakes its caller directly),
 * so a caller that gave up (timeout) never leaves a stale reply in the way of the next call. Only
 * the root tag is read there; the caller checks its reply for errors on its own thread.
 */
final class RpcExchange implements AutoCloseable {
  /** Reads nothing on any server: a subtree filter on a namespace no server has selects nothing. */
  static final String PROBE = "<get-config><source><running/></source><filter type=\"subtree\">"
      + "<probe xmlns=\"urn:ccpe:netconf:probe\"/></filter></get-config>";
  private static final Duration FIRST_PROBE_WAIT = Duration.ofMillis(10);
  /** How often the send watchdog looks at the writes in progress: a stuck send ends at most this late. */
  private static final Duration WATCHDOG_TICK = Duration.ofMillis(50);
  private static final java.util.Set<RpcExchange> WRITING = ConcurrentHashMap.newKeySet();
  private static final ScheduledThreadPoolExecutor SEND_WATCHDOG = sendWatchdog();

  private final Transport transport;
  private final MessageDecoder decoder;
  private boolean helloSeen; // receiving side only, under its lock
  private final Map<String, CompletableFuture<byte[]>> pending = new ConcurrentHashMap<>();
  private final CompletableFuture<Hello> serverHello = new CompletableFuture<>();
  private final AtomicLong lastMessageId = new AtomicLong();
  private final Object writeLock = new Object();
  private volatile Framing framing = Framing.END_OF_MESSAGE;
  private volatile NetconfException endedBy;
  private volatile boolean sendTimedOut;
  private volatile long writeDeadline; // System.nanoTime() by which the write in progress must end; 0: none

  private RpcExchange(Transport transport, int maxMessageSize) {
    this.transport = transport;
    this.decoder = new MessageDecoder(maxMessageSize);
  }

  /**
   * Sends our hello, waits for the server's and switches to the framing both support. With
   * {@code probe}, it then proves the server reads our rpcs before handing the session out: some
   * servers (yuma123 netconfd) silently drop an rpc that reaches them in the same read as the
   * client's hello, and under load no fixed pause after the hello is long enough to rule that out.
   */
  static RpcExchange open(Transport transport, int maxMessageSize, Duration helloTimeout, boolean probe)
      throws NetconfException {
    RpcExchange exchange = new RpcExchange(transport, maxMessageSize);
    try {
      exchange.write(Hello.clientHelloXml());
      transport.start(exchange.new Incoming());
      Hello hello = await(exchange.serverHello, helloTimeout, "hello");
      exchange.framing = hello.framing();
      if (probe) {
        exchange.probe(helloTimeout);
      }
      return exchange;
    } catch (NetconfException | RuntimeException e) {
      exchange.close();
      throw e;
    } catch (IOException e) {
      exchange.close();
      throw new SessionClosedException("cannot send our hello to " + transport.peer() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Sends {@link #PROBE} until one copy is answered (any reply counts, an rpc-error too), waiting
   * twice as long after each copy, within {@code limit}. A copy the server dropped is simply
   * followed by the next; one answered late is harmless, since the probe reads nothing.
   */
  private void probe(Duration limit) throws NetconfException, IOException {
    CompletableFuture<byte[]> answered = new CompletableFuture<>();
    List<String> ids = new ArrayList<>();
    long deadline = System.nanoTime() + limit.toNanos();
    Duration wait = FIRST_PROBE_WAIT;
    try {
      while (true) {
        String id = Long.toString(lastMessageId.incrementAndGet());
        ids.add(id);
        pending.put(id, answered);
        write(rpc(id, PROBE));
        Duration left = Duration.ofNanos(deadline - System.nanoTime());
        try {
          await(answered, wait.compareTo(left) < 0 ? wait : left, "probe after hello");
          return;
        } catch (ReplyTimeoutException e) {
          if (left.compareTo(wait) <= 0) {
            throw new ReplyTimeoutException("the probe after hello (" + ids.size() + " sent)", limit);
          }
        }
        wait = wait.multipliedBy(2);
      }
    } finally {
      ids.forEach(pending::remove);
    }
  }

  Hello hello() {
    return serverHello.join();
  }

  Framing framing() {
    return framing;
  }

  /**
   * Sends {@code <rpc>} around {@code operationXml} and waits for its reply; the send and the
   * wait for the reply each get {@code timeout}.
   *
   * @return the {@code <rpc-reply>} message as received, not yet checked for errors
   */
  byte[] call(String operation, String operationXml, Duration timeout) throws NetconfException {
    String messageId = Long.toString(lastMessageId.incrementAndGet());
    CompletableFuture<byte[]> reply = new CompletableFuture<>();
    pending.put(messageId, reply);
    try {
      NetconfException ended = endedBy;
      if (ended != null) {
        throw new NetconfException(operation + " not sent: the session to " + transport.peer() + " is closed", ended);
      }
      write(rpc(messageId, operationXml), timeout);
      return await(reply, timeout, operation);
    } catch (IOException e) {
      // part of the rpc may be on the wire: nothing after it could be framed right any more
      String why = sendTimedOut ? "not sent within " + timeout.toMillis() + " ms: the server stopped reading" : e.getMessage();
      SessionClosedException broken = new SessionClosedException("cannot send " + operation + " to " + transport.peer()
          + " (" + why + "); the session is closed", e);
      ended(broken);
      closeTransport();
      throw broken;
    } finally {
      pending.remove(messageId);
    }
  }

  private static String rpc(String messageId, String operationXml) {
    return "<rpc xmlns=\"" + NetconfSession.BASE_NAMESPACE + "\" message-id=\"" + messageId + "\">" + operationXml + "</rpc>";
  }

  private void write(String message) throws IOException {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    synchronized (writeLock) {
      framing.write(transport.output(), bytes);
    }
  }

  /**
   * Writes within {@code timeout}: a server that stops reading fills the SSH window and would
   * block the write for ever, so the send watchdog closes the transport, which fails the write.
   * Arming it costs a field write and a set insertion, no thread wake-up per rpc.
   */
  private void write(String message, Duration timeout) throws IOException {
    byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
    synchronized (writeLock) {
      writeDeadline = System.nanoTime() + timeout.toNanos() | 1; // never 0
      WRITING.add(this);
      try {
        framing.write(transport.output(), bytes);
      } finally {
        writeDeadline = 0;
        WRITING.remove(this);
      }
    }
  }

  /** Closes the transport of every exchange whose write outlived its deadline; runs every {@link #WATCHDOG_TICK}. */
  private static void sweepWrites() {
    long now = System.nanoTime();
    for (RpcExchange exchange : WRITING) {
      long deadline = exchange.writeDeadline;
      if (deadline != 0 && now - deadline >= 0) {
        exchange.sendTimedOut = true;
        exchange.closeTransport();
      }
    }
  }

  private static <T> T await(CompletableFuture<T> future, Duration timeout, String operation) throws NetconfException {
    try {
      return future.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      throw new ReplyTimeoutException(operation, timeout);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof NetconfException cause) {
        throw cause;
      }
      throw new NetconfException(operation + " failed: " + e.getCause(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new NetconfException("interrupted while waiting for the reply to " + operation, e);
    }
  }

  /** What the transport receives, decoded into messages: the server's hello, then replies. */
  private final class Incoming implements Transport.Receiver {
    @Override
    public synchronized void received(byte[] bytes, int offset, int count) {
      if (endedBy != null) {
        return;
      }
      try {
        while (count > 0) {
          int used = decoder.feed(bytes, offset, count);
          offset += used;
          count -= used;
          byte[] message = decoder.take();
          if (message != null) {
            onMessage(message);
          }
        }
      } catch (NetconfException e) {
        end(e);
      } catch (IOException e) {
        end(new SessionClosedException("session to " + transport.peer() + " broke: " + e.getMessage(), e));
      } catch (RuntimeException e) {
        end(new NetconfException("unexpected failure reading from " + transport.peer(), e));
      }
    }

    @Override
    public synchronized void ended(IOException cause) {
      if (cause != null) {
        end(new SessionClosedException("session to " + transport.peer() + " broke: " + cause.getMessage(), cause));
      } else if (!decoder.idle()) {
        end(new SessionClosedException("session to " + transport.peer() + " broke: " + decoder.whereEnded(), null));
      } else if (!helloSeen) {
        end(new SessionClosedException("server " + transport.peer() + " closed the session before its hello", null));
      } else {
        end(new SessionClosedException("server " + transport.peer() + " closed the session", null));
      }
    }

    private void onMessage(byte[] message) throws NetconfException {
      if (helloSeen) {
        dispatch(message);
        return;
      }
      Hello hello = Hello.from(SafeXml.parse(SafeXml.newParser(), message).getDocumentElement());
      helloSeen = true;
      decoder.framing(hello.framing());
      serverHello.complete(hello);
    }

    private void end(NetconfException cause) {
      RpcExchange.this.ended(cause);
      closeTransport();
    }
  }

  /** Routes one message by the {@code message-id} of its root: only its start tag is read here. */
  private void dispatch(byte[] message) {
    ReplyScan.Root root;
    try {
      root = ReplyScan.root(message);
    } catch (NetconfException e) {
      // a reply we cannot read cannot be matched to its call: fail them all, honestly
      pending.values().forEach(call -> call.completeExceptionally(e));
      return;
    }
    if (!"rpc-reply".equals(root.localName())) {
      return; // e.g. <notification>: not subscribed to, not ours to answer
    }
    CompletableFuture<byte[]> call = root.messageId() == null ? null : pending.get(root.messageId());
    if (call != null) {
      call.complete(message);
    }
    // otherwise a late reply to a call that already timed out: dropped
  }

  private void ended(NetconfException cause) {
    if (endedBy == null) {
      endedBy = cause;
    }
    serverHello.completeExceptionally(cause);
    pending.values().forEach(call -> call.completeExceptionally(cause));
  }

  private static ScheduledThreadPoolExecutor sendWatchdog() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "netconf-send-watchdog");
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleWithFixedDelay(RpcExchange::sweepWrites, WATCHDOG_TICK.toMillis(), WATCHDOG_TICK.toMillis(),
        TimeUnit.MILLISECONDS);
    return timer;
  }

  boolean isOpen() {
    return endedBy == null;
  }

  @Override
  public void close() {
    ended(new SessionClosedException("session to " + transport.peer() + " was closed by the client", null));
    closeTransport();
  }

  private void closeTransport() {
    try {
      transport.close();
    } catch (IOException e) {
      // closing is best effort: the session is over either way
    }
  }
}
