package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.http.CommonHeaders;

/** If-None-Match as RFC 9110 reads it: a list, weak comparison, and {@code *}. */
class CommonHeadersTest {

  @Test
  void matches_anEntityTagOfTheList_orStar() {
    assertThat(CommonHeaders.matches("\"a\"", "\"a\"")).isTrue();
    assertThat(CommonHeaders.matches("\"b\", \"a\"", "\"a\"")).isTrue();
    assertThat(CommonHeaders.matches("W/\"a\"", "\"a\"")).isTrue();
    assertThat(CommonHeaders.matches("*", "\"a\"")).isTrue();
  }

  @Test
  void matches_nothingElse() {
    assertThat(CommonHeaders.matches(null, "\"a\"")).isFalse();
    assertThat(CommonHeaders.matches("\"a\"", null)).isFalse();
    assertThat(CommonHeaders.matches("\"ab\"", "\"a\"")).isFalse();
    assertThat(CommonHeaders.matches("a", "\"a\"")).isFalse();
  }

  @Test
  void etag_isStrongAndDependsOnTheBytes() {
    assertThat(CommonHeaders.etag("x")).matches("\"[0-9a-f]{24}\"");
    assertThat(CommonHeaders.etag("x")).isNotEqualTo(CommonHeaders.etag("y"));
  }
}
