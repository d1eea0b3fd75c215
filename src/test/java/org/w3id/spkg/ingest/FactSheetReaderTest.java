package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactSheetReaderTest {

  static final Path SEED =
      Path.of("corpus/2023-12-20-fact-sheet-strengthening-us-international-space-partnerships.md");

  private final ParsedDocument doc =
      FactSheetReader.read(SourceText.read(SEED), "seed", Optional.empty());

  @Test
  void frontMatter_givesTitleDateAndTimes_withTheTitleSpaceNormalised() {
    assertThat(doc.title())
        .isEqualTo("FACT SHEET: Strengthening U.S. International Space Partnerships");
    assertThat(doc.date()).contains(LocalDate.of(2023, 12, 20));
    assertThat(doc.frontMatter().published()).contains("2023-12-20T12:00:00-05:00");
    assertThat(doc.frontMatter().modified()).contains("2023-12-20T13:50:55-05:00");
    assertThat(doc.frontMatter().tags()).containsExactly("statements-releases");
  }

  @Test
  void sections_comeFromBoldItalicAndItalicLines_evenWhenWrapped() {
    assertThat(doc.sections())
        .extracting(s -> s.level() + " " + s.heading().text())
        .containsExactly(
            "1 International Partnerships as a Source of American Leadership and Strength",
            "1 International Partnerships Providing Societal Benefits on Earth",
            "2 Supporting the U.S. Space Economy",
            "2 Leveraging Space to Combat the Climate Crisis, Natural Disasters, and Extreme Weather Events",
            "1 Leading the Return to the Moon with an Unprecedented Network of Allies and Partners");
    assertThat(doc.sections().get(2).parent()).isEqualTo(1);
  }

  @Test
  void boldLedItems_are28_withTitlesCleanedOfColonAndJoined() {
    List<String> titles =
        doc.blocks().stream()
            .filter(ParsedDocument.Block::isBoldLed)
            .map(b -> b.title().orElseThrow().text())
            .toList();
    assertThat(titles).hasSize(28);
    assertThat(titles)
        .contains(
            "Expanding and Strengthening the Artemis Accords Coalition",
            "Observations of the Cosmos to Enable International Academic Partnerships",
            "Combined Space Operations (CSpO) Initiative",
            "Improving Societal Health in South America and Africa Using Environmental Data");
    assertThat(titles).allSatisfy(t -> assertThat(t).doesNotEndWith(":").doesNotContain("*"));
  }

  @Test
  void aBoldNameRunningOnIntoItsSentence_isItsSubject_notATitle(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("commitments.md");
    Files.writeString(
        file,
        "---\ntitle: New Commitments\n---\n\n- **Acme Orbital** will offer 30 internships.\n"
            + "- **Acme Orbital:** It will offer 30 internships.\n"
            + "- **Zenith Labs.** The company is hiring.\n");
    ParsedDocument parsed = FactSheetReader.read(SourceText.read(file), "c", Optional.empty());
    assertThat(parsed.blocks())
        .extracting(
            b ->
                b.title().map(PlainText::text).orElse("-")
                    + " | "
                    + b.body().text()
                    + " | "
                    + b.boldSubject().map(PlainText::text).orElse("-"))
        .containsExactly(
            "- | Acme Orbital will offer 30 internships. | Acme Orbital",
            "Acme Orbital | It will offer 30 internships. | -",
            "Zenith Labs. | The company is hiring. | -");
  }

  @Test
  void plainItems_afterADirectedLeadIn_keepTheirLeadIn() {
    List<ParsedDocument.Block> plain =
        doc.blocks().stream()
            .filter(b -> b.kind() == ParsedDocument.Kind.LIST_ITEM && !b.isBoldLed())
            .toList();
    assertThat(plain).hasSize(5);
    assertThat(plain)
        .allSatisfy(
            b ->
                assertThat(doc.blocks().get(b.leadIn()).body().text())
                    .contains("has directed the U.S. Government to do the following"));
  }

  @Test
  void everySlice_mapsBackToAVerbatimSpanOfTheFile() {
    String text = doc.source().text();
    for (ParsedDocument.Block block : doc.blocks()) {
      PlainText body = block.body();
      for (int[] s : SentenceSplitter.split(body.text())) {
        String quote = text.substring(body.sourceStart(s[0]), body.sourceEnd(s[1]));
        String unmarked =
            quote.replaceAll("\\]\\([^)]*\\)", "").replaceAll("[\\[*]", "").replaceAll("\\s+", " ");
        assertThat(unmarked).isEqualTo(body.text().substring(s[0], s[1]));
      }
    }
  }

  @Test
  void sentences_doNotBreakAtAbbreviationsOrInitials() {
    String item =
        doc.blocks().stream()
            .filter(
                b -> b.title().map(t -> t.text().equals("Vera C. Rubin Observatory")).orElse(false))
            .findFirst()
            .orElseThrow()
            .body()
            .text();
    assertThat(SentenceSplitter.split(item)).hasSize(1);
    assertThat(SentenceSplitter.split("The U.S. Science Envoy will go. Then D.C. follows."))
        .hasSize(2);
  }

  @Test
  void linesOfNonBreakingSpaces_separateParagraphs_andOffsetsStayTrue() {
    String text =
        "First paragraph on trade.\n\u00a0\nSecond paragraph on space.\n \u00a0\t\nThird.\n";
    String blanked = FactSheetReader.blankLinesOfSpaces(text);
    assertThat(blanked).hasSameSizeAs(text);
    assertThat(blanked.split("\n", -1))
        .containsExactly(
            "First paragraph on trade.", " ", "Second paragraph on space.", "   ", "Third.", "");
    assertThat(FactSheetReader.blankLinesOfSpaces("Line with\u00a0a space inside.\n"))
        .isEqualTo("Line with\u00a0a space inside.\n");
  }
}
