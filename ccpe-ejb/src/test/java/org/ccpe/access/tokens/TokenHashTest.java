package org.ccpe.access.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenHashTest {
  @Test
  void makesPrefixed256BitTokens() {
    String token = TokenHash.newToken();
    assertTrue(token.matches("ccpe_[A-Za-z0-9_-]{43}"), token);
    assertNotEquals(token, TokenHash.newToken());
  }

  @Test
  void storesTheSha256AndShowsOnlyAPrefix() {
    String token = TokenHash.newToken();
    assertEquals(64, TokenHash.of(token).length());
    assertEquals(TokenHash.of(token), TokenHash.of(token));
    assertEquals(token.substring(0, 11), TokenHash.displayPrefix(token));
  }
}
