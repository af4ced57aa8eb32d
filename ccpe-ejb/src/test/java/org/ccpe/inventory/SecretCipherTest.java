package org.ccpe.inventory;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecretCipherTest {
  private final SecretCipher cipher = new SecretCipher(key(1));

  private static byte[] key(int fill) {
    byte[] key = new byte[32];
    Arrays.fill(key, (byte) fill);
    return key;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "s3cret", "pässwörd ✓ 🔑", "a much longer NETCONF password with spaces and $ymbols!"})
  void decryptsWhatItEncrypted(String plain) {
    String stored = cipher.encrypt(plain);
    assertEquals(plain, cipher.decrypt(stored));
  }

  @Test
  void storesNoTraceOfThePlainText() {
    String stored = cipher.encrypt("community-string-public");
    assertTrue(stored.startsWith("v1:"), stored);
    assertFalse(stored.contains("community"), stored);
    String decoded = new String(Base64.getDecoder().decode(stored.substring(3)), java.nio.charset.StandardCharsets.ISO_8859_1);
    assertFalse(decoded.contains("community"));
  }

  @Test
  void twoEncryptionsOfOneSecretDiffer() {
    assertNotEquals(cipher.encrypt("s3cret"), cipher.encrypt("s3cret"));
  }

  @Test
  void passesNullThrough() {
    assertNull(cipher.encrypt(null));
    assertNull(cipher.decrypt(null));
  }

  @Test
  void refusesTamperedCiphertext() {
    String stored = cipher.encrypt("s3cret");
    byte[] raw = Base64.getDecoder().decode(stored.substring(3));
    raw[raw.length - 20] ^= 1;
    String tampered = "v1:" + Base64.getEncoder().encodeToString(raw);
    assertThrows(IllegalStateException.class, () -> cipher.decrypt(tampered));
  }

  @Test
  void refusesTamperedIv() {
    String stored = cipher.encrypt("s3cret");
    byte[] raw = Base64.getDecoder().decode(stored.substring(3));
    raw[0] ^= 1;
    assertThrows(IllegalStateException.class, () -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(raw)));
  }

  @Test
  void refusesTruncatedCiphertext() {
    String stored = cipher.encrypt("s3cret");
    byte[] raw = Base64.getDecoder().decode(stored.substring(3));
    byte[] cut = Arrays.copyOf(raw, raw.length - 1);
    assertThrows(IllegalStateException.class, () -> cipher.decrypt("v1:" + Base64.getEncoder().encodeToString(cut)));
  }

  @Test
  void refusesDecryptionUnderAnotherKey() {
    String stored = cipher.encrypt("s3cret");
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new SecretCipher(key(2)).decrypt(stored));
    assertTrue(e.getMessage().contains("secrets key"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"s3cret", "v2:AAAA", "V1:AAAA"})
  void refusesValuesInAnUnknownFormat(String stored) {
    assertThrows(IllegalStateException.class, () -> cipher.decrypt(stored));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 16, 31, 33, 64})
  void refusesKeysThatAreNotAes256(int length) {
    assertThrows(IllegalArgumentException.class, () -> new SecretCipher(new byte[length]));
  }

  @Test
  void doesNotShareTheCallersKeyArray() {
    byte[] key = key(7);
    SecretCipher own = new SecretCipher(key);
    String stored = own.encrypt("s3cret");
    Arrays.fill(key, (byte) 0);
    assertEquals("s3cret", own.decrypt(stored));
  }

  @Test
  void createsAMissingKeyFileReadableByItsOwnerOnly(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("nested/config/secrets.key");
    byte[] created = SecretCipher.loadOrCreateKey(file);
    assertEquals(32, created.length);
    assertTrue(Files.exists(file));
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
  }

  @Test
  void readsTheSameKeyBackOnTheNextStart(@TempDir Path dir) {
    Path file = dir.resolve("secrets.key");
    byte[] first = SecretCipher.loadOrCreateKey(file);
    byte[] second = SecretCipher.loadOrCreateKey(file);
    assertArrayEquals(first, second);
    String stored = new SecretCipher(first).encrypt("s3cret");
    assertEquals("s3cret", new SecretCipher(second).decrypt(stored));
  }

  @Test
  void createsADifferentKeyForEachNewFile(@TempDir Path dir) {
    assertFalse(Arrays.equals(
        SecretCipher.loadOrCreateKey(dir.resolve("a.key")), SecretCipher.loadOrCreateKey(dir.resolve("b.key"))));
  }

  @Test
  void readsAnExistingKeyFileWithoutChangingIt(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("secrets.key");
    byte[] key = key(9);
    Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n");
    assertArrayEquals(key, SecretCipher.loadOrCreateKey(file));
    assertEquals(Base64.getEncoder().encodeToString(key) + "\n", Files.readString(file));
  }
}
