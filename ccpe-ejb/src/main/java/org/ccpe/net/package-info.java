/**
 * Network value objects with rules: {@link org.ccpe.net.Ipv4Address}, {@link
 * org.ccpe.net.Ipv4Prefix}, {@link org.ccpe.net.InterfaceAddress} (a gateway address with its
 * prefix length, as on an {@code irb} unit), {@link org.ccpe.net.InterfaceName} (a Junos logical
 * interface such as {@code ge-1/0/3.210}), {@link org.ccpe.net.VlanId} and {@link
 * org.ccpe.net.HostName}. Each parses from text and refuses a bad value with a message naming
 * what is wrong, so every caller gets the same rule for free.
 */
package org.ccpe.net;
