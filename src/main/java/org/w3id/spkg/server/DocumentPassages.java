package org.w3id.spkg.server;

import static org.w3id.spkg.server.HtmlTemplates.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.w3id.spkg.vocab.SPKG;

/**
 * The passages of a document that its facts rest on, as the store keeps them: each evidence quote
 * with its code-point offsets ({@code oa:start}, {@code oa:end}) and section. Overlapping quotes
 * are joined into one passage; each quote is marked ({@code <mark id="o{start}">}) with the facts
 * it supports as a tooltip and listed below it, linked to their pages. The store does not keep the
 * whole text, so the page shows these passages, in document order, under their sections.
 */
final class DocumentPassages {

  /**
   * One quoted span and what rests on it: facts, and the document's relevance decision when the
   * span is a statement about space ({@code relevance}, else empty).
   */
  record Span(
      int start, int end, String quote, Node section, List<Node> supports, String relevance) {
    Span {
      supports = List.copyOf(supports);
    }

    int[] codePoints() {
      return quote.codePoints().toArray();
    }

    /** Whether the quote is as long as its offsets say, so it can be joined with neighbours. */
    boolean consistent() {
      return quote.codePointCount(0, quote.length()) == end - start;
    }
  }

  private final EntityTerms terms;
  private final Node document;
  private final List<Span> spans;

  DocumentPassages(EntityTerms terms, Node document) {
    this.terms = terms;
    this.document = document;
    this.spans = spans();
  }

  private List<Span> spans() {
    Map<String, Span> byOffsets = new LinkedHashMap<>();
    for (Triple t : terms.g.find(Node.ANY, EntityTerms.HAS_SOURCE, document).toList()) {
      Node e = t.getSubject();
      Optional<Integer> start = terms.start(e);
      Optional<Integer> end = terms.end(e);
      Optional<String> quote = terms.literal(e, SPKG.quote.asNode());
      if (start.isEmpty() || end.isEmpty() || quote.isEmpty() || end.get() <= start.get()) {
        continue;
      }
      List<Node> supports =
          terms.g.find(Node.ANY, SPKG.evidence.asNode(), e).mapWith(Triple::getSubject).toList();
      Node section = terms.object(e, SPKG.section.asNode()).orElse(document);
      String relevance =
          terms.g.contains(document, SPKG.relevanceEvidence.asNode(), e) ? decision(e) : "";
      byOffsets.merge(
          start.get() + "-" + end.get(),
          new Span(start.get(), end.get(), quote.get(), section, supports, relevance),
          (a, b) -> {
            List<Node> all = new ArrayList<>(a.supports());
            b.supports().stream().filter(n -> !all.contains(n)).forEach(all::add);
            String why = a.relevance().isEmpty() ? b.relevance() : a.relevance();
            return new Span(a.start(), a.end(), a.quote(), a.section(), all, why);
          });
    }
    return byOffsets.values().stream()
        .sorted(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()))
        .toList();
  }

  /**
   * A relevance decision in words: "about space (score 6.0: nasa, astronaut)"; empty when the node
   * has none.
   */
  private String decision(Node n) {
    Optional<Node> concept = terms.object(n, SPKG.relevance.asNode());
    if (concept.isEmpty()) {
      return "";
    }
    List<String> cues =
        terms.objects(n, SPKG.relevanceCue.asNode()).stream()
            .filter(Node::isLiteral)
            .map(Node::getLiteralLexicalForm)
            .toList();
    String score = terms.literal(n, SPKG.relevanceScore.asNode()).orElse("0");
    return terms.label(concept.get())
        + " (score "
        + score
        + (cues.isEmpty() ? "" : ": " + String.join(", ", cues))
        + ")";
  }

  /** The passages section of the document page. */
  String render(EntityPage page) {
    Map<Node, List<Span>> bySection = new LinkedHashMap<>();
    sections().forEach(s -> bySection.put(s, new ArrayList<>()));
    for (Span s : spans) {
      bySection.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(s);
    }
    Set<Integer> anchors = new HashSet<>();
    StringBuilder out = new StringBuilder();
    for (Map.Entry<Node, List<Span>> e : bySection.entrySet()) {
      Node section = e.getKey();
      String passages =
          clusters(e.getValue()).stream()
              .map(c -> passage(c, anchors, page))
              .collect(Collectors.joining("\n"));
      boolean isDocument = section.equals(document);
      out.append(
          page.fragment(
              "passage-section",
              Map.of(
                  "id",
                  isDocument
                      ? "start"
                      : "section-" + terms.literal(section, SPKG.position.asNode()).orElse("0"),
                  "level",
                  terms.literal(section, SPKG.level.asNode()).orElse("1"),
                  "title",
                  isDocument ? "Before the first heading" : html(terms.label(section)),
                  "relevance",
                  isDocument || decision(section).isEmpty()
                      ? ""
                      : "<p class=\"relevance\">" + html(decision(section)) + "</p>",
                  "passages",
                  passages.isEmpty()
                      ? "<p class=\"rests\">No facts from this section.</p>"
                      : passages)));
    }
    String source =
        terms
            .object(document, org.apache.jena.vocabulary.DCTerms.source.asNode())
            .map(terms::href)
            .orElse("#");
    String statements =
        terms
            .literal(document, SPKG.statementCount.asNode())
            .map(
                n ->
                    "; "
                        + spans.stream().filter(sp -> !sp.relevance().isEmpty()).count()
                        + " of its "
                        + n
                        + " statements are about space")
            .orElse("");
    String relevance = decision(document);
    return page.fragment(
        "passages",
        Map.of(
            "source",
            html(source),
            "relevance",
            relevance.isEmpty() ? "not decided" : html(relevance + statements),
            "sections",
            out.toString()));
  }

  /** The document's sections, by position. */
  private List<Node> sections() {
    List<Node> found = new ArrayList<>();
    for (Span s : spans) {
      if (!found.contains(s.section())) {
        found.add(s.section());
      }
    }
    Set<Node> seen = new HashSet<>(found);
    List<Node> todo = new ArrayList<>(List.of(document));
    while (!todo.isEmpty()) {
      Node parent = todo.remove(0);
      for (Triple t :
          terms
              .g
              .find(Node.ANY, org.apache.jena.vocabulary.DCTerms.isPartOf.asNode(), parent)
              .toList()) {
        if (seen.add(t.getSubject())) {
          found.add(t.getSubject());
        }
        todo.add(t.getSubject());
      }
    }
    return found.stream()
        .sorted(
            Comparator.comparingInt(
                (Node n) ->
                    n.equals(document)
                        ? -1
                        : terms.integer(n, SPKG.position.asNode()).orElse(Integer.MAX_VALUE)))
        .toList();
  }

  /** Spans joined where they overlap and their quotes agree with their offsets. */
  private static List<List<Span>> clusters(List<Span> sorted) {
    List<List<Span>> clusters = new ArrayList<>();
    List<Span> current = new ArrayList<>();
    int end = -1;
    for (Span s : sorted) {
      boolean joins =
          !current.isEmpty()
              && s.start() < end
              && s.consistent()
              && current.stream().allMatch(Span::consistent);
      if (!joins && !current.isEmpty()) {
        clusters.add(current);
        current = new ArrayList<>();
      }
      current.add(s);
      end = joins ? Math.max(end, s.end()) : s.end();
    }
    if (!current.isEmpty()) {
      clusters.add(current);
    }
    return clusters;
  }

  /** One passage: the joined text, with each span marked, and the facts resting on it. */
  private String passage(List<Span> cluster, Set<Integer> anchors, EntityPage page) {
    int from = cluster.get(0).start();
    int[] text = cluster.get(0).codePoints();
    int to = cluster.get(0).end();
    for (Span s : cluster.subList(1, cluster.size())) {
      if (s.end() > to) {
        int[] more = s.codePoints();
        int[] joined = new int[text.length + s.end() - to];
        System.arraycopy(text, 0, joined, 0, text.length);
        System.arraycopy(more, to - s.start(), joined, text.length, s.end() - to);
        text = joined;
        to = s.end();
      }
    }
    Set<Integer> cuts = new java.util.TreeSet<>();
    for (Span s : cluster) {
      cuts.add(s.start());
      cuts.add(Math.min(s.end(), from + text.length));
    }
    cuts.add(from + text.length);
    StringBuilder b = new StringBuilder();
    int at = from;
    for (int cut : cuts) {
      if (cut <= at) {
        continue;
      }
      int a = at;
      int z = cut;
      List<Span> covering = cluster.stream().filter(s -> s.start() <= a && s.end() >= z).toList();
      String segment = html(new String(text, a - from, z - a));
      if (covering.isEmpty()) {
        b.append(segment);
      } else {
        String id = anchors.add(a) ? " id=\"o" + a + "\"" : "";
        String tip =
            covering.stream()
                .flatMap(s -> s.supports().stream())
                .distinct()
                .map(this::factText)
                .collect(Collectors.joining("; "));
        b.append(
            "<mark%s class=\"depth-%d\" title=\"%s\">%s</mark>"
                .formatted(id, Math.min(covering.size(), 2), html(tip), segment));
      }
      at = cut;
    }
    String facts =
        cluster.stream()
            .flatMap(s -> s.supports().stream())
            .distinct()
            .map(this::factLink)
            .collect(Collectors.joining(" · "));
    String about =
        cluster.stream()
            .map(Span::relevance)
            .filter(r -> !r.isEmpty())
            .findFirst()
            .map(r -> " · statement " + html(r))
            .orElse("");
    return page.fragment(
        "passage",
        Map.of(
            "text",
            b.toString(),
            "offsets",
            "characters " + from + "–" + to,
            "facts",
            (facts.isEmpty() ? "none" : facts) + about));
  }

  /** The page a fact belongs to: a participation's or quantity's owner, else the fact itself. */
  private Node owner(Node fact) {
    if (!terms.isOwned(fact)) {
      return fact;
    }
    for (Node p : List.of(SPKG.qualifiedParticipation.asNode(), SPKG.quantity.asNode())) {
      Optional<Node> holder =
          terms.g.find(Node.ANY, p, fact).mapWith(Triple::getSubject).toList().stream().findFirst();
      if (holder.isPresent()) {
        return holder.get();
      }
    }
    return fact;
  }

  private String factText(Node fact) {
    Node owner = owner(fact);
    String agent =
        terms.object(fact, SPKG.agent.asNode()).map(a -> terms.label(a) + " → ").orElse("");
    return agent + terms.label(owner);
  }

  private String factLink(Node fact) {
    Node owner = owner(fact);
    Optional<Node> agent = terms.object(fact, SPKG.agent.asNode());
    String role = terms.object(fact, SPKG.role.asNode()).map(terms::label).orElse("");
    return agent
        .map(
            a ->
                terms.link(a)
                    + " <span class=\"role\">"
                    + html(role)
                    + "</span> "
                    + terms.link(owner))
        .orElseGet(() -> terms.link(owner));
  }
}
