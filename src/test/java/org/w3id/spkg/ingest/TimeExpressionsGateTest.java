package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.TestFiles;

/**
 * {@link TimeExpressions#find} skips a text with no digit, month or word of relative time: the
 * rules would find nothing there. Checked on every paragraph of the real briefings beside this
 * checkout ({@code ../shared/corpus-real} and {@code ../shared/archive-sample}), read with a
 * document date and without: where the first look says no, the rules, run anyway, find nothing.
 */
class TimeExpressionsGateTest {

  @Test
  void aTextTheFirstLookSkips_holdsNoTimeExpression() throws IOException {
    List<String> paragraphs = paragraphs();
    assumeTrue(
        !paragraphs.isEmpty(), "no ../shared/corpus-real or archive-sample beside this checkout");
    int skipped = 0;
    int found = 0;
    for (LocalDate date : new LocalDate[] {LocalDate.of(2025, 3, 1), null}) {
      TimeExpressions time = new TimeExpressions(date);
      for (String text : paragraphs) {
        List<TimeExpressions.TimeValue> all = time.findAll(text);
        if (!TimeExpressions.mayHoldTime(text)) {
          assertThat(all).as("time expressions in a text the first look skips: %s", text).isEmpty();
          assertThat(time.find(text)).isEmpty();
          skipped++;
        } else {
          assertThat(time.find(text)).as(text).isEqualTo(all);
          found += all.isEmpty() ? 0 : 1;
        }
      }
    }
    // Not vacuous: the real texts have both kinds.
    assertThat(skipped).isPositive();
    assertThat(found).isPositive();
  }

  @Test
  void relativeWordsAndMonthsAlone_areReadWithADate() {
    TimeExpressions time = new TimeExpressions(LocalDate.of(2025, 3, 1));
    assertThat(time.find("The agency will report back next year.")).hasSize(1);
    assertThat(time.find("They met earlier this month.")).hasSize(1);
    assertThat(time.find("The review ends by the end of the decade.")).hasSize(1);
    assertThat(time.find("The summit took place in December.")).hasSize(1);
    assertThat(time.find("Leaders met today.")).hasSize(1);
    assertThat(time.find("Leaders will meet again this week.")).hasSize(1);
    assertThat(time.find("Leaders welcomed the cooperation.")).isEmpty();
  }

  private static List<String> paragraphs() {
    return TestFiles.paragraphs(TestFiles.markdownBelow(TestFiles.REAL_BRIEFINGS)).stream()
        .filter(p -> !p.isBlank())
        .map(String::strip)
        .toList();
  }
}
