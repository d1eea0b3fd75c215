package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

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
import org.apache.jena.vocabulary.DCTerms;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
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
  private final HtmlTemplates templates;
  private final List<Span> spans;

  DocumentPassages(EntityTerms terms, Node document, HtmlTemplates templates) {
    this.terms = terms;
    this.templates = templates;
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
          DocumentPassages::sameOffsets);
    }
    return byOffsets.values().stream()
        .sorted(Comparator.comparingInt(Span::start).thenComparingInt(s -> -s.end()))
        .toList();
  }

  /**
   * Two quotes of the same offsets as one span: their supports together, and where they differ, the
   * quote that agrees with its offsets, else the least (so the page does not depend on the order a
   * store returns the triples in).
   */
  private static Span sameOffsets(Span a, Span b) {
    List<Node> all = new ArrayList<>(a.supports());
    b.supports().stream().filter(n -> !all.contains(n)).forEach(all::add);
    String why =
        a.relevance().isEmpty() || b.relevance().isEmpty()
            ? a.relevance() + b.relevance()
            : least(a.relevance(), b.relevance());
    String quote =
        a.consistent() == b.consistent()
            ? least(a.quote(), b.quote())
            : a.consistent() ? a.quote() : b.quote();
    Node section =
        a.section().toString().compareTo(b.section().toString()) <= 0 ? a.section() : b.section();
    return new Span(a.start(), a.end(), quote, section, all, why);
  }

  private static String least(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
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
  Html render() {
    Map<Node, List<Span>> bySection = new LinkedHashMap<>();
    sections().forEach(s -> bySection.put(s, new ArrayList<>()));
    for (Span s : spans) {
      bySection.computeIfAbsent(s.section(), k -> new ArrayList<>()).add(s);
    }
    Set<Integer> anchors = new HashSet<>();
    List<Html> out = new ArrayList<>();
    for (Map.Entry<Node, List<Span>> e : bySection.entrySet()) {
      Node section = e.getKey();
      Html passages =
          Html.join(clusters(e.getValue()).stream().map(c -> passage(c, anchors)), "\n");
      boolean isDocument = section.equals(document);
      out.add(
          templates.render(
              "passage-section",
              values(
                  "id",
                  isDocument
                      ? "start"
                      : "section-" + terms.literal(section, SPKG.position.asNode()).orElse("0"),
                  "level",
                  terms.literal(section, SPKG.level.asNode()).orElse("1"),
                  "title",
                  isDocument ? "Before the first heading" : terms.label(section),
                  "relevance",
                  isDocument ? "" : decision(section),
                  "passages",
                  passages.isEmpty() ? templates.render("no-passages") : passages)));
    }
    String source = terms.object(document, DCTerms.source.asNode()).map(terms::href).orElse("#");
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
    return templates.render(
        "passages",
        values(
            "source",
            source,
            "relevance",
            relevance.isEmpty() ? "not decided" : relevance + statements,
            "sections",
            Html.join(out.stream(), "")));
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
      for (Triple t : terms.g.find(Node.ANY, DCTerms.isPartOf.asNode(), parent).toList()) {
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
  private Html passage(List<Span> cluster, Set<Integer> anchors) {
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
    List<Html> b = new ArrayList<>();
    int at = from;
    for (int cut : cuts) {
      if (cut <= at) {
        continue;
      }
      int a = at;
      int z = cut;
      List<Span> covering = cluster.stream().filter(s -> s.start() <= a && s.end() >= z).toList();
      String segment = new String(text, a - from, z - a);
      if (covering.isEmpty()) {
        b.add(QuoteHtml.of(segment));
      } else {
        String id = anchors.add(a) ? "o" + a : "";
        String tip =
            covering.stream()
                .flatMap(s -> s.supports().stream())
                .distinct()
                .map(this::factText)
                .collect(Collectors.joining("; "));
        b.add(
            templates.render(
                "mark",
                values(
                    "id",
                    id,
                    "depth",
                    String.valueOf(Math.min(covering.size(), 2)),
                    "tip",
                    tip,
                    "text",
                    QuoteHtml.of(segment))));
      }
      at = cut;
    }
    Html facts =
        Html.join(
            cluster.stream().flatMap(s -> s.supports().stream()).distinct().map(this::factLink),
            " · ");
    String about =
        cluster.stream().map(Span::relevance).filter(r -> !r.isEmpty()).findFirst().orElse("");
    return templates.render(
        "passage",
        values(
            "text",
            Html.join(b.stream(), ""),
            "offsets",
            "characters " + from + "–" + to,
            "facts",
            facts.isEmpty() ? terms.text("none") : facts,
            "about",
            about));
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

  private Html factLink(Node fact) {
    Node owner = owner(fact);
    Optional<Node> agent = terms.object(fact, SPKG.agent.asNode());
    String role = terms.object(fact, SPKG.role.asNode()).map(terms::label).orElse("");
    return agent
        .map(
            a ->
                templates.render(
                    "role-link",
                    values("agent", terms.link(a), "role", role, "owner", terms.link(owner))))
        .orElseGet(() -> terms.link(owner));
  }
}
