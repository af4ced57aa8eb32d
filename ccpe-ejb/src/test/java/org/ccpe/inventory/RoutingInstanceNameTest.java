package org.ccpe.inventory;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RoutingInstanceNameTest {

  @ParameterizedTest
  @ValueSource(strings = {"acme_paris", "a", "0", "ACME-1_site-2", "9_x"})
  void parsesJunosSafeNames(String text) {
    assertEquals(text, RoutingInstanceName.parse(text).value());
  }

  @Test
  void acceptsSixtyThreeCharactersButNotSixtyFour() {
    assertEquals(63, RoutingInstanceName.parse("a".repeat(63)).value().length());
    assertThrows(IllegalArgumentException.class, () -> RoutingInstanceName.parse("a".repeat(64)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"_acme", "-acme", "acme paris", "acme.paris", "acme,inc", "acme/paris", "acme:1",
      "café", " acme"})
  void rejectsNamesJunosWouldNotTake(String text) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RoutingInstanceName.parse(text));
    assertTrue(e.getMessage().contains("Junos-safe"), e.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" "})
  void requiresAValue(String text) {
    assertEquals("is required",
        assertThrows(IllegalArgumentException.class, () -> RoutingInstanceName.parse(text)).getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "acme, paris, acme_paris",
    "'acme,inc', head office, acme-inc_head-office",
    "acme, Zürich/2, acme_Z-rich-2",
    "acme, ---lab, acme_lab",
    "acme, '', acme_x",
    "acme, '!!!', acme_x"
  })
  void derivesCustomerUnderscoreSiteWithUnsafeCharactersReplaced(String customer, String site, String expected) {
    assertEquals(expected, RoutingInstanceName.derive(customer, site).value());
  }

  @ParameterizedTest
  @CsvSource({
    "acme, paris",
    "_acme, paris",
    "__, _site",
    "-acme, paris",
    "',acme', paris",
    "' acme', ' paris'"
  })
  void derivesOnlyNamesThatParse(String customer, String site) {
    String derived = RoutingInstanceName.derive(customer, site).value();
    assertDoesNotThrow(() -> RoutingInstanceName.parse(derived), derived);
  }

  @Test
  void keepsDerivedNamesOfSixtyThreeAsTheyAre() {
    String site = "s".repeat(63 - "acme_".length());
    assertEquals("acme_" + site, RoutingInstanceName.derive("acme", site).value());
  }

  @Test
  void shortensLongNamesToSixtyThreeWithAHash() {
    String customer = "c".repeat(40);
    String site = "s".repeat(40);
    String derived = RoutingInstanceName.derive(customer, site).value();
    assertEquals(63, derived.length());
    assertTrue(derived.startsWith(customer + "_"), derived);
    assertTrue(derived.matches("[a-z_]{54}-[0-9a-f]{8}"), derived);
    assertDoesNotThrow(() -> RoutingInstanceName.parse(derived));
  }

  @Test
  void twoLongNamesSharingTheirBeginningStillDiffer() {
    String sharedBeginning = "b".repeat(60);
    RoutingInstanceName one = RoutingInstanceName.derive("acme", sharedBeginning + "-one");
    RoutingInstanceName two = RoutingInstanceName.derive("acme", sharedBeginning + "-two");
    assertEquals(one.value().substring(0, 54), two.value().substring(0, 54));
    assertNotEquals(one, two);
  }

  @Test
  void derivingIsStable() {
    String site = "s".repeat(80);
    assertEquals(RoutingInstanceName.derive("acme", site), RoutingInstanceName.derive("acme", site));
  }

  @Test
  void appendsASuffixToAShortName() {
    assertEquals("acme_paris-2", RoutingInstanceName.parse("acme_paris").withSuffix(2).value());
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 10, 999, 123456})
  void suffixedNameFitsInSixtyThree(int n) {
    RoutingInstanceName full = RoutingInstanceName.parse("a".repeat(63));
    String suffixed = full.withSuffix(n).value();
    assertEquals(63, suffixed.length());
    assertTrue(suffixed.endsWith("-" + n), suffixed);
    assertDoesNotThrow(() -> RoutingInstanceName.parse(suffixed));
  }

  @Test
  void suffixesOfALongNameDiffer() {
    RoutingInstanceName name = RoutingInstanceName.parse("a".repeat(62));
    assertNotEquals(name.withSuffix(2), name.withSuffix(3));
    assertNotEquals(name, name.withSuffix(2));
  }
}
