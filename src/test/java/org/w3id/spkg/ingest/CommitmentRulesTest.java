package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What actors undertake and what orders direct, on sentences written for the test: plans, norms and
 * pledges with their issuers (named, or "we" for the document's parties), announced commitments, an
 * order's "shall" and a fact sheet's "The Order directs". The relevance gate is on: a "will"
 * outside a statement about space gives nothing.
 */
class CommitmentRulesTest {

  @TempDir Path dir;

  @Test
  void willAndCommitsNotTo_areAPlanAndANorm_labelledByTheClause() throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Strengthening Cooperation in Space",
            "NOAA will launch a new ocean color satellite with ESA in 2027 to monitor coastal"
                + " waters from orbit. Canada commits not to conduct destructive anti-satellite"
                + " missile tests in outer space.\n");
    assertThat(
            commitment(
                g, "agency:noaa", "plan", "Launch a new ocean color satellite with ESA in 2027"))
        .isTrue();
    assertThat(commitment(g, "nation:CA", "norm", "Not to conduct destructive anti-satellite"))
        .isTrue();
  }

  @Test
  void weInAJointStatement_isTheDocumentsParties() throws IOException {
    Graph g =
        ingest(
            "Joint Statement from the United States and Brazil",
            "We intend to expand cooperation on Earth observation satellites and lunar"
                + " exploration.\n");
    assertThat(commitment(g, "nation:US", "plan", "Expand cooperation on Earth observation"))
        .isTrue();
    assertThat(commitment(g, "nation:BR", "plan", "Expand cooperation on Earth observation"))
        .isTrue();
  }

  @Test
  void undertakingsOfADocumentThatAnnouncesCommitments_arePledges() throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing new commitments to grow the space workforce,"
                + " with the following commitments:\n\n"
                + "-   **Satellite Internships:** NASA is providing $2 million to fund satellite"
                + " engineering internships at community colleges.\n"
                + "-   **Rocketry Apprenticeships:** The Department of Energy will host an"
                + " apprenticeship summit for rocket propulsion technicians.\n");
    assertThat(commitment(g, "agency:nasa", "pledge", "Providing $2 million to fund satellite"))
        .isTrue();
    assertThat(commitment(g, "agency:doe", "pledge", "Host an apprenticeship summit")).isTrue();
  }

  @Test
  void aFurtherPledgeOfAnItemInALaterSentence_isOneMore_butADetailOfAPlanIsNot()
      throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **Rocket Camps:** In May, NASA will open a rocketry camp for rural students."
                + " To train their teachers, NASA is hosting a free summer institute on orbital"
                + " mechanics.\n");
    assertThat(commitment(g, "agency:nasa", "pledge", "Open a rocketry camp")).isTrue();
    assertThat(commitment(g, "agency:nasa", "pledge", "Hosting a free summer institute")).isTrue();
    Graph plans =
        ingest(
            "FACT SHEET: Strengthening Cooperation in Space",
            "-   **Launch Licensing:** NOAA will simplify the licensing of commercial weather"
                + " satellites. NOAA will publish a licensing guide for satellite operators.\n");
    assertThat(commitment(plans, "agency:noaa", "plan", "Simplify the licensing")).isTrue();
    assertThat(commitment(plans, "agency:noaa", "plan", "Publish a licensing guide"))
        .as("a plan's second sentence details the first")
        .isFalse();
  }

  @Test
  void aWillOutsideAStatementAboutSpace_orWorkUnderWay_givesNoCommitment() throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Strengthening Cooperation in Space",
            "NASA will send a crewed mission to lunar orbit in 2028 with its international"
                + " partners.\n\n"
                + "Separately, the United States will expand agricultural trade with its"
                + " neighbours.\n\n"
                + "NASA is developing a new lunar rover for the astronauts of its crewed"
                + " missions.\n");
    assertThat(commitment(g, "agency:nasa", "plan", "Send a crewed mission")).isTrue();
    assertThat(ask(g, "?c spkg:issuer nation:US")).as("trade is not about space").isFalse();
    assertThat(ask(g, "?c a spkg:Commitment ; rdfs:label ?l . FILTER(CONTAINS(?l, \"rover\"))"))
        .as("work under way is no undertaking")
        .isFalse();
  }

  @Test
  void gerundItemsOfAJointFactSheet_andADecisionOf_arePlansOfTheirActors() throws IOException {
    Graph g =
        ingest(
            "Joint Fact Sheet: The United States and Brazil Deepen Space Cooperation",
            "The United States and Brazil are launching new initiatives in the following"
                + " domains:\n\n"
                + "-   Expanding the exchange of Earth observation satellite data for forest"
                + " monitoring.\n"
                + "-   Welcoming the launch of a Brazilian weather satellite last year.\n\n"
                + "The leaders welcomed the decision of NASA to host Brazilian engineers at a"
                + " lunar lander test facility next year.\n");
    assertThat(commitment(g, "nation:BR", "plan", "Expanding the exchange of Earth observation"))
        .isTrue();
    // (the launch it welcomes is a past event of the date rules, labelled with its clause)
    assertThat(
            ask(g, "?c a spkg:Commitment ; rdfs:label ?l . FILTER(STRSTARTS(?l, \"Welcoming\"))"))
        .as("a welcome is no undertaking")
        .isFalse();
    assertThat(commitment(g, "agency:nasa", "plan", "Host Brazilian engineers")).isTrue();
  }

  @Test
  void aSubordinateClause_andAContributionListedAfterAnother_giveNoCommitment() throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Strengthening Cooperation in Space",
            "As the United States continues to lead lunar exploration, NASA will publish a"
                + " lunar science plan.  Italy is building a habitation module, Japan will"
                + " provide a pressurized rover for lunar surface missions.\n");
    assertThat(commitment(g, "agency:nasa", "plan", "Publish a lunar science plan")).isTrue();
    assertThat(ask(g, "?c a spkg:Commitment ; spkg:issuer nation:US")).isFalse();
    assertThat(ask(g, "?c a spkg:Commitment ; spkg:issuer nation:JP")).isFalse();
  }

  @Test
  void reaffirmedPrinciples_areANorm_moneyAnnounced_aPledge_andAQuotedWe_nothing()
      throws IOException {
    Graph g =
        ingest(
            "Joint Statement from the United States and Brazil",
            "The leaders reaffirmed the principles of the Outer Space Treaty on the peaceful use"
                + " of outer space.  NASA announced $3 million for satellite engineering"
                + " scholarships.  NOAA, with the Brazilian space agency, will calibrate weather"
                + " satellites over the Amazon.  The Vice President said that “we will fly to"
                + " Mars together one day.”\n");
    assertThat(commitment(g, "nation:BR", "norm", "Principles of the Outer Space Treaty")).isTrue();
    assertThat(commitment(g, "agency:nasa", "pledge", "$3 million for satellite")).isTrue();
    assertThat(commitment(g, "agency:noaa", "plan", "Calibrate weather satellites")).isTrue();
    assertThat(ask(g, "?c rdfs:label ?l . FILTER(CONTAINS(?l, \"Mars\"))"))
        .as("a quotation's we is its speaker")
        .isFalse();
  }

  @Test
  void anOrdersShall_isADirectiveToTheShortNameItDefines() throws IOException {
    Graph g =
        ingest(
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
        ingest(
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
        ingest(
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
        ingest(
            "FACT SHEET: Strengthening Cooperation in Space",
            "In March, the Vice President tasked the National Space Council staff to draft"
                + " guidelines for satellite servicing missions.  President Ada Lovelace approved"
                + " a space policy in May, which directs NASA to open its lunar landers to"
                + " foreign science payloads.\n");
    assertThat(directive(g, "agency:nspc", "Draft guidelines for satellite servicing")).isTrue();
    assertThat(directive(g, "agency:nasa", "Open its lunar landers")).isTrue();
  }

  @Test
  void aVowOrAPromisedQuotation_isAPledgeOfWhoPromised_andTheSpeakersPartnerIsAnIssuer()
      throws IOException {
    Graph g =
        ingest(
            "Remarks by the Vice President at a Space Industry Summit",
            "President Ada Lovelace vowed to build a permanent science station on the Moon.\n\n"
                + "-   President Ada Lovelace promised that “We will send a crewed rover across"
                + " the lunar south pole before the decade is out.”\n\n"
                + "President Ada Lovelace and I are committed to opening lunar landing sites to"
                + " the scientists of every partner nation.\n\n"
                + "Two years ago, I invited every nation to join our commitment not to test"
                + " anti-satellite missiles that create orbital debris.\n");
    assertThat(lovelacePledge(g, "Build a permanent science station")).isTrue();
    assertThat(lovelacePledge(g, "Send a crewed rover across the lunar")).isTrue();
    assertThat(lovelacePledge(g, "Opening lunar landing sites")).isTrue();
    assertThat(commitment(g, "nation:US", "norm", "Not to test anti-satellite missiles")).isTrue();
  }

  @Test
  void theyInAJointStatement_everyDecisionOfASentence_convening_andUpholdingTheLaw()
      throws IOException {
    Graph g =
        ingest(
            "Joint Statement from the United States and Brazil",
            "The leaders discussed cooperation in space.  They also committed to open their"
                + " satellite ground stations to each other's Earth observation missions.\n\n"
                + "They welcomed the decision of NOAA to share ocean satellite data with Brazil,"
                + " and the announcement by NASA to train Brazilian astronauts at its lunar"
                + " simulation facility.\n\n"
                + "Next year, NASA will convene American and Brazilian lunar lander companies in"
                + " Houston.  NOAA will convene the first meeting of the space weather working"
                + " group.\n\n"
                + "We reaffirm the importance of upholding the existing international legal"
                + " framework for outer space, including the Outer Space Treaty.\n\n"
                + "The leaders announced a shared goal for a Brazilian astronaut to fly to the"
                + " lunar Gateway.\n");
    assertThat(commitment(g, "nation:BR", "pledge", "Open their satellite ground stations"))
        .isTrue();
    assertThat(
            ask(
                g,
                "?c spkg:issuer agency:noaa ; rdfs:label \"Share ocean satellite data with"
                    + " Brazil\"@en"))
        .as("a decision's clause ends where the next one's noun begins")
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Train Brazilian astronauts")).isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Convene American and Brazilian")).isTrue();
    assertThat(
            ask(
                g,
                "?c spkg:issuer agency:noaa ; rdfs:label ?l . FILTER(CONTAINS(?l, \"meeting\"))"))
        .as("convening a meeting is no undertaking")
        .isFalse();
    assertThat(commitment(g, "nation:US", "norm", "Importance of upholding the existing")).isTrue();
    assertThat(commitment(g, "nation:BR", "plan", "A Brazilian astronaut to fly to the lunar"))
        .isTrue();
  }

  @Test
  void anActorsDecisionOrAnnouncement_isItsPlan_unlessItOpensTheSentence() throws IOException {
    Graph g =
        ingest(
            "Joint Statement from the United States and Brazil",
            "The United States welcomes Brazil’s decision to build a lunar seismometer, following"
                + " NASA’s announcement of new lunar landers.  The partnership is exemplified by"
                + " NOAA’s announcement of a joint ocean color satellite mission.\n\n"
                + "Brazil’s decision to sign the Artemis Accords reflects its long record of"
                + " cooperation in space.\n");
    assertThat(
            ask(
                g,
                "?c spkg:issuer nation:BR ; spkg:commitmentKind kind:plan ; rdfs:label \"Build a"
                    + " lunar seismometer\"@en"))
        .as("the clause ends before 'following the'")
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "New lunar landers")).isTrue();
    assertThat(commitment(g, "agency:noaa", "plan", "A joint ocean color satellite")).isTrue();
    assertThat(ask(g, "?c rdfs:label ?l . FILTER(STRSTARTS(?l, \"Sign the Artemis\"))"))
        .as("a decision that opens the sentence is what the sentence describes")
        .isFalse();
  }

  @Test
  void aSubjectThatRefersBack_standsForTheActorsThatOpenTheItem_orTheThingItNames()
      throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **Lunar Robotics Lessons:** The Department of Energy and NOAA are announcing"
                + " a series of lessons on lunar robotics. The agencies are preparing a summer"
                + " camp on satellite design for rural students.\n"
                + "-   **Orbital Debris Lab:** NASA is creating the Orbital Debris Research Lab."
                + " In June, the Lab will publish a free catalogue of debris tracking tools for"
                + " teachers.\n"
                + "-   **Rocketry Scholarships:** NSF, through its Graduate Research Fellowship,"
                + " is funding scholarships for students of rocket propulsion.\n");
    assertThat(commitment(g, "agency:doe", "pledge", "Preparing a summer camp")).isTrue();
    assertThat(commitment(g, "agency:noaa", "pledge", "Preparing a summer camp")).isTrue();
    assertThat(
            ask(
                g,
                "?c a spkg:Commitment ; spkg:issuer ?lab ; rdfs:label ?l . ?lab rdfs:label"
                    + " \"Orbital Debris Research Lab\"@en . FILTER(STRSTARTS(?l, \"Publish a free"
                    + " catalogue\"))"))
        .isTrue();
    assertThat(commitment(g, "agency:nsf", "pledge", "Funding scholarships")).isTrue();
    Graph apposed =
        ingest(
            "FACT SHEET: Strengthening Cooperation in Space",
            "NOAA, the nation’s weather and ocean agency, will launch two polar orbiting"
                + " satellites in 2028.  NASA, ESA and JAXA will fly a joint comet mission.\n");
    assertThat(commitment(apposed, "agency:noaa", "plan", "Launch two polar orbiting")).isTrue();
    assertThat(commitment(apposed, "agency:nasa", "plan", "Fly a joint comet mission")).isTrue();
    assertThat(
            commitment(
                apposed,
                "<https://w3id.org/spkg/id/organization/esa>",
                "plan",
                "Fly a joint comet mission"))
        .isTrue();
  }

  @Test
  void itemsThatSayWhatAPolicyDoes_arePlansOfThePolicy_andItsRequestsDirectives()
      throws IOException {
    Graph g =
        ingest(
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
  void aFactSheetItemSettingSomethingUp_isAPlan_butProseReportingWorkIsNot() throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Strengthening Cooperation in Space",
            "The Administration is taking new steps on space weather:\n\n"
                + "-   **Orbital Weather Fellows:** NOAA is establishing the Orbital Weather"
                + " Fellows program to train forecasters of solar storms for satellite"
                + " operators.\n"
                + "-   **Lunar Dust Lab:** The National Science Foundation (in Alexandria) is"
                + " creating the Lunar Dust Lab to study regolith for lunar landers.\n\n"
                + "NASA is creating a new archive of Mars rover images for researchers.\n");
    assertThat(commitment(g, "agency:noaa", "plan", "Establishing the Orbital Weather Fellows"))
        .isTrue();
    assertThat(commitment(g, "agency:nsf", "plan", "Creating the Lunar Dust Lab"))
        .as("a parenthesis between the subject and its verb")
        .isTrue();
    assertThat(ask(g, "?c spkg:issuer agency:nasa ; a spkg:Commitment"))
        .as("prose that reports what is under way gives nothing")
        .isFalse();
  }

  @Test
  void theSecondOfTwoContributionsJoinedByWhile_andTheEndOfDeeperCooperation_arePlans()
      throws IOException {
    Graph g =
        ingest(
            "Joint Statement from the United States and Brazil",
            "Brazil will build a lunar communications relay, while the United States will"
                + " provide launch services for the relay on a future lunar mission. NASA is"
                + " deepening cooperation with NOAA to expand the planned ocean wind satellite"
                + " mission. NOAA is deepening its ties with ESA in space weather.\n");
    assertThat(commitment(g, "nation:BR", "plan", "Build a lunar communications relay")).isTrue();
    assertThat(commitment(g, "nation:US", "plan", "Provide launch services for the relay"))
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Expand the planned ocean wind satellite"))
        .isTrue();
    assertThat(ask(g, "?c spkg:issuer agency:noaa ; a spkg:Commitment"))
        .as("closer ties with no end named give nothing")
        .isFalse();
  }

  @Test
  void aSecondVerbOfTheSameSubject_isAPlanOfItsOwn_evenInTheSameItem() throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Strengthening Cooperation in Space",
            "The Administration is taking new steps:\n\n"
                + "-   **Lunar Dust Network:** The United States is committed to joining the"
                + " Lunar Dust Network and looks forward to working with Brazil to finalize the"
                + " network's charter for lunar surface science.\n");
    assertThat(commitment(g, "nation:US", "pledge", "Joining the Lunar Dust Network")).isTrue();
    assertThat(commitment(g, "nation:US", "plan", "Working with Brazil to finalize")).isTrue();
  }

  @Test
  void anUnknownNameThatOpensABoldLedItem_isTheIssuerOfItsPledge() throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **Orbitrex Systems** will offer paid summer internships in satellite"
                + " operations to 200 community college students.\n"
                + "-   **Rocketry Kits for Rural Schools:** Skyward Learning Collaborative will"
                + " provide 5,000 model rocket kits to rural middle schools for space science.\n"
                + "-   **Zorblax** will train 300 high school teachers in rocketry and orbital"
                + " mechanics.\n"
                + "-   **Stargazing Cartoons:** Pibbo, a streaming channel for preschool children,"
                + " will release ten animated episodes about the Moon and the planets.\n"
                + "-   **Satellite Data Camp:** Students will learn to read satellite images of"
                + " Earth from space.\n");
    assertThat(namedPledge(g, "Orbitrex Systems", "Offer paid summer internships")).isTrue();
    assertThat(namedPledge(g, "Skyward Learning Collaborative", "Provide 5,000 model rocket"))
        .isTrue();
    assertThat(namedPledge(g, "Zorblax", "Train 300 high school teachers"))
        .as("a one-word bold title")
        .isTrue();
    assertThat(namedPledge(g, "Pibbo", "Release ten animated episodes"))
        .as("a one-word name an appositive describes")
        .isTrue();
    assertThat(ask(g, "?e rdfs:label \"Students\"@en")).as("a plain word is no name").isFalse();
  }

  private boolean namedPledge(Graph g, String issuer, String labelStart) {
    return ask(
        g,
        "?c a spkg:Commitment ; spkg:issuer ?p ; spkg:commitmentKind kind:pledge ; rdfs:label ?l ."
            + " ?p rdfs:label \""
            + issuer
            + "\"@en . FILTER(STRSTARTS(?l, \""
            + labelStart
            + "\"))");
  }

  @Test
  void whatEachSignerOfAnArrangementWillDo_isAPledge_butWhatOthersWillDoIsAPlan()
      throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Strengthening Cooperation in Space",
            "-   **Lunar Utility Vehicle:** The United States and Canada signed an implementing"
                + " arrangement for robotic exploration of the Moon. Canada will provide a lunar"
                + " utility vehicle to support surface operations, while the United States will fly"
                + " two Canadian instruments on a commercial lunar lander. NOAA will study the"
                + " space weather data the instruments return.\n\n"
                + "-   **Ocean Satellites:** Canada will provide a radar instrument for a joint"
                + " ocean monitoring satellite.\n");
    assertThat(commitment(g, "nation:CA", "pledge", "Provide a lunar utility vehicle")).isTrue();
    assertThat(commitment(g, "nation:US", "pledge", "Fly two Canadian instruments")).isTrue();
    assertThat(commitment(g, "agency:noaa", "plan", "Study the space weather data")).isTrue();
    assertThat(commitment(g, "nation:CA", "plan", "Provide a radar instrument")).isTrue();
    assertThat(commitment(g, "nation:CA", "pledge", "Provide a radar instrument")).isFalse();
  }

  @Test
  void whatTheLeadersCallFor_andTheCourseTheySet_arePlansOfTheParties() throws IOException {
    Graph g =
        ingest(
            "Joint Statement from the United States and Brazil",
            "The leaders called for expanded cooperation on satellite navigation and space weather"
                + " research. The two leaders set a course to expand joint lunar science missions"
                + " over the coming decade. Both sides called for stronger commercial space"
                + " cooperation and welcomed the new export rules for satellite parts.\n");
    assertThat(commitment(g, "nation:US", "plan", "Expanded cooperation on satellite navigation"))
        .isTrue();
    assertThat(commitment(g, "nation:BR", "plan", "Expanded cooperation on satellite navigation"))
        .isTrue();
    assertThat(commitment(g, "nation:BR", "plan", "Expand joint lunar science missions")).isTrue();
    assertThat(commitment(g, "nation:BR", "plan", "Stronger commercial space cooperation"))
        .isTrue();
    assertThat(ask(g, "?c a spkg:Commitment ; rdfs:label ?l . FILTER(CONTAINS(?l, \"welcomed\"))"))
        .isFalse();
  }

  @Test
  void anAnnouncedItemThatWillHighlightATheme_isAPledge_butProseThatWillHighlightIsNot()
      throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **Weather Satellite Coding Week:** NOAA will highlight careers in satellite"
                + " meteorology in its summer coding tutorials for middle school students.\n\n"
                + "At the event, NASA will highlight the importance of a skilled space workforce.\n");
    assertThat(commitment(g, "agency:noaa", "pledge", "Highlight careers in satellite")).isTrue();
    assertThat(commitment(g, "agency:nasa", "pledge", "Highlight the importance")).isFalse();
  }

  @Test
  void anAcronymOpeningTheBodyOfAnItemWhoseTitleEndsWithTheName_isTheIssuer() throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **5,000 Weather Balloon Kits: National Oceanic and Atmospheric"
                + " Administration** (NOAA) in Silver Spring, Maryland will provide more than 5,000"
                + " weather balloon kits to rural middle schools studying the upper atmosphere and"
                + " space weather.\n");
    assertThat(commitment(g, "agency:noaa", "pledge", "Provide more than 5,000 weather balloon"))
        .isTrue();
  }

  @Test
  void aProseParagraphOfAnnouncedCommitmentsAboutSpace_statesAPledgeInEachSentence()
      throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments to grow the space"
                + " workforce.\n\n"
                + "*Rural Coding Clubs*\n\n"
                + "The Department of Energy is creating a network of rural coding clubs for"
                + " teenagers. The clubs will use satellite imagery of farmland to teach data"
                + " science.\n");
    assertThat(commitment(g, "agency:doe", "pledge", "Creating a network of rural coding clubs"))
        .isTrue();
  }

  @Test
  void jointWorkTowardsATarget_isAPlan_butJointWorkWithoutOneReportsWhatIsUnderWay()
      throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Strengthening Cooperation in Space",
            "NOAA is working with European partners to cut the energy use of its satellite ground"
                + " stations by 40% by 2030. NASA is working with ESA to develop a lunar"
                + " communications relay satellite.\n");
    assertThat(commitment(g, "agency:noaa", "plan", "Cut the energy use of its satellite"))
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Develop a lunar communications")).isFalse();
  }

  @Test
  void anAimSetOffByACommaAfterAnUndertaking_isAPlanOfItsOwn_butABoundAimIsNot()
      throws IOException {
    Graph g =
        ingest(
            "Joint Statement from the United States and Brazil",
            "The leaders welcomed the announcement by NASA to provide training to Brazilian"
                + " astronauts at the Johnson Space Center, with a goal of flying a joint mission to"
                + " the International Space Station in 2027. We remain committed to fostering"
                + " cooperation on space situational awareness with the goal of improving the safety"
                + " of orbital operations.\n");
    assertThat(commitment(g, "agency:nasa", "plan", "Provide training to Brazilian astronauts"))
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Flying a joint mission to the")).isTrue();
    assertThat(commitment(g, "nation:BR", "pledge", "Fostering cooperation on space")).isTrue();
    assertThat(commitment(g, "nation:BR", "pledge", "Improving the safety")).isFalse();
  }

  @Test
  void aCoalitionNamedInPlainWords_issuesWhatItWillDo_butNotWhatItIsDescribedAsDoing()
      throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing new commitments to grow the space workforce."
                + " She is also announcing a new coalition of rocket companies that will focus on"
                + " training welders for launch pads.\n\n"
                + "The coalition, with the support of NASA, will open two training centers for"
                + " launch pad technicians in Texas and Florida.\n");
    assertThat(coalitionPledge(g, "rocket companies", "Focus on training welders")).isTrue();
    assertThat(coalitionPledge(g, "rocket companies", "Open two training centers")).isTrue();
    Graph described =
        ingest(
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing new commitments to grow the space workforce."
                + " In 2022 she announced a coalition of launch providers that are working together"
                + " to train welders for launch pads.\n");
    assertThat(coalitionPledge(described, "launch providers", "Working together")).isFalse();
  }

  @Test
  void theShortNameAnItemGivesItsActor_isTheIssuerOfItsLaterPledges() throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Vice President Announces New Commitments to Grow the Space Workforce",
            "Today the Vice President is announcing the following commitments:\n\n"
                + "-   **Rocketry Days:** The American Institute of Aeronautics and Astronautics’s"
                + " (Institute) is launching Rocketry Days for rural students. In May, Institute"
                + " will host twelve rocket launch events for families. In June, Institute will also"
                + " partner with community colleges to run summer rocketry camps.\n");
    for (String pledge : List.of("Host twelve rocket launch events", "Partner with community")) {
      assertThat(
              ask(
                  g,
                  "?c a spkg:Commitment ; spkg:issuer ?p ; spkg:commitmentKind kind:pledge ;"
                      + " rdfs:label ?l . ?p rdfs:label ?n . FILTER(CONTAINS(?n, \"Aeronautics\"))"
                      + " FILTER(STRSTARTS(?l, \""
                      + pledge
                      + "\"))"))
          .as(pledge)
          .isTrue();
    }
  }

  @Test
  void aSentenceThatOnlyDescribesWhatAnUndertakingNames_completesItsLabel() throws IOException {
    Graph g =
        ingest(
            "FACT SHEET: Strengthening Cooperation in Space",
            "NOAA will launch the Ocean Watch satellite program. This is a three-year campaign to map coral reefs from"
                + " orbit with small satellites. NASA will fly two small satellites over the"
                + " Arctic. This is why the agencies share ground stations.\n");
    assertThat(
            commitment(
                g,
                "agency:noaa",
                "plan",
                "Launch the Ocean Watch satellite program, a three-year campaign to map coral"))
        .isTrue();
    assertThat(commitment(g, "agency:nasa", "plan", "Fly two small satellites over the Arctic"))
        .isTrue();
    assertThat(ask(g, "?c a spkg:Commitment ; rdfs:label ?l . FILTER(CONTAINS(?l, \"why\"))"))
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

  private boolean commitment(Graph g, String issuer, String kind, String labelStart) {
    return ask(
        g,
        "?c a spkg:Commitment ; spkg:issuer "
            + issuer
            + " ; spkg:commitmentKind kind:"
            + kind
            + " ; rdfs:label ?l ; spkg:evidence ?e . FILTER(STRSTARTS(?l, \""
            + labelStart
            + "\"))");
  }

  private boolean coalitionPledge(Graph g, String of, String labelStart) {
    return ask(
        g,
        "?c a spkg:Commitment ; spkg:issuer ?p ; spkg:commitmentKind kind:pledge ; rdfs:label ?l ."
            + " ?p a spkg:Coalition ; rdfs:label \"coalition of "
            + of
            + "\"@en . FILTER(STRSTARTS(?l, \""
            + labelStart
            + "\"))");
  }

  private boolean lovelacePledge(Graph g, String labelStart) {
    return ask(
        g,
        "?c a spkg:Commitment ; spkg:issuer ?p ; spkg:commitmentKind kind:pledge ; rdfs:label ?l ."
            + " ?p a spkg:Person ; rdfs:label ?n . FILTER(CONTAINS(?n, \"Lovelace\"))"
            + " FILTER(STRSTARTS(?l, \""
            + labelStart
            + "\"))");
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

  private Graph ingest(String title, String body) throws IOException {
    return RuleFixture.ingest(dir, "doc.md", title, body, IngestOptions.Topic.SPACE);
  }

  private static boolean ask(Graph g, String pattern) {
    return RuleFixture.ask(g, pattern);
  }
}
