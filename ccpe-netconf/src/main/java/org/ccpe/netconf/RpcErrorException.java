package org.ccpe.netconf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The server answered an RPC with one or more {@code <rpc-error>}s of severity {@code error}.
 * Carries all of them, and, separately, the warnings of the same reply.
 */
public class RpcErrorException extends NetconfException {
  private static final long serialVersionUID = 1L;

  private final transient List<RpcError> errors;
  private final transient List<RpcError> warnings;

  public RpcErrorException(String operation, List<RpcError> errors, List<RpcError> warnings) {
    super(operation + " failed: " + summary(errors));
    this.errors = List.copyOf(errors);
    this.warnings = List.copyOf(warnings);
  }

  /** The errors of the reply, in the server's order; never empty. */
  public List<RpcError> errors() {
    return errors;
  }

  /** The warnings that came in the same reply. */
  public List<RpcError> warnings() {
    return warnings;
  }

  private static String summary(List<RpcError> errors) {
    return errors.stream().map(RpcError::toString).collect(Collectors.joining("; "));
  }
}
