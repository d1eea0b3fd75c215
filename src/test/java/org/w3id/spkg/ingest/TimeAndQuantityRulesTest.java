package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dates with their kind and quantities with what they measure, each on sentences written for the
 * test (fact sheets dated 1 March 2025).
 */
class TimeAndQuantityRulesTest {

  @TempDir Path dir;

  @Test
  void countsNameWhatTheyCount_andYearsOrdinalsAndReferencesAreNotCounts() throws IOException {
    Graph g =
        ingest(
            "counts.md",
            "NASA will fly two U.S. weather sensors on two Korean-built and tested satellites in"
                + " 2027. The agency will send 12,000 lunar soil kits to schools and reach 3"
                + " million students over the next five years. Under Section 4 of the order, the"
                + " two leaders welcomed the third meeting of the 2024 Lunar Dialogue.\n");
    assertThat(counts(g))
        .containsExactlyInAnyOrder(
            "2 U.S. weather sensors",
            "2 Korean-built and tested satellites",
            "12000 lunar soil kits",
            "3000000 students",
            "5 years");
  }

  @Test
  void signatoriesCounted_areTheAgreementsAsOfTheDocumentsDate() throws IOException {
    Graph g =
        ingest(
            "signatories.md",
            "Today, 41 nations have signed the Artemis Accords, and NASA welcomed the newest"
                + " signatory. The Artemis Accords were signed by 42 nations by the next day.\n");
    assertThat(
            ask(
                g,
                "<https://w3id.org/spkg/id/program/artemis-accords> spkg:quantity ?q ."
                    + " ?q a spkg:Count ; spkg:role role:signatory ; schema:value 41 ;"
                    + " spkg:asOf \"2025-03-01\"^^xsd:date"))
        .as(dump(g))
        .isTrue();
    assertThat(
            ask(
                g,
                "<https://w3id.org/spkg/id/program/artemis-accords> spkg:quantity ?q ."
                    + " ?q spkg:role role:signatory ; schema:value 42 ;"
                    + " rdfs:label \"nations that signed Artemis Accords\"@en"))
        .as(dump(g))
        .isTrue();
  }

  @Test
  void nationsThatSignedOn_signedTheAgreementNamedBefore_andTheirTotalIsCountedToo()
      throws IOException {
    Graph g =
        ingest(
            "total.md",
            "Our partners welcomed the Artemis Accords as a basis for lunar exploration.\n\n"
                + "Since the spring, 9 more nations have signed on, bringing the total number to"
                + " 52.\n");
    assertThat(
            select(
                g,
                "SELECT ?x { <https://w3id.org/spkg/id/program/artemis-accords> spkg:quantity ?q ."
                    + " ?q spkg:role role:signatory ; schema:value ?v ; rdfs:label ?l ."
                    + " BIND(CONCAT(STR(?v), \" \", ?l) AS ?x) }"))
        .as(dump(g))
        .containsExactlyInAnyOrder(
            "9 more nations that signed Artemis Accords",
            "52 total of nations that signed Artemis Accords");
  }

  @Test
  void sumInAnItemsTitle_isReadOnceFromItsSentence_onWhatItPaysFor() throws IOException {
    Graph g =
        ingest(
            "money.md",
            "-   **$2.5 million for Rover Clubs:** The Department of Education is providing"
                + " $2.5M over five years to support NASA's rover clubs in rural schools.\n");
    assertThat(ask(g, "?q a spkg:MonetaryAmount ; schema:value 2500000 ; schema:currency \"USD\""))
        .as(dump(g))
        .isTrue();
    assertThat(count(g, "?q a spkg:MonetaryAmount"))
        .as("the title's sum is the sentence's")
        .isEqualTo(1);
    assertThat(counts(g)).as("the period of a sum is no count").isEmpty();
  }

  @Test
  void datesSayWhatTheyAreOf() throws IOException {
    Graph g =
        ingest(
            "dates.md",
            "The observatory will operate through 2031. The agency will select a lunar lander by"
                + " the end of the year. The first sensor will launch as soon as next year."
                + " In June 2019, the Space Force opened a tracking station in Chile. The"
                + " Vice President hosted the Space Council on October 4-6, 2024. Earlier this year,"
                + " Chile signed an accord that it plans to implement.\n");
    assertThat(dateKinds(g))
        .contains(
            "2031 end",
            "2025 deadline",
            "2026 launch-window",
            "2019-06 past-event",
            "2024-10-04 past-event",
            "2025 past-event");
  }

  @Test
  void anOrdersPeriodFromItsDate_isADeadline() throws IOException {
    Graph g =
        ingest(
            "order.md",
            "Within 60 days of the date of this order, the Secretary of Commerce shall submit a"
                + " plan for orbital debris tracking. Within one year after the date of this order,"
                + " NASA shall report on lunar landers. Within thirty (30) days of this memorandum,"
                + " the Administrator shall brief the Council on space weather.\n");
    assertThat(dateKinds(g))
        .as(dump(g))
        .contains("2025-04-30 deadline", "2026-03-01 deadline", "2025-03-31 deadline");
  }

  @Test
  void todayDatesADeedOfTheDocument_butNotAStateOfAffairs() throws IOException {
    Graph g =
        ingest(
            "today.md",
            "Today, the President signed a memorandum on orbital debris. Today, farmers rely on"
                + " satellites for weather. The memorandum signed today updates a policy of"
                + " 2010. Today, the Department of Commerce announced new awards for orbital"
                + " debris research.\n");
    assertThat(count(g, "?e spkg:date \"2025-03-01\"^^xsd:date")).as(dump(g)).isEqualTo(1);
  }

  @Test
  void aRangeOfYearsAsAnEndOfService_isItsLastYear() throws IOException {
    Graph g =
        ingest(
            "range.md",
            "NASA expects the end of service for the relay satellites in 2031-2033. The partners"
                + " will hold joint exercises in 2026-2028.\n");
    assertThat(dateKinds(g)).as(dump(g)).containsExactlyInAnyOrder("2033 end", "2026 scheduled");
  }

  @Test
  void decadeRangesAreTheDecadesLastYear() throws IOException {
    Graph g =
        ingest(
            "decade.md",
            "The relay satellites will extend services into the early- to mid-2040s.\n");
    assertThat(dateKinds(g)).as(dump(g)).containsExactly("2049 end");
  }

  @Test
  void theMeetingADocumentAboutSpaceInPartReportsOpeningWithToday_isDated() throws IOException {
    String body =
        "Today, the Canadian and American trade ministers chaired the second meeting of the"
            + " Critical Technology Dialogue in Ottawa. The ministers discussed semiconductors,"
            + " satellite navigation, space weather and lunar exploration, and agreed to deepen"
            + " cooperation on Earth observation satellites.\n\n"
            + "**Trade and Investment**\n\n"
            + "The ministers welcomed new investment in battery factories and agreed to cut tariffs"
            + " on electric vehicle parts, to expand cross-border rail freight and to simplify"
            + " customs rules for small businesses.\n\n"
            + "**Health**\n\n"
            + "The ministers agreed to share data on hospital capacity, to coordinate vaccine"
            + " purchases and to train more nurses in rural clinics.\n\n"
            + "**Energy**\n\n"
            + "The ministers agreed to connect their electricity grids, to build new transmission"
            + " lines across the border and to fund research on hydrogen fuel for trucks.\n\n"
            + "**Education**\n\n"
            + "The ministers agreed to double student exchanges and to recognize each other's"
            + " teaching diplomas and apprenticeship certificates.\n\n"
            + "**Space**\n\n"
            + "NASA and the Canadian Space Agency will launch a joint Earth observation satellite"
            + " in 2027 and expand cooperation on lunar exploration under the Artemis program.\n";
    Graph g =
        RuleFixture.ingest(
            dir,
            "joint-fact-sheet.md",
            "Joint Fact Sheet: Second Meeting of the Critical Technology Dialogue",
            body,
            IngestOptions.Topic.SPACE);
    assertThat(ask(g, "?e spkg:date ?d . FILTER(STR(?d) = \"2025-03-01\")")).isTrue();
  }

  @Test
  void aParagraphGoesOnWithTheOneBeforeAboutSpace_butNotAcrossAHeading() throws IOException {
    String body =
        "Today the two Presidents reviewed their cooperation in civil and commercial space and"
            + " agreed on new steps for the Artemis program.\n\n"
            + "The two governments will set aside $30 million for it over three years.\n\n"
            + "They also welcomed a new joint satellite for tracking wildfires.\n\n"
            + "**Energy**\n\n"
            + "The ministers will consider up to $4 billion in loans for a new hydroelectric dam.\n";
    Graph g =
        RuleFixture.ingest(
            dir,
            "space-then-energy.md",
            "Fact Sheet: The Two Nations Deepen Cooperation in Space",
            body,
            IngestOptions.Topic.SPACE);
    assertThat(ask(g, "?q a spkg:MonetaryAmount ; schema:value 30000000"))
        .as("the paragraph after one about space, under the same heading: " + dump(g))
        .isTrue();
    assertThat(ask(g, "?q a spkg:MonetaryAmount ; schema:value 4000000000"))
        .as("a paragraph under another heading does not go on with it")
        .isFalse();
  }

  private Graph ingest(String name, String body) throws IOException {
    return RuleFixture.ingest(dir, name, "Test fact sheet on space", body, IngestOptions.Topic.ALL);
  }

  private static List<String> counts(Graph g) {
    return select(
        g,
        "SELECT ?x { ?q a spkg:Count ; schema:value ?v ; schema:unitText ?u ."
            + " BIND(CONCAT(STR(?v), \" \", ?u) AS ?x) }");
  }

  private static List<String> dateKinds(Graph g) {
    return select(
        g,
        "SELECT ?x { ?e spkg:plannedFor|spkg:date ?d ; spkg:dateKind ?k ."
            + " BIND(CONCAT(STR(?d), \" \", REPLACE(STR(?k), \"^.*/\", \"\")) AS ?x) }");
  }

  private static List<String> select(Graph g, String query) {
    return RuleFixture.select(g, query);
  }

  private static int count(Graph g, String pattern) {
    return select(g, "SELECT (STR(COUNT(*)) AS ?x) { " + pattern + " }").stream()
        .mapToInt(Integer::parseInt)
        .sum();
  }

  private static boolean ask(Graph g, String pattern) {
    return RuleFixture.ask(g, pattern);
  }

  private static String dump(Graph g) {
    StringWriter w = new StringWriter();
    ModelFactory.createModelForGraph(g).write(w, "TTL");
    return w.toString();
  }
}
