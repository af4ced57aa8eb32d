package org.ccpe.netconf;

/** A NETCONF call did not succeed: the base of every checked failure this library reports. */
public class NetconfException extends Exception {
  private static final long serialVersionUID = 1L;

  public NetconfException(String message) {
    super(message);
  }

  public NetconfException(String message, Throwable cause) {
    super(message, cause);
  }
}
