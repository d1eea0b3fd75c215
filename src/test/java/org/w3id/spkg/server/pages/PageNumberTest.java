package org.w3id.spkg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The one rule for ?page=N on every paged list. */
class PageNumberTest {

  @Test
  void noPageIsTheFirst_andAWholeNumberIsItself() {
    assertThat(PageNumber.parse(null).value()).isEqualTo(1);
    assertThat(PageNumber.parse("3").value()).isEqualTo(3);
    assertThat(PageNumber.parse(" 7 ").value()).isEqualTo(7);
    assertThat(PageNumber.parse("2").offset(25)).isEqualTo(25);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "-1", "1.5", "", "99999999999", "2e3", "1000000", "0"})
  void anythingElse_isA400_thatSaysHowToMendIt(String raw) {
    PageNumber.Refused e =
        catchThrowableOfType(PageNumber.Refused.class, () -> PageNumber.parse(raw));
    assertThat(e).as(raw).isNotNull();
    assertThat(e.status()).isEqualTo(400);
    assertThat(e.getMessage()).contains("page");
  }

  @Test
  void aPagePastTheLast_isA404_thatNamesThePagesThereAre() {
    assertThat(PageNumber.parse("2").within(26, 25).value()).isEqualTo(2);
    assertThat(PageNumber.parse("1").within(0, 25).value()).isEqualTo(1);
    PageNumber.Refused e =
        catchThrowableOfType(PageNumber.Refused.class, () -> PageNumber.parse("3").within(26, 25));
    assertThat(e.status()).isEqualTo(404);
    assertThat(e.getMessage()).contains("no page 3", "are 2 pages", "page=1 to page=2");
    assertThat(PageNumber.pages(0, 25)).isEqualTo(1);
    assertThat(PageNumber.pages(50, 25)).isEqualTo(2);
  }
}
