package org.ccpe.netconf;

/** An operation needs a capability the server did not advertise in its {@code <hello>}. */
public class MissingCapabilityException extends NetconfException {
  private static final long serialVersionUID = 1L;

  private final String capability;

  public MissingCapabilityException(String operation, String capability) {
    super(operation + " needs capability " + capability + ", which the server did not advertise");
    this.capability = capability;
  }

  /** The capability URN that was missing. */
  public String capability() {
    return capability;
  }
}
