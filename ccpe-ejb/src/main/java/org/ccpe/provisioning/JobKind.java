package org.ccpe.provisioning;

/** What a job does to a site's context on its router. */
public enum JobKind {
  /** Make the router run the site's intended context. */
  APPLY,
  /** The same, asked for by an operator to overwrite drift: ours wins. */
  REPUSH,
  /** Remove the whole context of a deleted site (or of a site that moved away). */
  REMOVE
}
