package org.w3id.spkg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityIrisTest {

  @Test
  void slug_ofAShortName_isTheWholeName() {
    assertThat(EntityIris.slug("Vera C. Rubin Observatory")).isEqualTo("vera-c-rubin-observatory");
  }

  @Test
  void slug_ofALongName_isCutAtAHyphen_neverMidWord() {
    String name =
        "Models for Facilitating Government-Funded Activities in the Post-International Space"
            + " Station Era";
    String slug = EntityIris.slug(name);
    assertThat(slug)
        .isEqualTo("models-for-facilitating-government-funded-activities-in-the-post-international")
        .hasSizeLessThanOrEqualTo(EntityIris.MAX_SLUG);
    assertThat(EntityIris.fullSlug(name)).startsWith(slug + "-");
  }

  @Test
  void slug_whoseCutFallsOnAHyphen_keepsTheWholeLastWord() {
    String eighty = "a".repeat(39) + "-" + "b".repeat(40);
    assertThat(EntityIris.slug(eighty + " more words")).isEqualTo(eighty);
  }

  @Test
  void slug_ofOneWordLongerThanTheLimit_isCutAtTheLimit() {
    assertThat(EntityIris.slug("x".repeat(100))).isEqualTo("x".repeat(EntityIris.MAX_SLUG));
  }
}
