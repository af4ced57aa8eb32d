package org.ccpe.netconf;

/**
 * The server's SSH host key is not the one the known-hosts store holds for it (or, without
 * trust-on-first-use, the host is not in the store at all). The connection was refused before any
 * credentials were sent.
 */
public class HostKeyRejectedException extends NetconfException {
  private static final long serialVersionUID = 1L;

  public HostKeyRejectedException(String reason) {
    super(reason);
  }
}
