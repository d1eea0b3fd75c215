package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The plain-text form of a passage, on the archive's kinds of markup (written for the test). */
class MarkdownTextTest {

  @Test
  void keepsLinkAndEmphasisText_dropsUrlsMarksEscapesHtmlAndListMarks() {
    assertThat(
            MarkdownText.plain(
                "-   **Lunar\u00A0Gateway:** NASA and [JAXA](https://global.jaxa.jp/) signed the"
                    + " 12<sup>th</sup>\n    *implementing* arrangement\\_ on\n    the\\#1 module."))
        .isEqualTo(
            "Lunar Gateway: NASA and JAXA signed the 12th implementing arrangement_ on the#1"
                + " module.");
  }

  @Test
  void dropsHtmlComments_andHeadingMarks() {
    assertThat(MarkdownText.plain("### Space\n\n<!-- -->\n\nThe leaders met."))
        .isEqualTo("Space The leaders met.");
  }

  @Test
  void leavesUnderscoresAndAsterisksInsideWords() {
    assertThat(MarkdownText.plain("file_name and 5*3")).isEqualTo("file_name and 5*3");
  }

  @Test
  void unclosedLinksTagsAndComments_costOnePass_notOnePerOpening() {
    String brackets = "[a ".repeat(60_000);
    String tags = "a<b ".repeat(60_000);
    String comments = "<!-- x ".repeat(40_000);

    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertThat(MarkdownText.plain(brackets)).startsWith("[a [a");
          assertThat(MarkdownText.plain(tags)).startsWith("a<b a<b");
          assertThat(MarkdownText.plain(comments)).startsWith("<!-- x");
        });
  }
}
