package org.ccpe.netconf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.sshd.client.config.hosts.KnownHostEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;

/**
 * The SSH host keys we trust, per host and port, in OpenSSH {@code known_hosts} format (plain or
 * hashed host names, {@code [host]:port} for ports other than 22). Either backed by a file, which
 * keys learnt by trust-on-first-use are appended to, or held in memory. Thread-safe.
 */
public final class KnownHosts {
  private final Path file;
  private final List<KnownHostEntry> entries;
  /** Each entry's key, parsed once (empty when it cannot be read), in the order of {@link #entries}. */
  private final List<Optional<PublicKey>> keys = new ArrayList<>();

  private KnownHosts(Path file, List<KnownHostEntry> entries) {
    this.file = file;
    this.entries = new ArrayList<>(entries);
    entries.forEach(entry -> keys.add(resolve(entry)));
  }

  /** Reads an OpenSSH {@code known_hosts} file; a missing file is an empty store that will be created. */
  public static KnownHosts file(Path file) throws IOException {
    List<KnownHostEntry> entries = Files.exists(file) ? KnownHostEntry.readKnownHostEntries(file) : List.of();
    return new KnownHosts(file, entries == null ? List.of() : entries);
  }

  /** An empty store in memory: add keys with {@link #add}. */
  public static KnownHosts inMemory() {
    return new KnownHosts(null, List.of());
  }

  /** Parses {@code known_hosts} lines into a store in memory. */
  public static KnownHosts of(String knownHostsLines) {
    List<KnownHostEntry> entries = new ArrayList<>();
    for (String line : knownHostsLines.split("\n")) {
      KnownHostEntry entry = KnownHostEntry.parseKnownHostEntry(line);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return new KnownHosts(null, entries);
  }

  /** Trusts {@code key} for {@code host:port}, appending it to the file when the store has one. */
  public synchronized KnownHosts add(String host, int port, PublicKey key) {
    String line = (port == 22 ? host : "[" + host + "]:" + port) + " " + PublicKeyEntry.toString(key);
    KnownHostEntry entry = KnownHostEntry.parseKnownHostEntry(line);
    entries.add(entry);
    keys.add(resolve(entry));
    if (file != null) {
      try {
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot record host key in " + file, e);
      }
    }
    return this;
  }

  /** The keys trusted for {@code host:port} (revoked or CA marker lines are ignored). */
  public synchronized List<PublicKey> keysFor(String host, int port) {
    List<PublicKey> found = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      KnownHostEntry entry = entries.get(i);
      if (entry.getMarker() == null && entry.isHostMatch(host, port)) {
        keys.get(i).ifPresent(found::add);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** What a server's key means for us. */
  enum Verdict { TRUSTED, UNKNOWN_HOST, MISMATCH }

  Verdict check(String host, int port, PublicKey offered) {
    List<PublicKey> known = keysFor(host, port);
    if (known.isEmpty()) {
      return Verdict.UNKNOWN_HOST;
    }
    return known.stream().anyMatch(key -> KeyUtils.compareKeys(key, offered)) ? Verdict.TRUSTED : Verdict.MISMATCH;
  }

  private static Optional<PublicKey> resolve(KnownHostEntry entry) {
    try {
      return Optional.ofNullable(entry.getKeyEntry().resolvePublicKey(null, null, PublicKeyEntryResolver.IGNORING));
    } catch (IOException | GeneralSecurityException e) {
      return Optional.empty(); // a key type we cannot read cannot vouch for anyone
    }
  }
}
