package org.ccpe.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PageRequestTest {

  @Test
  void defaultsToFiftyFromTheStart() {
    assertEquals(new PageRequest(50, 0), PageRequest.of(null, null));
  }

  @ParameterizedTest
  @CsvSource({"1, 0", "50, 100", "1000, 0", "999, 2147483647"})
  void acceptsLimitsUpToOneThousand(int limit, int offset) {
    assertEquals(new PageRequest(limit, offset), PageRequest.of(limit, offset));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 1001, Integer.MAX_VALUE})
  void rejectsLimitOutsideOneToOneThousand(int limit) {
    ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> PageRequest.of(limit, 0));
    assertEquals(List.of(new FieldError("limit", "must be between 1 and 1000")), e.errors());
  }

  @ParameterizedTest
  @ValueSource(ints = {-1, Integer.MIN_VALUE})
  void rejectsNegativeOffset(int offset) {
    ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> PageRequest.of(null, offset));
    assertEquals(List.of(new FieldError("offset", "must not be negative")), e.errors());
  }

  @Test
  void reportsBadLimitAndOffsetTogether() {
    ValidationFailedException e = assertThrows(ValidationFailedException.class, () -> PageRequest.of(5000, -5));
    assertEquals(List.of("limit", "offset"), e.errors().stream().map(FieldError::field).toList());
  }
}
