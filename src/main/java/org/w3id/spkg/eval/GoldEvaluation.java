package org.w3id.spkg.eval;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ingest.SourceDocument;
import org.w3id.spkg.vocab.NamedGraphs;
import org.w3id.spkg.vocab.SPKG;

/**
 * Compares one document's graph in a store with its gold standard, kind by kind. How facts match is
 * set out in {@code eval/README.md}: names by any label, alternative label or acronym after folding
 * case, accents and punctuation; roles, kinds and precisions strictly; free text by half of its
 * content words. Each gold fact matches at most one graph fact and the other way round.
 */
public final class GoldEvaluation {

  /**
   * What one kind of fact gave for one document.
   *
   * @param scores the counts
   * @param missed the gold facts no graph fact matched
   * @param spurious the graph facts no gold fact matched, described
   */
  public record KindResult(Scores scores, List<GoldStandard.Fact> missed, List<String> spurious) {}

  /**
   * What one document gave.
   *
   * @param gold the gold standard
   * @param graph the document's graph in the store
   * @param kinds the result of each kind the gold file lists
   */
  public record DocumentResult(
      GoldStandard gold, String graph, Map<GoldStandard.Kind, KindResult> kinds) {}

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "is", "it", "its", "of",
          "on", "or", "the", "their", "to", "will", "with", "that", "this", "be", "are", "was");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final DatasetGraph data;
  private final Node graph;
  private final DocumentFacts documentFacts;

  private GoldEvaluation(DatasetGraph data, Node graph) {
    this.data = data;
    this.graph = graph;
    this.documentFacts = new DocumentFacts(data, graph);
  }

  /**
   * Evaluates the document of {@code gold} in {@code data} (call inside a read transaction).
   *
   * @throws InputException if the store holds no such document
   */
  public static DocumentResult evaluate(DatasetGraph data, GoldStandard gold) {
    Node graph = graphOf(data, gold);
    GoldEvaluation e = new GoldEvaluation(data, graph);
    Map<GoldStandard.Kind, KindResult> kinds = new EnumMap<>(GoldStandard.Kind.class);
    gold.facts().forEach((kind, facts) -> kinds.put(kind, e.match(kind, facts)));
    return new DocumentResult(gold, graph.getURI(), kinds);
  }

  /**
   * The graph of the gold file's document: the one with its source URL (and, among pages
   * republished at that URL, the one its file name's key names), else the one its file name's key
   * names.
   */
  private static Node graphOf(DatasetGraph data, GoldStandard gold) {
    String key = SourceDocument.keyOf(Path.of(gold.document()));
    Node byKey = NodeFactory.createURI(NamedGraphs.document(key));
    if (gold.sourceUrl().isPresent()) {
      List<Node> bySource = new ArrayList<>();
      data.find(
              Node.ANY,
              Node.ANY,
              DCTerms.source.asNode(),
              NodeFactory.createURI(gold.sourceUrl().get()))
          .forEachRemaining(
              q -> {
                boolean isDocument =
                    data.contains(
                        q.getGraph(), q.getSubject(), RDF.type.asNode(), SPKG.Document.asNode());
                if (isDocument && !bySource.contains(q.getGraph())) {
                  bySource.add(q.getGraph());
                }
              });
      if (bySource.size() == 1) {
        return bySource.get(0);
      }
      if (bySource.contains(byKey)) {
        return byKey;
      }
      if (bySource.size() > 1) {
        throw new InputException(
            gold.file().toString(),
            "the store has "
                + bySource.size()
                + " documents from "
                + gold.sourceUrl().get()
                + " and none named "
                + key
                + "; name the document by its file name in document:");
      }
    }
    if (data.containsGraph(byKey)) {
      return byKey;
    }
    throw new InputException(
        gold.file().toString(),
        "the store has no document '"
            + gold.document()
            + "'"
            + gold.sourceUrl().map(u -> " (source " + u + ")").orElse("")
            + "; ingest it first, or give --store");
  }

  /**
   * Matches gold facts to graph facts one to one, as many as can be (a maximum bipartite matching:
   * a first-fit pass could give a loose gold fact the graph fact a stricter one needed, and make
   * the score depend on the store's order).
   */
  private KindResult match(GoldStandard.Kind kind, List<GoldStandard.Fact> gold) {
    List<Candidate> found = documentFacts.candidates(kind);
    BiPredicate<GoldStandard.Fact, Candidate> matches = matcher(kind);
    List<List<Integer>> edges = new ArrayList<>();
    for (GoldStandard.Fact fact : gold) {
      List<Integer> fits = new ArrayList<>();
      for (int i = 0; i < found.size(); i++) {
        if (matches.test(fact, found.get(i))) {
          fits.add(i);
        }
      }
      edges.add(fits);
    }
    int[] goldOf = new int[found.size()];
    java.util.Arrays.fill(goldOf, -1);
    int tp = 0;
    List<GoldStandard.Fact> missed = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      if (augment(g, edges, goldOf, new boolean[found.size()])) {
        tp++;
      }
    }
    java.util.Set<Integer> matchedGold = new HashSet<>();
    for (int g : goldOf) {
      if (g >= 0) {
        matchedGold.add(g);
      }
    }
    for (int g = 0; g < gold.size(); g++) {
      if (!matchedGold.contains(g)) {
        missed.add(gold.get(g));
      }
    }
    List<String> spurious = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (goldOf[i] < 0) {
        spurious.add(found.get(i).description());
      }
    }
    spurious.sort(java.util.Comparator.naturalOrder());
    return new KindResult(
        new Scores(tp, spurious.size(), missed.size()), List.copyOf(missed), List.copyOf(spurious));
  }

  /** Kuhn's augmenting path from gold fact {@code g}: whether it found a graph fact of its own. */
  private static boolean augment(int g, List<List<Integer>> edges, int[] goldOf, boolean[] seen) {
    for (int c : edges.get(g)) {
      if (seen[c]) {
        continue;
      }
      seen[c] = true;
      if (goldOf[c] < 0 || augment(goldOf[c], edges, goldOf, seen)) {
        goldOf[c] = g;
        return true;
      }
    }
    return false;
  }

  private static BiPredicate<GoldStandard.Fact, Candidate> matcher(GoldStandard.Kind kind) {
    return switch (kind) {
      case ENTITIES ->
          (f, c) ->
              (names(f.get("label"), c.fields().get("names"))
                      || names(f.get("acronym"), c.fields().get("names")))
                  && c.fields().get("types").contains(f.first("kind"));
      case PARTICIPATIONS ->
          (f, c) ->
              c.fields().get("role").contains(f.first("role"))
                  && names(f.get("actor"), c.fields().get("actor"))
                  && names(f.get("undertaking"), c.fields().get("undertaking"));
      case DIRECTIVES ->
          (f, c) ->
              names(f.get("addressee"), c.fields().get("addressee"))
                  && text(f.get("text"), c.fields().get("text"));
      case COMMITMENTS ->
          (f, c) ->
              c.fields().get("kind").contains(f.first("kind"))
                  && names(f.get("issuer"), c.fields().get("issuer"))
                  && text(f.get("text"), c.fields().get("text"));
      case DATES ->
          (f, c) ->
              c.fields().get("date").contains(f.first("date"))
                  && c.fields().get("precision").contains(f.first("precision"));
      case QUANTITIES ->
          (f, c) ->
              c.fields().get("kind").contains(f.first("kind"))
                  && sameNumber(f.first("value"), c.fields().get("value"))
                  && (f.get("measures").isEmpty()
                      || text(f.get("measures"), c.fields().get("measures")));
      case ACRONYMS ->
          (f, c) ->
              names(f.get("acronym"), c.fields().get("acronym"))
                  && text(f.get("expansion"), c.fields().get("names"));
    };
  }

  /** Whether any gold alternative names one of {@code names}, folded. */
  static boolean names(List<String> gold, Set<String> names) {
    if (gold.isEmpty() || names == null) {
      return false;
    }
    Set<String> folded = new HashSet<>();
    names.forEach(n -> folded.add(fold(n)));
    return gold.stream().map(GoldEvaluation::fold).anyMatch(folded::contains);
  }

  /** Whether half of the content words of some gold alternative occur in one of {@code texts}. */
  static boolean text(List<String> gold, Set<String> texts) {
    if (gold.isEmpty() || texts == null) {
      return false;
    }
    for (String g : gold) {
      Set<String> want = contentWords(g);
      if (want.isEmpty()) {
        continue;
      }
      for (String t : texts) {
        Set<String> have = contentWords(t);
        long shared = want.stream().filter(have::contains).count();
        if (2 * shared >= want.size()) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean sameNumber(String gold, Set<String> values) {
    try {
      BigDecimal want = new BigDecimal(gold.replace(",", ""));
      for (String v : values) {
        if (new BigDecimal(v).compareTo(want) == 0) {
          return true;
        }
      }
    } catch (NumberFormatException e) {
      return false;
    }
    return false;
  }

  private static Set<String> contentWords(String text) {
    Set<String> words = new LinkedHashSet<>(Arrays.asList(fold(text).split(" ")));
    words.removeAll(STOP_WORDS);
    words.remove("");
    return words;
  }

  /**
   * Lower case, accents and punctuation gone, a leading "the" and a trailing "'s" dropped: {@code
   * "the U.S."} and {@code "US"} fold alike.
   */
  static String fold(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    s = s.toLowerCase(Locale.ROOT).replace("’", "'").replaceAll("'s\\b", "");
    s = s.replaceAll("(?<=\\p{L})\\.(?=\\p{L}\\.)|(?<=\\b\\p{L})\\.(?=\\s|$)", "");
    s = NON_WORD.matcher(s).replaceAll(" ").strip();
    return s.startsWith("the ") ? s.substring(4) : s;
  }
}
