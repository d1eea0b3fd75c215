package org.w3id.spkg.vocab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
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

  @Test
  void checkKey_acceptsExactlyWhatTheKeyPatternDescribes() {
    Pattern key = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    List<String> keys =
        List.of(
            "a",
            "Z9",
            "2026-01-20-fact-sheet",
            "v1.2_final",
            "nasa",
            "",
            ".hidden",
            "-lead",
            "_under",
            "with space",
            "caf\u00e9",
            "\u00e9t\u00e9",
            "a/b",
            "a#b",
            "x".repeat(300),
            "end-",
            "\u0662\u0660");
    for (String k : keys) {
      if (key.matcher(k).matches()) {
        assertThat(EntityIris.checkKey(k)).as(k).isEqualTo(k);
      } else {
        assertThatThrownBy(() -> EntityIris.checkKey(k))
            .as(k)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("Not a valid IRI key");
      }
    }
    assertThatThrownBy(() -> EntityIris.checkKey(null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
