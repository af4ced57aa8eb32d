package org.ccpe.inventory;

/** USM privacy protocols the poller offers (AES-128 and AES-256 in CFB mode). */
public enum SnmpPrivProtocol {
  AES128,
  AES256
}
