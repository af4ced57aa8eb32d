package org.ccpe.common;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.ccpe.net.VlanId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ViolationsTest {
  private final Violations violations = new Violations();

  @Test
  void collectsEveryBrokenRuleBeforeThrowing() {
    violations.parse("email", "not-an-address", EmailAddress::parse);
    violations.required("name", " ", 10);
    violations.check("vlanId", () -> VlanId.of(0));
    violations.inRange("port", 70000, 1, 65535, 830);

    ValidationFailedException e = assertThrows(ValidationFailedException.class, violations::throwIfAny);
    assertEquals(List.of("email", "name", "vlanId", "port"), e.errors().stream().map(FieldError::field).toList());
    assertEquals("4 invalid fields", e.getMessage());
    assertEquals(new FieldError("name", "is required"), e.errors().get(1));
  }

  @Test
  void throwsNothingWhenAllRulesHold() {
    assertEquals(new EmailAddress("noc@example.com"), violations.parse("email", "noc@example.com", EmailAddress::parse));
    assertEquals("acme", violations.required("name", "acme", 10));
    assertTrue(violations.isEmpty());
    assertDoesNotThrow(violations::throwIfAny);
  }

  @Test
  void namesTheFieldInTheMessageOfASingleError() {
    violations.add("vlanId", "must be between 1 and 4094, not 0");
    ValidationFailedException e = assertThrows(ValidationFailedException.class, violations::throwIfAny);
    assertEquals("vlanId: must be between 1 and 4094, not 0", e.getMessage());
  }

  @Test
  void recordsTheParsersMessageAndReturnsNull() {
    assertNull(violations.parse("vlanId", null, raw -> VlanId.of(null)));
    assertEquals(List.of(new FieldError("vlanId", "is required")), violations.errors());
  }

  @Test
  void letsOtherExceptionsThrough() {
    assertThrows(IllegalStateException.class, () -> violations.check("x", () -> {
      throw new IllegalStateException("a bug, not bad input");
    }));
    assertTrue(violations.isEmpty());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t"})
  void parseOptionalGivesNullWithoutErrorForBlank(String raw) {
    assertNull(violations.parseOptional("email", raw, EmailAddress::parse));
    assertTrue(violations.isEmpty());
  }

  @Test
  void parseOptionalStillValidatesAGivenValue() {
    assertNull(violations.parseOptional("email", "nope", EmailAddress::parse));
    assertEquals("email", violations.errors().get(0).field());
    assertEquals(new EmailAddress("a@example.com"), violations.parseOptional("email2", "a@example.com", EmailAddress::parse));
    assertEquals(1, violations.errors().size());
  }

  @Test
  void inRangeFallsBackWhenAbsent() {
    assertEquals(830, violations.inRange("port", null, 1, 65535, 830));
    assertTrue(violations.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 830, 65535})
  void inRangeAcceptsBoundsAndInside(int value) {
    assertEquals(value, violations.inRange("port", value, 1, 65535, 830));
    assertTrue(violations.isEmpty());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 65536})
  void inRangeRejectsOutside(int value) {
    violations.inRange("port", value, 1, 65535, 830);
    assertEquals(List.of(new FieldError("port", "must be between 1 and 65535")), violations.errors());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\n"})
  void requiredRejectsBlank(String raw) {
    assertNull(violations.required("name", raw, 64));
    assertEquals(List.of(new FieldError("name", "is required")), violations.errors());
  }

  @Test
  void requiredStripsAndAcceptsExactlyMaxLength() {
    assertEquals("abcde", violations.required("name", "  abcde  ", 5));
    assertTrue(violations.isEmpty());
  }

  @Test
  void requiredRejectsOverMaxLength() {
    violations.required("name", "abcdef", 5);
    assertEquals(List.of(new FieldError("name", "must be at most 5 characters")), violations.errors());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void optionalGivesNullForBlank(String raw) {
    assertNull(violations.optional("description", raw, 5));
    assertTrue(violations.isEmpty());
  }

  @Test
  void optionalChecksLengthWhenGiven() {
    assertEquals("abc", violations.optional("description", " abc ", 5));
    assertTrue(violations.isEmpty());
    violations.optional("description", "abcdef", 5);
    assertEquals(List.of(new FieldError("description", "must be at most 5 characters")), violations.errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a\u0007b", "a\u001bb", "a\u007fb", "a\u0085b"})
  void rejectsControlCharacters(String raw) {
    violations.required("name", raw, 64);
    violations.optional("description", raw, 64);
    assertEquals(
        List.of(new FieldError("name", "must not contain control characters"),
            new FieldError("description", "must not contain control characters")),
        violations.errors());
  }

  @ParameterizedTest
  @ValueSource(strings = {"line one\nline two", "a\tb", "a\r\nb", "Zürich – Genève"})
  void allowsLineBreaksTabsAndNonAsciiText(String raw) {
    assertEquals(raw, violations.optional("information", raw, 64));
    assertTrue(violations.isEmpty());
  }

  @Test
  void errorsAreACopy() {
    List<FieldError> before = violations.errors();
    violations.add("x", "y");
    assertTrue(before.isEmpty());
    assertThrows(UnsupportedOperationException.class, () -> violations.errors().add(new FieldError("a", "b")));
  }
}
