package org.ccpe.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InterfaceNameTest {

  @ParameterizedTest
  @CsvSource({
    "ge-1/0/3.210, ge-1/0/3, 210",
    "ge-0/0/0.0, ge-0/0/0, 0",
    "xe-0/1/0.5, xe-0/1/0, 5",
    "xe-0/0/0:1.10, xe-0/0/0:1, 10",
    "xe-11/3/23:3.4000, xe-11/3/23:3, 4000",
    "et-2/0/0.100, et-2/0/0, 100",
    "et-0/0/127.1, et-0/0/127, 1",
    "ae0.100, ae0, 100",
    "ae12.300, ae12, 300",
    "ge-1/0/3.16385, ge-1/0/3, 16385",
    "' ge-1/0/3.210 ', ge-1/0/3, 210"
  })
  void splitsPhysicalPortAndUnit(String text, String port, int unit) {
    InterfaceName name = InterfaceName.parse(text);
    assertEquals(port, name.physicalPort());
    assertEquals(unit, name.unit());
    assertEquals(port + "." + unit, name.toString());
  }

  @Test
  void refusesPortWithoutUnit() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> InterfaceName.parse("ge-1/0/3"));
    assertTrue(e.getMessage().contains("is not a logical interface"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "fe-0/0/1.10", "so-0/0/0.0", "lo0.0", "irb.100", "ms-1/0/0.1", "ge-1/0/3 .210", "ge-1/0/3. 210",
    "ge -1/0/3.210", "ge-1/0 /3.210", "ge-1/0/3.", "ge-1/0/3.210.1", "ge-1/0.210", "ge-1/0/3/4.210",
    "ge1/0/3.210", "GE-1/0/3.210", "ae.100", "ae1234.1", "ae-1.100", "ge-123/0/0.1", "xe-0/0/0:.1",
    "xe-0/0/0:123.1", "ge-1/0/3.-1", "ge-1/0/3.123456", "ge-1/0/3.x", "ae0", "et-0/0/1234.1"
  })
  void rejectsOtherForms(String text) {
    assertThrows(IllegalArgumentException.class, () -> InterfaceName.parse(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ge-1/0/3.16386", "ae0.99999"})
  void rejectsUnitAboveJunosMaximum(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> InterfaceName.parse(text));
    assertTrue(e.getMessage().contains("maximum of 16385"), e.getMessage());
  }

  /** One port, one spelling: otherwise VLAN uniqueness per port could be bypassed. */
  @ParameterizedTest
  @ValueSource(strings = {"ge-01/0/3.210", "ge-1/00/3.210", "ge-1/0/03.210", "xe-0/0/0:01.10", "ae01.100",
      "et-0/0/000.1"})
  void refusesLeadingZerosThatWouldNameAPortTwoWays(String text) {
    assertThrows(IllegalArgumentException.class, () -> InterfaceName.parse(text));
  }

  @Test
  void unitsOfOnePortShareThePhysicalPort() {
    assertEquals(InterfaceName.parse("ge-1/0/3.210").physicalPort(), InterfaceName.parse("ge-1/0/3.211").physicalPort());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void requiresAValue(String text) {
    assertEquals("is required", assertThrows(IllegalArgumentException.class, () -> InterfaceName.parse(text)).getMessage());
  }
}
