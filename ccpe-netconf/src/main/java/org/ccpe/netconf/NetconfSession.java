package org.ccpe.netconf;

import java.time.Duration;

/**
 * One open NETCONF session (RFC 6241). Every operation waits for its reply at most the device's
 * reply timeout (commits: its commit timeout) and returns the reply, warnings included, or throws:
 * {@link RpcErrorException} with all the reply's errors, {@link ReplyTimeoutException},
 * {@link CommitOutcomeUnknownException} for a commit whose reply never came,
 * {@link MissingCapabilityException} before sending anything the server did not advertise. Sending
 * is bounded too: a server that stops reading our input for longer than the reply timeout ends the
 * session with {@link SessionClosedException}.
 *
 * <p>Thread-safe: calls from several threads are matched to their replies by {@code message-id}.
 * Close it with try-with-resources; closing sends {@code <close-session>}.
 */
public final class NetconfSession implements AutoCloseable {
  static final String BASE_NAMESPACE = "urn:ietf:params:xml:ns:netconf:base:1.0";
  private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(2);

  private final RpcExchange exchange;
  private final Hello hello;
  private final Duration replyTimeout;
  private final Duration commitTimeout;

  private NetconfSession(RpcExchange exchange, Device device) {
    this.exchange = exchange;
    this.hello = exchange.hello();
    this.replyTimeout = device.replyTimeout();
    this.commitTimeout = device.commitTimeout();
  }

  static NetconfSession over(Transport transport, Device device) throws NetconfException {
    RpcExchange exchange = RpcExchange.open(transport, device.maxReplySize(), device.connectTimeout(), device.probeAfterHello());
    return new NetconfSession(exchange, device);
  }

  /** The session id the server assigned in its hello. */
  public long sessionId() {
    return hello.sessionId();
  }

  /** What the server advertised in its hello. */
  public Capabilities serverCapabilities() {
    return hello.capabilities();
  }

  /** The framing in use after the hello exchange. */
  public Framing framing() {
    return exchange.framing();
  }

  /** False once the session was closed by either side or broke. */
  public boolean isOpen() {
    return exchange.isOpen();
  }

  /** {@code <get>} of all state and configuration. */
  public Reply get() throws NetconfException {
    return get(null);
  }

  /** {@code <get>} with a subtree filter (the filter's content), or all when {@code subtreeFilter} is null. */
  public Reply get(String subtreeFilter) throws NetconfException {
    return call("get", "<get>" + filter(subtreeFilter) + "</get>");
  }

  /** {@code <get-config>} of a whole datastore. */
  public Reply getConfig(Datastore source) throws NetconfException {
    return getConfig(source, null);
  }

  /** {@code <get-config>} with a subtree filter (the filter's content), or all when null. */
  public Reply getConfig(Datastore source, String subtreeFilter) throws NetconfException {
    requireDatastore("get-config", source);
    return call("get-config", "<get-config><source>" + source.xml() + "</source>" + filter(subtreeFilter) + "</get-config>");
  }

  /** {@code <edit-config>}; see {@link EditConfig} for the options. */
  public Reply editConfig(EditConfig edit) throws NetconfException {
    if (edit.target() == Datastore.RUNNING) {
      require("edit-config of running", Capabilities.WRITABLE_RUNNING);
    }
    requireDatastore("edit-config", edit.target());
    if (edit.testOption() != null && !serverCapabilities().hasValidate()) {
      throw new MissingCapabilityException("edit-config with test-option", Capabilities.VALIDATE_1_1);
    }
    if (edit.errorOption() == EditConfig.ErrorOption.ROLLBACK_ON_ERROR) {
      require("edit-config with rollback-on-error", Capabilities.ROLLBACK_ON_ERROR);
    }
    return call("edit-config", edit.xml());
  }

  /** {@code <edit-config>} merging {@code config} into {@code target}. */
  public Reply editConfig(Datastore target, String config) throws NetconfException {
    return editConfig(EditConfig.of(target, config));
  }

  /** {@code <copy-config>} from one datastore to another. */
  public Reply copyConfig(Datastore target, Datastore source) throws NetconfException {
    requireDatastore("copy-config", target);
    requireDatastore("copy-config", source);
    return call("copy-config", "<copy-config><target>" + target.xml() + "</target><source>" + source.xml()
        + "</source></copy-config>");
  }

  public Reply lock(Datastore target) throws NetconfException {
    requireDatastore("lock", target);
    return call("lock", "<lock><target>" + target.xml() + "</target></lock>");
  }

  public Reply unlock(Datastore target) throws NetconfException {
    requireDatastore("unlock", target);
    return call("unlock", "<unlock><target>" + target.xml() + "</target></unlock>");
  }

  /** {@code <validate>} of a datastore; needs {@code :validate}. */
  public Reply validate(Datastore source) throws NetconfException {
    if (!serverCapabilities().hasValidate()) {
      throw new MissingCapabilityException("validate", Capabilities.VALIDATE_1_1);
    }
    requireDatastore("validate", source);
    return call("validate", "<validate><source>" + source.xml() + "</source></validate>");
  }

  /** {@code <commit>} of the candidate; also confirms a pending confirmed commit of this session. */
  public Reply commit() throws NetconfException {
    require("commit", Capabilities.CANDIDATE);
    return commitCall("commit", "<commit/>");
  }

  /**
   * {@code <commit><confirmed/>}: the server rolls back by itself unless a confirming commit comes
   * within {@code timeout} (whole seconds, rounded up), so a change that cuts us off undoes itself.
   */
  public Reply commitConfirmed(Duration timeout) throws NetconfException {
    return commitConfirmed(timeout, null);
  }

  /**
   * Confirmed commit that survives the end of this session when {@code persist} is given: any
   * session confirms it with {@link #confirmCommit(String)} or cancels it with
   * {@link #cancelCommit(String)} quoting the same token. {@code persist} needs confirmed-commit 1.1.
   */
  public Reply commitConfirmed(Duration timeout, String persist) throws NetconfException {
    require("commit", Capabilities.CANDIDATE);
    if (persist != null) {
      require("confirmed commit with persist", Capabilities.CONFIRMED_COMMIT_1_1);
    } else if (!serverCapabilities().hasConfirmedCommit()) {
      throw new MissingCapabilityException("confirmed commit", Capabilities.CONFIRMED_COMMIT_1_1);
    }
    long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
    String body = "<commit><confirmed/><confirm-timeout>" + seconds + "</confirm-timeout>"
        + (persist == null ? "" : "<persist>" + SafeXml.escape(persist) + "</persist>") + "</commit>";
    return commitCall("confirmed commit", body);
  }

  /** Confirms a persistent confirmed commit, from any session. */
  public Reply confirmCommit(String persistId) throws NetconfException {
    require("confirming commit", Capabilities.CONFIRMED_COMMIT_1_1);
    return commitCall("confirming commit", "<commit><persist-id>" + SafeXml.escape(persistId) + "</persist-id></commit>");
  }

  /** {@code <cancel-commit>}: rolls back this session's pending confirmed commit now. */
  public Reply cancelCommit() throws NetconfException {
    return cancelCommit(null);
  }

  /** {@code <cancel-commit>} of a persistent confirmed commit, or of this session's when null. */
  public Reply cancelCommit(String persistId) throws NetconfException {
    require("cancel-commit", Capabilities.CONFIRMED_COMMIT_1_1);
    String body = persistId == null
        ? "<cancel-commit/>"
        : "<cancel-commit><persist-id>" + SafeXml.escape(persistId) + "</persist-id></cancel-commit>";
    return commitCall("cancel-commit", body);
  }

  /** {@code <discard-changes>}: the candidate becomes the running configuration again. */
  public Reply discardChanges() throws NetconfException {
    require("discard-changes", Capabilities.CANDIDATE);
    return call("discard-changes", "<discard-changes/>");
  }

  /** {@code <kill-session>}: ends another session, releasing its locks. */
  public Reply killSession(long sessionId) throws NetconfException {
    return call("kill-session", "<kill-session><session-id>" + sessionId + "</session-id></kill-session>");
  }

  /** Any RPC: {@code operationXml} is the element inside {@code <rpc>}, in its own namespace if not base. */
  public Reply rpc(String operationXml) throws NetconfException {
    return call("rpc", operationXml);
  }

  /** Any RPC with its own reply timeout. */
  public Reply rpc(String operationXml, Duration timeout) throws NetconfException {
    return call("rpc", operationXml, timeout);
  }

  /** The Junos extensions on this session. */
  public Junos junos() {
    return new Junos(this);
  }

  /**
   * {@code <close-session>}, then the SSH channel is closed. Errors are reported; {@link #close()}
   * does the same quietly.
   */
  public void closeSession() throws NetconfException {
    try {
      Duration limit = replyTimeout.compareTo(CLOSE_TIMEOUT) < 0 ? replyTimeout : CLOSE_TIMEOUT;
      call("close-session", "<close-session/>", limit);
    } finally {
      exchange.close();
    }
  }

  /** Closes the session: a polite {@code <close-session>} when still open, then the channel. */
  @Override
  public void close() {
    if (!exchange.isOpen()) {
      exchange.close();
      return;
    }
    try {
      closeSession();
    } catch (NetconfException e) {
      // the session is closed either way; a failed goodbye changes nothing for the caller
    }
  }

  Reply call(String operation, String body) throws NetconfException {
    return call(operation, body, replyTimeout);
  }

  Reply call(String operation, String body, Duration timeout) throws NetconfException {
    return Reply.from(exchange.call(operation, body, timeout), operation);
  }

  /** A call that changes the running configuration: no reply means we do not know whether it did. */
  Reply commitCall(String operation, String body) throws NetconfException {
    try {
      return call(operation, body, commitTimeout);
    } catch (ReplyTimeoutException | SessionClosedException | ReplyTooLargeException e) {
      throw new CommitOutcomeUnknownException(operation, e);
    }
  }

  void require(String operation, String capability) throws MissingCapabilityException {
    if (!serverCapabilities().has(capability)) {
      throw new MissingCapabilityException(operation, capability);
    }
  }

  private void requireDatastore(String operation, Datastore datastore) throws MissingCapabilityException {
    if (datastore.capability() != null) {
      require(operation + " on " + datastore.name().toLowerCase(java.util.Locale.ROOT), datastore.capability());
    }
  }

  private static String filter(String subtreeFilter) {
    return subtreeFilter == null ? "" : "<filter type=\"subtree\">" + subtreeFilter + "</filter>";
  }
}
