package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The rules generalise beyond the seed: fact sheets other than the seed (in {@code
 * src/test/resources/ingest/factsheets/}), each with the facts a careful reader extracts in its
 * {@code .expected.yaml}; the header of each says whether it was written apart from the rules. Each
 * kind of fact must be recalled at least as often as stated here; the measured recall is printed.
 */
class GeneralisationTest {

  private static final Path DIR = Path.of("src/test/resources/ingest/factsheets");
  private static final String PREFIXES =
      """
      PREFIX spkg: <https://w3id.org/spkg/ontology#>
      PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
      PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
      PREFIX schema: <https://schema.org/>
      """;

  private static final Map<String, Model> graphs = new LinkedHashMap<>();
  private static final Map<String, Graph> documentGraphs = new LinkedHashMap<>();
  private static final Map<String, Map<String, Object>> expected = new LinkedHashMap<>();
  private static final Map<String, int[]> recall = new TreeMap<>();

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void ingestAll() throws IOException {
    OntologyFiles files = OntologyFiles.at(TestFiles.ONTOLOGY);
    Graph known = GraphFactory.createDefaultGraph();
    // The seed first: later documents name its entities (CSpO) without defining them.
    List<Path> docs = new ArrayList<>(List.of(FactSheetReaderTest.SEED));
    docs.addAll(TestFiles.filesBelow(DIR, ".md"));
    for (Path doc : docs) {
      ExtractedDocument d =
          DocumentIngester.create(files)
              .withKnownEntities(known)
              .extract(doc, IngestOptions.defaults());
      d.graph().find().forEachRemaining(known::add);
      Graph g = GraphFactory.createDefaultGraph();
      List.of(files.reference().getGraph(), d.graph())
          .forEach(x -> x.find().forEachRemaining(g::add));
      String name = doc.getFileName().toString().replace(".md", "");
      graphs.put(name, ModelFactory.createModelForGraph(g));
      documentGraphs.put(name, d.graph());
      Path yaml = doc.resolveSibling(name + ".expected.yaml");
      if (Files.exists(yaml)) {
        expected.put(
            name,
            (Map<String, Object>)
                new Load(LoadSettings.builder().build()).loadFromString(Files.readString(yaml)));
      }
    }
    for (String doc : expected.keySet()) {
      measure(doc);
    }
    recall.forEach((kind, n) -> System.out.printf("recall %-15s %3d / %3d%n", kind, n[0], n[1]));
  }

  @SuppressWarnings("unchecked")
  private static void measure(String doc) {
    Map<String, Object> want = expected.get(doc);
    for (Map<String, Object> i : list(want, "initiatives")) {
      String title = (String) i.get("title");
      count(
          "initiatives " + title,
          ask(
              doc,
              "?i a spkg:Initiative ; rdfs:label ?l . FILTER(LCASE(STR(?l)) = LCASE("
                  + lit(title)
                  + "))"));
      for (Object lead : (List<Object>) i.getOrDefault("leads", List.of())) {
        count(
            "leads " + title + " <- " + lead,
            names(
                    doc,
                    "?i a spkg:Initiative ; rdfs:label ?l ; spkg:ledBy ?x . FILTER(LCASE(STR(?l)) = LCASE("
                        + lit(title)
                        + "))")
                .stream()
                .anyMatch(n -> AnswerMatcher.matches(lead.toString(), n)));
      }
    }
    for (Map<String, Object> a : list(want, "acronyms")) {
      count(
          "acronyms " + a.get("acronym"),
          ask(doc, "?x spkg:acronym " + lit(a.get("acronym").toString())));
    }
    for (Map<String, Object> p : list(want, "participations")) {
      List<String> who =
          names(
              doc,
              "?t spkg:acronym|rdfs:label|skos:altLabel ?tn ; spkg:participant ?x . FILTER(LCASE(STR(?tn)) = LCASE("
                  + lit(p.get("in").toString())
                  + "))");
      for (Object w : (List<Object>) p.get("who")) {
        count(
            "participations " + p.get("in") + " <- " + w,
            who.stream().anyMatch(n -> AnswerMatcher.matches(w.toString(), n)));
      }
    }
    for (Map<String, Object> h : list(want, "hosting")) {
      List<String> builders =
          names(
              doc,
              "?p spkg:hostedOn ?h . ?h spkg:qualifiedParticipation [ spkg:agent ?x ; spkg:role <https://w3id.org/spkg/id/role/builder> ]");
      count(
          "hosting " + h.get("payload"),
          builders.stream()
              .anyMatch(n -> AnswerMatcher.matches(h.get("host_builder_nation").toString(), n)));
    }
    for (Map<String, Object> d : list(want, "directives")) {
      List<String> texts = names(doc, "?x a spkg:Directive");
      count(
          "directives " + d.get("text"),
          texts.stream().anyMatch(n -> AnswerMatcher.matches(d.get("text").toString(), n)));
    }
    for (Map<String, Object> m : list(want, "milestones")) {
      count(
          "milestones " + m.get("date") + " " + m.get("text"),
          ask(
              doc,
              "?m a spkg:Milestone ; spkg:plannedFor ?d . FILTER(STR(?d) = "
                  + lit(m.get("date").toString())
                  + ")"));
    }
    for (Map<String, Object> a : list(want, "amounts")) {
      count(
          "amounts",
          ask(
              doc,
              "?q a spkg:MonetaryAmount ; schema:value ?v ; schema:currency "
                  + lit(a.get("currency").toString())
                  + " . FILTER(?v = "
                  + a.get("value")
                  + ")"));
    }
    for (Map<String, Object> c : list(want, "counts")) {
      count(
          "counts " + c.get("value") + " " + c.get("what"),
          ask(doc, "?q a spkg:Count ; schema:value ?v . FILTER(?v = " + c.get("value") + ")"));
    }
    for (Map<String, Object> p : list(want, "people")) {
      count(
          "people " + p.get("name"),
          ask(doc, "?p a spkg:Person ; rdfs:label " + lit(p.get("name").toString()) + "@en"));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> want, String key) {
    Object v = want.get(key);
    return v == null ? List.of() : (List<Map<String, Object>>) v;
  }

  private static void count(String what, boolean hit) {
    String kind = what.split(" ")[0];
    if (!hit) {
      System.out.println("missed " + what);
    }
    int[] n = recall.computeIfAbsent(kind, k -> new int[2]);
    n[1]++;
    if (hit) {
      n[0]++;
    }
  }

  private static String lit(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static boolean ask(String doc, String pattern) {
    try (QueryExecution qe =
        QueryExecution.model(graphs.get(doc)).query(PREFIXES + "ASK { " + pattern + " }").build()) {
      return qe.execAsk();
    }
  }

  /** The labels and acronyms of ?x for the pattern. */
  private static List<String> names(String doc, String pattern) {
    List<String> out = new ArrayList<>();
    String q =
        PREFIXES + "SELECT ?n { " + pattern + " { ?x rdfs:label|skos:altLabel|spkg:acronym ?n } }";
    try (QueryExecution qe = QueryExecution.model(graphs.get(doc)).query(q).build()) {
      qe.execSelect()
          .forEachRemaining((QuerySolution s) -> out.add(s.getLiteral("n").getLexicalForm()));
    }
    return out;
  }

  private static double rate(String kind) {
    int[] n = recall.get(kind);
    return n == null || n[1] == 0 ? 1.0 : (double) n[0] / n[1];
  }

  @Test
  void initiativesAndAcronyms_areAllFound() {
    assertThat(rate("initiatives")).isEqualTo(1.0);
    assertThat(rate("acronyms")).isEqualTo(1.0);
  }

  @Test
  void relations_areMostlyFound() {
    assertThat(rate("leads")).isGreaterThanOrEqualTo(0.6);
    assertThat(rate("participations")).isGreaterThanOrEqualTo(0.5);
    assertThat(rate("directives")).isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void datesAmountsAndPeople_areMostlyFound() {
    assertThat(rate("milestones")).isGreaterThanOrEqualTo(0.5);
    assertThat(rate("amounts")).isGreaterThanOrEqualTo(0.5);
    assertThat(rate("people")).isGreaterThanOrEqualTo(0.5);
  }

  @Test
  void anAcronymDefinedInOneDocument_isTheSameEntityInAnother() {
    org.apache.jena.graph.Node cspo =
        org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/spkg/id/program/cspo");
    assertThat(documentGraphs.values().stream().filter(g -> g.contains(null, null, cspo)).count())
        .isEqualTo(2);
  }

  @Test
  void sharedEntities_areOneIriAcrossDocuments() {
    for (String iri :
        Set.of(
            "https://w3id.org/spkg/id/agency/nasa",
            "https://w3id.org/spkg/id/nation/JP",
            "https://w3id.org/spkg/id/program/artemis-accords")) {
      org.apache.jena.graph.Node node = org.apache.jena.graph.NodeFactory.createURI(iri);
      long docsMentioning =
          documentGraphs.values().stream()
              .filter(g -> g.contains(node, null, null) || g.contains(null, null, node))
              .count();
      assertThat(docsMentioning).as(iri).isEqualTo(documentGraphs.size());
    }
  }
}
