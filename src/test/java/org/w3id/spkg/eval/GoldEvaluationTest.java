package org.w3id.spkg.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How names and free text are matched: lenient on case and punctuation, not on words. */
class GoldEvaluationTest {

  @Test
  void fold_ignoresCasePunctuationAccentsArticlesAndPossessives() {
    assertThat(GoldEvaluation.fold("the U.S.")).isEqualTo(GoldEvaluation.fold("US"));
    assertThat(GoldEvaluation.fold("NASA’s")).isEqualTo("nasa");
    assertThat(GoldEvaluation.fold("Côte d'Ivoire")).isEqualTo("cote d ivoire");
    assertThat(GoldEvaluation.fold("Moon-to-Mars")).isEqualTo(GoldEvaluation.fold("Moon to Mars"));
  }

  @Test
  void names_matchAnyAlternativeAgainstAnyName_butNotAPartOfOne() {
    assertThat(
            GoldEvaluation.names(
                List.of("JAXA", "Japan Aerospace Exploration Agency"), Set.of("jaxa")))
        .isTrue();
    assertThat(GoldEvaluation.names(List.of("Gateway"), Set.of("Lunar Gateway"))).isFalse();
  }

  @Test
  void text_needsHalfOfTheContentWords() {
    assertThat(
            GoldEvaluation.text(
                List.of("develop a plan for the next generation microgravity national lab"),
                Set.of(
                    "Develop a plan for the next generation microgravity national lab in a"
                        + " commercial space station world")))
        .isTrue();
    assertThat(
            GoldEvaluation.text(
                List.of("land an astronaut on the Moon"), Set.of("select a science envoy")))
        .isFalse();
  }
}
