package org.w3id.spkg.server.pages;

import static org.w3id.spkg.server.http.HtmlTemplates.values;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;

/**
 * The network page at {@code /network}: the partnership network drawn as {@link NetworkPicture}
 * draws it, filtered by GET parameters {@code program} (a partnership or program, by its id such as
 * {@code program/iss}), {@code nation} (a nation, region, agency or organization, such as {@code
 * nation/JP}), {@code from} and {@code to} (years of the documents that state the participations)
 * and {@code top} (the most connected nodes drawn, {@link #TOP} unless given). A form of the same
 * parameters changes them, so every view has its address.
 */
final class NetworkPage {

  /** The path of the page below the server's root. */
  static final String PATH = "/network";

  /** The nodes drawn unless {@code top} says otherwise. */
  static final int TOP = 40;

  static final int MAX_TOP = 200;

  private static final List<String> PARAMETERS = List.of("program", "nation", "from", "to", "top");

  private final HomeCache<NetworkIndex> index;
  private final HtmlTemplates templates;

  NetworkPage(DatasetGraph dsg, HtmlTemplates templates) {
    this.index = new HomeCache<>(dsg, NetworkIndex::read);
    this.templates = templates;
  }

  /** What the page shows, for the store as it is now. */
  NetworkIndex index() {
    return index.get();
  }

  /** The page's title and body for {@code parameters}, with links below {@code base}. */
  HomeView view(String base, Map<String, String[]> parameters) {
    HomeRequest request = new HomeRequest(parameters, PARAMETERS);
    NetworkIndex all = index.get();
    Map<String, Long> things = counts(all.statements(), s -> HomeLinks.id(s.thing()));
    Map<String, Long> agents = counts(all.statements(), s -> HomeLinks.id(s.agent()));
    Optional<String> program =
        request.choice("program", things.keySet(), "partnerships and programs");
    Optional<String> nation = request.choice("nation", agents.keySet(), "nations and agencies");
    Optional<Integer> from = request.year("from");
    Optional<Integer> to = request.year("to");
    if (from.isPresent() && to.isPresent() && from.get() > to.get()) {
      throw new HomeRequest.BadParameter(
          "The period runs from "
              + from.get()
              + " to "
              + to.get()
              + ", which is backwards: give from a year no later than to.");
    }
    int top = request.number("top", 2, MAX_TOP, TOP);

    List<NetworkPicture.Edge> edges = new ArrayList<>();
    for (NetworkIndex.Statement s : all.statements()) {
      if (program.map(p -> p.equals(HomeLinks.id(s.thing()))).orElse(true)
          && nation.map(n -> n.equals(HomeLinks.id(s.agent()))).orElse(true)
          && from.map(f -> s.year() >= f).orElse(true)
          && to.map(t -> s.year() != 0 && s.year() <= t).orElse(true)) {
        edges.add(
            new NetworkPicture.Edge(
                node(base, all, s.thing(), s.thingKind()),
                node(base, all, s.agent(), s.agentKind()),
                s.role(),
                all.label(s.role())));
      }
    }
    NetworkPicture.Picture picture = NetworkPicture.draw(edges, top);
    TreeSet<Integer> years = new TreeSet<>();
    all.statements()
        .forEach(
            s -> {
              if (s.year() != 0) {
                years.add(s.year());
              }
            });
    Html body =
        templates.render(
            "network-page",
            values(
                "action", base + PATH.substring(1),
                "programs", options(all, things, program),
                "nations", options(all, agents, nation),
                "from", yearOptions(years, from),
                "to", yearOptions(years, to),
                "top", Integer.toString(top),
                "maxTop", Integer.toString(MAX_TOP),
                "shown", Integer.toString(picture.nodes()),
                "participations", Integer.toString(picture.edges()),
                "note", picture.note(),
                "picture", picture.edges() == 0 ? templates.render("no-network") : picture.svg()));
    return new HomeView(200, "Partnership network — spkg", body);
  }

  private static NetworkPicture.Node node(String base, NetworkIndex all, String iri, String kind) {
    return new NetworkPicture.Node(iri, all.label(iri), kind, HomeLinks.href(base, iri));
  }

  private static Map<String, Long> counts(
      List<NetworkIndex.Statement> statements, Function<NetworkIndex.Statement, String> key) {
    Map<String, Long> m = new TreeMap<>();
    for (NetworkIndex.Statement s : statements) {
      String k = key.apply(s);
      if (k != null) {
        m.merge(k, 1L, Long::sum);
      }
    }
    return m;
  }

  /** The options of a select, by label, the chosen one selected. */
  private static List<Map<String, Object>> options(
      NetworkIndex all, Map<String, Long> ids, Optional<String> chosen) {
    List<Map<String, Object>> options = new ArrayList<>();
    ids.keySet().stream()
        .sorted(
            Comparator.comparing((String id) -> all.label(iri(id)), String.CASE_INSENSITIVE_ORDER))
        .forEach(
            id ->
                options.add(
                    values(
                        "value",
                        id,
                        "label",
                        all.label(iri(id)) + " (" + ids.get(id) + ")",
                        "selected",
                        chosen.map(id::equals).orElse(false))));
    return options;
  }

  private static List<Map<String, Object>> yearOptions(
      TreeSet<Integer> years, Optional<Integer> chosen) {
    List<Map<String, Object>> options = new ArrayList<>();
    chosen.ifPresent(years::add);
    for (int y : years) {
      options.add(
          values(
              "value",
              Integer.toString(y),
              "label",
              Integer.toString(y),
              "selected",
              chosen.map(c -> c == y).orElse(false)));
    }
    return options;
  }

  private static String iri(String id) {
    return HomeLinks.iri(id);
  }
}
