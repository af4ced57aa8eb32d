package org.ccpe.simulator.config;

import java.util.Optional;

/** An IPv4 address with an optional prefix length ({@code 192.0.2.1/24}); a bare address is a /32. */
public record Ipv4Prefix(int address, int length) {

    public Ipv4Prefix {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length out of range: " + length);
        }
    }

    /** Parses dotted-quad text with an optional {@code /len}; empty when it is not a valid IPv4 prefix. */
    public static Optional<Ipv4Prefix> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String[] parts = text.split("/", -1);
        if (parts.length > 2) {
            return Optional.empty();
        }
        String[] octets = parts[0].split("\\.", -1);
        if (octets.length != 4) {
            return Optional.empty();
        }
        int address = 0;
        for (String octet : octets) {
            Integer value = smallNumber(octet, 255);
            if (value == null) {
                return Optional.empty();
            }
            address = (address << 8) | value;
        }
        Integer length = parts.length == 2 ? smallNumber(parts[1], 32) : Integer.valueOf(32);
        return length == null ? Optional.empty() : Optional.of(new Ipv4Prefix(address, length));
    }

    private static Integer smallNumber(String digits, int max) {
        if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        int value = Integer.parseInt(digits);
        return value <= max ? value : null;
    }

    @Override
    public String toString() {
        return (address >>> 24) + "." + ((address >>> 16) & 255) + "." + ((address >>> 8) & 255) + "." + (address & 255)
                + "/" + length;
    }
}
