package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.InputException;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.OntologyFiles;
import org.w3id.spkg.vocab.SPKG;

/** The relevance gate on documents written for it: what decides, and what does not. */
class RelevanceTest {

  static final DocumentIngester INGESTER =
      DocumentIngester.create(OntologyFiles.at(TestFiles.ONTOLOGY));

  @TempDir Path dir;

  private DocumentRelevance decide(String markdown) throws IOException {
    Path file = dir.resolve("doc.md");
    Files.writeString(file, markdown);
    return INGESTER.relevance(SourceDocument.read(file, dir));
  }

  @Test
  void aTitleAboutSpace_makesTheWholeDocumentAboutSpace() throws IOException {
    DocumentRelevance r =
        decide("---\ntitle: Expanding Civil Space Cooperation\n---\n\nThe leaders met today.\n");

    assertThat(r.label()).isEqualTo("space");
    assertThat(r.cues()).contains("civil space");
  }

  @Test
  void aSpaceSectionOfAStateVisit_makesItMixed_andOnlyThatSectionIsAboutSpace() throws IOException {
    DocumentRelevance r =
        decide(
            "# State visit\n\n## Trade\n\nThe leaders agreed to lower tariffs on steel.\n\n"
                + "They will meet again next year.\n\n## Space\n\n"
                + "The two agencies will fly an astronaut to the lunar surface.\n\n"
                + "They welcomed the new satellite launch agreement.\n\n"
                + "## Health\n\nThe ministers will coordinate vaccine supply.\n");

    assertThat(r.label()).isEqualTo("mixed");
    assertThat(r.sections())
        .filteredOn(DocumentRelevance.SectionRelevance::space)
        .extracting(DocumentRelevance.SectionRelevance::heading)
        .containsExactly("Space");
  }

  @Test
  void figurativeAndMaskedUses_doNotCount() throws IOException {
    DocumentRelevance r =
        decide(
            "# Remarks\n\nWe celebrate the Lunar New Year with our friends. The Cancer Moonshot"
                + " continues. We made space for dialogue in cyberspace and protected our airspace."
                + " President Moon Jae-in visited. The FAA restricted air space over the storm.\n");

    assertThat(r.label()).isEqualTo("none");
    assertThat(r.score()).isZero();
  }

  @Test
  void onePassingItemInAList_isNotADocumentAboutSpace() throws IOException {
    DocumentRelevance r =
        decide(
            "# Investment\n\nWe will partner on energy, agriculture, the space industry, and"
                + " critical minerals. The ministers discussed tariffs.\n");

    assertThat(r.label()).isEqualTo("none");
  }

  @Test
  void anExchangeOfABriefingAboutSpace_isReadWhole_otherExchangesAreNot() throws IOException {
    Path file = dir.resolve("briefing.md");
    Files.writeString(
        file,
        "---\ntitle: Press Briefing by the Press Secretary\ndate: '2024-05-01'\n---\n\n"
            + "Q    On tariffs: will they go up?\n\n"
            + "MS. SMITH:  Mexico and Canada will hear from us next week.\n\n"
            + "Q    Russia tested an antisatellite weapon that left debris in space. Will the"
            + " astronauts on the station be safe?\n\n"
            + "MS. SMITH:  Japan and India have been briefed, and we will say more.\n\n"
            + "Q    And the weather?\n\n"
            + "MS. SMITH:  Chile will host the meeting.\n");

    ExtractedDocument doc = INGESTER.extract(file, IngestOptions.defaults());
    java.util.List<String> mentioned =
        doc.graph()
            .find(
                org.apache.jena.graph.Node.ANY,
                org.w3id.spkg.vocab.SPKG.mentions.asNode(),
                org.apache.jena.graph.Node.ANY)
            .mapWith(t -> t.getObject().getURI())
            .toList();

    assertThat(doc.stats().relevance()).isEqualTo("mixed");
    assertThat(mentioned)
        .as("the answer to the space question is read, though it names no space thing")
        .anyMatch(m -> m.endsWith("/nation/JP"))
        .noneMatch(m -> m.endsWith("/nation/MX"))
        .noneMatch(m -> m.endsWith("/nation/CL"));
  }

  @Test
  void aVeryLongStatementWithoutCommas_isDecidedInLinearTime() throws IOException {
    String markdown = "# Notes\n\n" + "the satellite and the harbour ".repeat(8_000) + "\n";

    DocumentRelevance r = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> decide(markdown));

    assertThat(r.label()).isIn("space", "mixed", "none");
  }

  @Test
  void aFirstLineStandingInForAMissingTitle_isNoTitle() throws IOException {
    DocumentRelevance r =
        decide("NASA named a satellite after her.\n\nThe rest is about tariffs and trade.\n");

    assertThat(r.label()).as("one statement with two weak cues, no title").isEqualTo("none");
  }

  @Test
  void aCueWithACapturingGroup_isRefused() throws IOException {
    Path terms = dir.resolve("groups.tsv");
    Files.writeString(terms, "(orbit|orbits)\t3\t\n");

    assertThatThrownBy(
            () ->
                SpaceCues.load(
                    terms, org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(terms + ":1:1")
        .hasMessageContaining("(?:");
  }

  @Test
  void cuesMatchInAnyCase_aCueBeyondAsciiInAnyCaseOfItsLetters() throws IOException {
    var empty = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    Path ascii = dir.resolve("ascii.tsv");
    Files.writeString(ascii, "space stations?\t3\t\n");
    Path accented = dir.resolve("accented.tsv");
    Files.writeString(accented, "agência espacial\t3\t\nspace stations?\t3\t\n");

    assertThat(SpaceCues.load(ascii, empty).find("The SPACE Station and a space station."))
        .extracting(SpaceCues.Hit::cue)
        .containsExactly("space station", "space station");
    assertThat(SpaceCues.load(accented, empty).find("A AGÊNCIA ESPACIAL and the Space Station."))
        .extracting(SpaceCues.Hit::cue)
        .containsExactly("agência espacial", "space station");
  }

  @Test
  void aBadCueFile_isRefusedNamingFileAndLine() throws IOException {
    Path terms = dir.resolve("space-terms.tsv");
    Files.writeString(terms, "# cues\nastronauts?\t3\t\nsatellite(\t3\t\n");
    Path weight = dir.resolve("weights.tsv");
    Files.writeString(weight, "astronauts?\theavy\t\n");
    var empty = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();

    assertThatThrownBy(() -> SpaceCues.load(terms, empty))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(terms + ":3:1")
        .hasMessageContaining("not a regular expression");
    assertThatThrownBy(() -> SpaceCues.load(weight, empty))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(weight + ":1:")
        .hasMessageContaining("a number or 'mask'");
  }

  @Test
  void cuesAreFoundLeftToRight_theVocabularyBeforeANameAtOnePlace_namedByTheirThing()
      throws IOException {
    Path terms = dir.resolve("terms.tsv");
    Files.writeString(terms, "lunar (?:landers?|gateway)\t3\t\nsatellites?\t1\t\n");
    var reference = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
    var gateway = org.apache.jena.graph.NodeFactory.createURI("https://example.org/gateway");
    var station = org.apache.jena.graph.NodeFactory.createURI("https://example.org/station");
    reference.add(gateway, RDF.type.asNode(), SPKG.SpaceStation.asNode());
    reference.add(gateway, RDFS.label.asNode(), NodeFactory.createLiteralString("Lunar Gateway"));
    reference.add(gateway, RDFS.label.asNode(), NodeFactory.createLiteralString("Gateway"));
    reference.add(station, RDF.type.asNode(), SPKG.SpaceStation.asNode());
    reference.add(
        station, RDFS.label.asNode(), NodeFactory.createLiteralString("Tiangong Station"));
    SpaceCues cues = SpaceCues.load(terms, reference);

    assertThat(
            cues
                .find(
                    "The Lunar Gateway and Tiangong Station, the Gateway's satellites and"
                        + " Gateways, a gateway, Tiangong.")
                .stream()
                .map(h -> h.cue() + "@" + h.start())
                .toList())
        .containsExactly("lunar gateway@4", "Tiangong Station@22", "Gateway@44", "satellites@54");
  }

  @Test
  void aSpaceAgencyNamedAlone_isNotEnough_butWithAnActivityItIs() throws IOException {
    assertThat(decide("# Plans\n\nNASA released its climate adaptation plan.\n").label())
        .isEqualTo("none");
    assertThat(
            decide(
                    "# Plans\n\nNASA will launch two Earth observation satellites into low Earth"
                        + " orbit next year.\n\nThe agency also thanked its staff.\n")
                .label())
        .isNotEqualTo("none");
  }
}
