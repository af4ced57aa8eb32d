package org.ccpe.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PortRangeTest {

  @ParameterizedTest
  @CsvSource({
    "443, 443, 443, 443",
    "' 22 ', 22, 22, 22",
    "1000-2000, 1000, 2000, 1000-2000",
    "' 1000 - 2000 ', 1000, 2000, 1000-2000",
    "80-80, 80, 80, 80",
    "1-65535, 1, 65535, 1-65535",
    "0443, 443, 443, 443"
  })
  void parsesAPortOrARange(String text, int low, int high, String canonical) {
    PortRange range = PortRange.parse(text);
    assertEquals(new PortRange(low, high), range);
    assertEquals(canonical, range.toString());
    assertEquals(range, PortRange.parse(range.toString()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "65536", "0-10", "10-65536", "99999"})
  void refusesPortsOutsideOneTo65535(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PortRange.parse(text));
    assertTrue(e.getMessage().contains("between 1 and 65535"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"2000-1000", "444-443"})
  void refusesARangeThatRunsBackwards(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PortRange.parse(text));
    assertTrue(e.getMessage().contains("runs backwards"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http", "1000-", "-1000", "1-2-3", "1000:2000", "-1", "443,80", "123456"})
  void refusesMalformedText(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PortRange.parse(text));
    assertTrue(e.getMessage().contains("not a port or port range"), e.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  void requiresAValue(String text) {
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> PortRange.parse(text)).getMessage());
  }
}
