package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.TestFiles;

/**
 * {@link CueScan} finds what one alternation of all the cues finds, cue for cue and place for
 * place: on every paragraph of the bundled corpus and of the real briefings beside this checkout
 * with the gate's own cues and masks, and on cues written to trip it (one that looks behind, one
 * that starts with punctuation, one that can match nothing at all).
 */
class CueScanTest {

  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static final List<Path> FOLDERS =
      Stream.concat(Stream.of(TestFiles.CORPUS), TestFiles.REAL_BRIEFINGS.stream()).toList();

  @Test
  void theGatesCues_areFoundAsOneAlternationFindsThem_inRealTexts() throws IOException {
    List<String> cues = new ArrayList<>();
    List<String> masks = new ArrayList<>();
    for (String line :
        Files.readAllLines(
            TestFiles.ONTOLOGY.resolve("reference").resolve("space-terms.tsv"),
            StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t", -1);
      if (!line.isBlank() && !line.startsWith("#")) {
        (cols[1].strip().equals("mask") ? masks : cues).add(cols[0]);
      }
    }
    List<String> texts = TestFiles.paragraphs(TestFiles.markdownBelow(FOLDERS));

    int found = sameAsOneAlternation(cues, texts);
    int masked = sameAsOneAlternation(masks, texts);

    assertThat(found).as("cues found in the real texts").isGreaterThan(100);
    assertThat(masked).as("masked phrases found in the real texts").isPositive();
  }

  @Test
  void cuesThatLookBehind_startWithPunctuation_orMatchNothing_areFoundTheSame() {
    List<String> texts =
        List.of(
            "The Moon, the moon; a lunar lander (and ORBITS) — not a honeymoon.",
            "(orbit) x-ray space-based launch, 2024: the lander's orbit.",
            "",
            "orbit",
            "Ünïcode ÖRBIT orbit_al orbitals orbit");
    sameAsOneAlternation(List.of("(?<!the )moon", "-ray", "lunar landers?", "orbits?"), texts);
    sameAsOneAlternation(List.of("\\(orbit\\)", "orbits?", "(?:x)?"), texts);
    sameAsOneAlternation(List.of("(?-i)ORBIT", "orbit", "[a-z]+ing"), texts);
  }

  /** Checks the scan against one alternation on every text; returns the cues found. */
  private static int sameAsOneAlternation(List<String> cues, List<String> texts) {
    StringBuilder all = new StringBuilder();
    for (String cue : cues) {
      all.append(all.length() == 0 ? "" : "|").append('(').append(cue).append(")\\b");
    }
    Pattern one = Pattern.compile("\\b(?:" + all + ")", FLAGS);
    CueScan scan = new CueScan(cues, FLAGS);
    int found = 0;
    for (String text : texts) {
      CueScan.Scan s = scan.in(text);
      Matcher m = one.matcher(text);
      int pos = 0;
      while (pos <= text.length()) {
        CueScan.Found actual = s.next(pos);
        if (!m.find(pos)) {
          assertThat(actual).as("in %s from %d", text, pos).isNull();
          break;
        }
        int g = 1;
        while (m.start(g) < 0) {
          g++;
        }
        assertThat(actual)
            .as("in %s from %d", text, pos)
            .isEqualTo(new CueScan.Found(g - 1, m.start(), m.end(), m.group(g)));
        found++;
        pos = m.end() > m.start() ? m.end() : m.end() + 1;
      }
    }
    return found;
  }
}
