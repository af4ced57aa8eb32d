package org.ccpe.audit;

/** What happened to the entity an audit entry is about. */
public enum AuditAction {
  CREATE,
  UPDATE,
  DELETE,
  LOGIN,
  LOGIN_FAILED,
  PASSWORD_RESET
}
