package org.ccpe.netconf;

/** The configuration datastores of RFC 6241, with the capability each needs beyond the base. */
public enum Datastore {
  RUNNING(null),
  CANDIDATE(Capabilities.CANDIDATE),
  STARTUP(Capabilities.STARTUP);

  private final String capability;

  Datastore(String capability) {
    this.capability = capability;
  }

  /** The capability a server must advertise for this datastore to exist, or null for running. */
  String capability() {
    return capability;
  }

  /** The element naming this datastore, e.g. {@code <candidate/>}. */
  String xml() {
    return "<" + name().toLowerCase(java.util.Locale.ROOT) + "/>";
  }
}
