package org.ccpe.inventory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts device secrets with AES-256-GCM under a key that lives in the server's configuration,
 * not in the database, so a database dump alone does not reveal router credentials.
 *
 * <p>The key file is named by the system property {@code ccpe.secrets.key-file}; without it, {@code
 * secrets.key} in the data folder ({@code ccpe.data.dir}, else WildFly's data dir). A missing key
 * file is created on first use with owner-only permissions. Losing the key makes stored secrets
 * unreadable: back it up with the database.
 */
public final class SecretCipher {
  private static final Logger LOG = Logger.getLogger(SecretCipher.class.getName());
  private static final String FORMAT = "v1:";
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static volatile SecretCipher configured;

  private final SecretKeySpec key;

  public SecretCipher(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("the secrets key must be 32 bytes (AES-256)");
    }
    this.key = new SecretKeySpec(key.clone(), "AES");
  }

  /** The cipher keyed from the server's configuration. */
  public static SecretCipher configured() {
    SecretCipher cipher = configured;
    if (cipher == null) {
      synchronized (SecretCipher.class) {
        if (configured == null) {
          configured = new SecretCipher(loadOrCreateKey(keyFile()));
        }
        cipher = configured;
      }
    }
    return cipher;
  }

  static Path keyFile() {
    String explicit = System.getProperty("ccpe.secrets.key-file");
    if (explicit != null && !explicit.isBlank()) {
      return Path.of(explicit);
    }
    String dataDir = System.getProperty("ccpe.data.dir", System.getenv("CCPE_DATA_DIR"));
    if (dataDir == null || dataDir.isBlank()) {
      dataDir = System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir"));
    }
    return Path.of(dataDir, "secrets.key");
  }

  static byte[] loadOrCreateKey(Path file) {
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(file.toAbsolutePath().getParent());
        byte[] fresh = new byte[32];
        RANDOM.nextBytes(fresh);
        try {
          // owner-only from the first byte: never readable by others, not even for a moment
          Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
          Files.createFile(file); // not a POSIX file system: the operator protects the folder
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(fresh) + "\n");
        LOG.warning("Created a new secrets key at " + file + ": back it up with the database");
      }
      return Base64.getDecoder().decode(Files.readString(file).strip());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the secrets key " + file, e);
    }
  }

  public String encrypt(String plain) {
    if (plain == null) {
      return null;
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
      byte[] out = new byte[IV_BYTES + sealed.length];
      System.arraycopy(iv, 0, out, 0, IV_BYTES);
      System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
      return FORMAT + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed", e);
    }
  }

  public String decrypt(String stored) {
    if (stored == null) {
      return null;
    }
    if (!stored.startsWith(FORMAT)) {
      throw new IllegalStateException("stored secret is not in a known format");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(FORMAT.length()));
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
      return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(
          "cannot decrypt a stored secret: was the secrets key replaced?", e);
    }
  }
}
