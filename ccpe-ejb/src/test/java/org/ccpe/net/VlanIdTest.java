package org.ccpe.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VlanIdTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 100, 210, 4093, 4094})
  void acceptsUsableVlanIds(int value) {
    assertEquals(value, VlanId.of(value).value());
  }

  @Test
  void rejectsVlanZero() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> VlanId.of(0));
    assertTrue(e.getMessage().contains("between 1 and 4094"), e.getMessage());
  }

  @Test
  void rejectsReservedVlan4095() {
    assertThrows(IllegalArgumentException.class, () -> VlanId.of(4095));
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, 4096, 65535, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void rejectsVlanIdsOutsideTheRange(int value) {
    assertThrows(IllegalArgumentException.class, () -> new VlanId(value));
  }

  @Test
  void requiresAValue() {
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> VlanId.of(null)).getMessage());
  }
}
