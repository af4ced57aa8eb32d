/**
 * The audit trail: who changed what, when, through which {@link org.ccpe.audit.Channel}, with the
 * entity's state before and after. Entry point {@link org.ccpe.audit.AuditTrail}.
 *
 * <p>Entries are written in the same transaction as the change they describe, so a change that
 * rolls back leaves no entry, and a committed change always has one.
 */
package org.ccpe.audit;
