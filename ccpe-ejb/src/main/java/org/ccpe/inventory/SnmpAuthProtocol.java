package org.ccpe.inventory;

/** USM authentication protocols the poller offers (HMAC-SHA-1 and HMAC-SHA-256). */
public enum SnmpAuthProtocol {
  SHA,
  SHA256
}
