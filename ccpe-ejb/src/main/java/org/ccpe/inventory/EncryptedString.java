package org.ccpe.inventory;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a secret column encrypted; the entity holds the clear text only in memory. */
@Converter
public class EncryptedString implements AttributeConverter<String, String> {
  @Override
  public String convertToDatabaseColumn(String plain) {
    return SecretCipher.configured().encrypt(plain);
  }

  @Override
  public String convertToEntityAttribute(String stored) {
    return SecretCipher.configured().decrypt(stored);
  }
}
