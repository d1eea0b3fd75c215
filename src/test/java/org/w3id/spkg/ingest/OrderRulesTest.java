package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.w3id.spkg.ingest.RuleFixture.ask;
import static org.w3id.spkg.ingest.RuleFixture.spaceDoc;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What orders direct, on sentences written for the test: an order's "shall" (to the short name it
 * defines, after a legal proviso, over an enumerated list, in the passive), a fact sheet's "The
 * Order directs" and what it mandates, staff tasked to act, a policy's elements and requests, and
 * the instruction an outcome fulfils. The relevance gate is on.
 */
class OrderRulesTest {

  @TempDir Path dir;

  @Test
  void anOrdersShall_isADirectiveToTheShortNameItDefines() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Executive Order on Commercial Lunar Landers",
            "By the authority vested in me as President by the Constitution and the laws of the"
                + " United States of America, it is hereby ordered as follows:\n\n"
                + "Section 1.  Purpose.  The National Space Council (Council) advises on the"
                + " landers that carry payloads to the lunar surface.\n\n"
                + "Sec. 2.  (a)  The Council shall review the licensing of lunar landers every"
                + " year.  In particular, it shall:\n\n"
                + "(i)  advise the President on the safety of lunar landers and their"
                + " payloads;\n\n"
                + "(b)  The Council shall not direct the launch schedule of any spacecraft.\n");
    assertThat(directive(g, "agency:nspc", "Review the licensing of lunar landers")).isTrue();
    assertThat(directive(g, "agency:nspc", "Advise the President on the safety of lunar landers"))
        .isTrue();
    assertThat(directive(g, "agency:nspc", "The Council shall not direct the launch schedule"))
        .isTrue();
  }

  @Test
  void anOrdersShallAfterALegalProviso_directsEachOfAList_andAPassiveShallItsAgent()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Executive Order on the Lunar Resources Board",
            "By the authority vested in me as President by the Constitution and the laws of the"
                + " United States of America, it is hereby ordered as follows:\n\n"
                + "Section 1.  Establishment.  There is established the Lunar Resources Board"
                + " (Board).\n\n"
                + "Sec. 2.  (a)  To the extent permitted by law and within existing"
                + " appropriations, agencies serving on the Board, NASA, and the Department of"
                + " Energy shall make office space available to the Board.\n\n"
                + "(b)  The Secretary of Commerce, in consultation with the Secretary of State,"
                + " shall publish a lunar mining licence rule.\n\n"
                + "(c)  technical advice to the Board shall be provided exclusively by the Office"
                + " of Science and Technology Policy.\n");
    assertThat(directive(g, "agency:nasa", "Make office space available")).isTrue();
    assertThat(directive(g, "agency:doe", "Make office space available")).isTrue();
    assertThat(
            ask(
                g,
                "?d a spkg:Directive ; spkg:addressee ?a ; rdfs:label ?l . ?a rdfs:label"
                    + " \"Agencies serving on the Board\"@en . FILTER(STRSTARTS(?l, \"Make office\"))"))
        .isTrue();
    assertThat(directive(g, "office:us-secretary-of-commerce", "Publish a lunar mining")).isTrue();
    assertThat(
            ask(
                g,
                "?d a spkg:Directive ; spkg:addressee ?a ; rdfs:label ?l . ?a rdfs:label ?al ."
                    + " FILTER(CONTAINS(?al, \"consultation\"))"))
        .as("who is consulted is not directed")
        .isFalse();
    assertThat(directive(g, "agency:ostp", "Technical advice to the Board shall be provided"))
        .isTrue();
  }

  @Test
  void theOrderDirectsAnOfficeTo_isADirective_andWhatItMandates_aDirectiveCommitment()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "Fact Sheet: President Ada Lovelace Opens the Skies to Satellites",
            "Today, President Ada Lovelace signed an Executive Order on satellite spectrum.\n\n"
                + "-   The Order directs the Secretary of Commerce, in coordination with the"
                + " Secretary of State, to publish a spectrum plan for satellite operators.\n"
                + "-   The Order mandates the creation of a licensing office for lunar"
                + " missions.\n"
                + "-   The Order directs the Administrator of NASA to certify lunar landers, and"
                + " Federal departments and agencies to share lunar terrain data.\n"
                + "-   The Order calls for a crewed landing near the lunar south pole by 2029, and"
                + " the construction of a lunar power station by 2032.\n");
    assertThat(directive(g, "office:us-secretary-of-commerce", "Publish a spectrum plan")).isTrue();
    assertThat(
            ask(
                g,
                "?c spkg:commitmentKind kind:plan ; rdfs:label \"A crewed landing near the lunar"
                    + " south pole by 2029\"@en"))
        .isTrue();
    assertThat(
            ask(
                g,
                "?c spkg:commitmentKind kind:plan ; rdfs:label \"The construction of a lunar power"
                    + " station by 2032\"@en"))
        .isTrue();
    assertThat(
            ask(
                g,
                "?d a spkg:Directive ; spkg:addressee ?a ; rdfs:label \"Certify lunar landers\"@en"))
        .as("the first instruction ends where the second addressee begins")
        .isTrue();
    assertThat(
            ask(
                g,
                "?d a spkg:Directive ; spkg:addressee ?a ; rdfs:label ?l . ?a rdfs:label"
                    + " \"Federal departments and agencies\"@en . FILTER(STRSTARTS(?l, \"Share lunar"
                    + " terrain\"))"))
        .isTrue();
    assertThat(ask(g, "office:us-secretary-of-commerce skos:altLabel \"Secretary of Commerce\"@en"))
        .as("the office as the text names it")
        .isTrue();
    assertThat(
            ask(
                g,
                "?c spkg:commitmentKind kind:directive ; spkg:issuer ?p ; rdfs:label ?l ."
                    + " ?p a spkg:Person . FILTER NOT EXISTS { ?c a spkg:Directive }"
                    + " FILTER(STRSTARTS(?l, \"Mandates the creation of a licensing office\"))"))
        .isTrue();
  }

  @Test
  void taskedTheStaffTo_andAGuidanceWhichDirects_areDirectives() throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: Strengthening Cooperation in Space",
            "In March, the Vice President tasked the National Space Council staff to draft"
                + " guidelines for satellite servicing missions.  President Ada Lovelace approved"
                + " a space policy in May, which directs NASA to open its lunar landers to"
                + " foreign science payloads.\n");
    assertThat(directive(g, "agency:nspc", "Draft guidelines for satellite servicing")).isTrue();
    assertThat(directive(g, "agency:nasa", "Open its lunar landers")).isTrue();
  }

  @Test
  void itemsThatSayWhatAPolicyDoes_arePlansOfThePolicy_andItsRequestsDirectives()
      throws IOException {
    Graph g =
        spaceDoc(
            dir,
            "FACT SHEET: A Framework for Lunar Surface Operations",
            "Today, the Vice President will announce the Lunar Surface Operations Framework, a"
                + " new policy for the safe operation of landers and rovers on the Moon.\n\n"
                + "**Key Elements of the Framework:**\n\n"
                + "-   Sets principles for sharing lunar landing sites among partner nations;\n"
                + "-   Requests NASA and NOAA to draft a lunar weather data plan for landers;\n"
                + "-   Directs the use of existing licensing offices for lunar payloads;\n"
                + "-   Investments in lunar communications satellites; and\n"
                + "-   Establishes a lunar traffic coordination office.\n");
    assertThat(
            ask(
                g,
                "?c a spkg:Commitment ; spkg:commitmentKind kind:plan ; spkg:issuer ?p ;"
                    + " rdfs:label \"Sets principles for sharing lunar landing sites among partner"
                    + " nations\"@en . ?p rdfs:label \"Lunar Surface Operations Framework\"@en"))
        .as("a plan of the framework the document names")
        .isTrue();
    assertThat(
            ask(
                g,
                "?c a spkg:Commitment ; rdfs:label ?l ."
                    + " FILTER(STRSTARTS(?l, \"Establishes a lunar traffic coordination office\"))"))
        .isTrue();
    assertThat(directive(g, "agency:nasa", "Draft a lunar weather data plan")).isTrue();
    assertThat(directive(g, "agency:noaa", "Draft a lunar weather data plan")).isTrue();
    assertThat(ask(g, "?c rdfs:label ?l . FILTER(STRSTARTS(?l, \"Investments\"))"))
        .as("an item that opens with a noun does nothing")
        .isFalse();
    assertThat(ask(g, "?c rdfs:label ?l . FILTER(STRSTARTS(?l, \"Directs the use\"))"))
        .as("an instruction to no actor named gives nothing")
        .isFalse();
  }

  @Test
  void theInstructionAnOutcomeFulfils_takesTheVerbsBaseForm() {
    assertThat(StatementRules.instruction("developed a lunar plan"))
        .isEqualTo("Develop a lunar plan");
    assertThat(StatementRules.instruction("released a report")).isEqualTo("Release a report");
    assertThat(StatementRules.instruction("issued guidance")).isEqualTo("Issue guidance");
    assertThat(StatementRules.instruction("planned a launch")).isEqualTo("Plan a launch");
    assertThat(StatementRules.instruction("studied the orbit")).isEqualTo("Study the orbit");
    assertThat(StatementRules.instruction("launched a probe")).isEqualTo("Launch a probe");
    assertThat(StatementRules.instruction("built a rover")).isEqualTo("Build a rover");
    assertThat(StatementRules.instruction("created a council")).isEqualTo("Create a council");
  }

  private boolean directive(Graph g, String addressee, String labelStart) {
    return ask(
        g,
        "?d a spkg:Directive ; spkg:addressee "
            + addressee
            + " ; spkg:issuer ?i ; rdfs:label ?l . FILTER(STRSTARTS(?l, \""
            + labelStart
            + "\"))");
  }
}
