package org.w3id.spkg.bench;

import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3id.spkg.bench.ReferenceNames.Actor;
import org.w3id.spkg.bench.ReferenceNames.Nation;

/**
 * Fills the slots of sentence templates ({@code {nation}}, {@code {define}}, {@code {money}}, …)
 * for one document, and counts what it wrote: sentences, acronym definitions, dates, amounts,
 * counts and percentages. Within one sentence a slot keeps its value and no actor appears twice.
 */
final class TemplateFiller {

  /**
   * What the sentences of one initiative are about.
   *
   * @param lead the actor that leads it, for {@code {Lead}}
   * @param leads the two that lead it, for {@code {Leads}}
   * @param partner its partner nation
   * @param program its invented program, if any
   * @param reference the reference program it is about, if any
   */
  record Scene(
      Actor lead,
      List<Actor> leads,
      Nation partner,
      Optional<InventedPrograms.Program> program,
      Optional<String> reference) {

    Scene {
      leads = List.copyOf(leads);
    }
  }

  private static final Pattern SENTENCE_BREAK = Pattern.compile(" \\| ");

  private final DocumentCast cast;
  private final Phrasebook words;
  private final ReferenceNames reference;
  private Scene scene;
  private final Map<String, String> memo = new HashMap<>();
  private final Set<String> used = new HashSet<>();
  private final Set<String> usedTemplates = new HashSet<>();
  private String lastTemplate;

  int sentences;
  int dates;
  int amounts;
  int counts;
  int percentages;
  final List<String> acronyms = new ArrayList<>();

  TemplateFiller(DocumentCast cast, Phrasebook words, ReferenceNames reference) {
    this.cast = cast;
    this.words = words;
    this.reference = reference;
  }

  /** Sets the initiative that the next sentences are about. */
  void scene(Scene scene) {
    this.scene = scene;
  }

  /**
   * One template of {@code kind}, filled: one or more sentences. A template already used in the
   * document is taken again only when the kind has no other left, and never twice in a row.
   */
  String sentence(String kind) {
    List<String> all = words.templates(kind);
    List<String> fresh = all.stream().filter(t -> !usedTemplates.contains(t)).toList();
    if (fresh.isEmpty()) {
      fresh = all.stream().filter(t -> !t.equals(lastTemplate)).toList();
    }
    String template = cast.pick(fresh.isEmpty() ? all : fresh);
    usedTemplates.add(template);
    lastTemplate = template;
    return fill(template);
  }

  /** {@code template} filled and counted as sentences; " | " between sentences becomes a space. */
  String fill(String template) {
    String[] parts = SENTENCE_BREAK.split(template);
    sentences += parts.length;
    return phrase(String.join(" ", parts));
  }

  /** {@code template} filled, not counted as a sentence: a title or a heading. */
  String phrase(String template) {
    memo.clear();
    used.clear();
    if (scene != null) {
      used.add(scene.lead().iri());
      scene.leads().forEach(a -> used.add(a.iri()));
    }
    return substitute(template);
  }

  private String substitute(String template) {
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', at)) {
      int close = template.indexOf('}', open);
      if (close < 0) {
        throw new IllegalStateException("unclosed slot in template: " + template);
      }
      out.append(template, at, open);
      String slot = template.substring(open + 1, close);
      String key = Character.toLowerCase(slot.charAt(0)) + slot.substring(1);
      String value = memo.get(key);
      if (value == null) {
        value = value(key, template);
        memo.put(key, value);
      }
      if (key.equals("small")) {
        counts++; // each "{small} … payloads" counts what follows it, even when the number repeats
      }
      out.append(
          Character.isUpperCase(slot.charAt(0))
              ? Character.toUpperCase(value.charAt(0)) + value.substring(1)
              : value);
      at = close + 1;
    }
    return out.append(template.substring(at)).toString();
  }

  private String value(String slot, String template) {
    return switch (slot) {
      case "lead" -> cast.mention(scene().lead());
      case "leads" -> list(scene().leads().stream().map(cast::mention).toList());
      case "agency", "agency2" -> cast.mention(take(cast.agency(used)));
      case "addressee" -> cast.mention(take(cast.usAgency(used)));
      case "nation", "nation2" -> cast.mention(take(cast.nation(used).actor()));
      case "nations" -> nations(cast.between(2, 4));
      case "nation-bare" -> take(cast.partner().actor()).names().get(0);
      case "partner-bare" -> scene().partner().actor().names().get(0);
      case "partner-adjective" -> scene().partner().adjective().orElseThrow();
      case "define" -> define();
      case "name" -> program().name();
      case "acr" -> program().acronym();
      case "ref" -> scene().reference().orElseThrow(() -> noSlot(slot, template));
      case "agreement" -> cast.pick(reference.agreements);
      case "principal" -> cast.principal;
      case "title" -> cast.title;
      case "council" -> cast.pick(reference.councils);
      case "ordinal" -> cast.pick(words.ordinals());
      case "host-city" -> cast.pick(reference.hostCities);
      case "city", "city2" -> distinct(reference.cities);
      case "region" -> region(cast.pick(reference.regions));
      case "region-bare" -> cast.pick(reference.regions);
      case "purpose" -> cast.pick(words.purposes());
      case "component", "component2" -> distinct(words.components());
      case "payload-kind" -> cast.pick(words.payloadKinds());
      case "topic" -> cast.pick(words.topics());
      case "gerund" -> cast.pick(words.gerunds());
      case "report-title" -> cast.pick(words.reportTitles());
      case "small" -> cast.pick(words.smallNumbers());
      case "count" -> count(cast.between(3, 60));
      case "signatories" -> count(cast.between(20, 90));
      case "count-in-words" -> count(cast.pick(words.numberWords()).toLowerCase(Locale.ROOT));
      case "money" -> money();
      case "percent" -> percent();
      case "past-rel", "past-date", "future-rel", "future-date" -> time(slot);
      default -> throw noSlot(slot, template);
    };
  }

  private Scene scene() {
    if (scene == null) {
      throw new IllegalStateException("a template about an initiative is used outside one");
    }
    return scene;
  }

  private InventedPrograms.Program program() {
    return scene().program().orElseThrow(() -> noSlot("acr", "(an initiative without program)"));
  }

  /** "Lunar Surface Relay Initiative (LSRI)", counted as an acronym definition. */
  private String define() {
    InventedPrograms.Program p = program();
    if (!acronyms.contains(p.acronym())) {
      acronyms.add(p.acronym());
    }
    return p.name() + " (" + p.acronym() + ")";
  }

  private String region(String name) {
    return words.definiteRegions().contains(name) ? "the " + name : name;
  }

  private Actor take(Actor actor) {
    used.add(actor.iri());
    return actor;
  }

  private String nations(int n) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      names.add(cast.mention(take(cast.nation(used).actor())));
    }
    return list(names);
  }

  /** "A", "A and B", "A, B, and C". */
  static String list(List<String> items) {
    if (items.size() <= 2) {
      return String.join(" and ", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + ", and "
        + items.get(items.size() - 1);
  }

  private String distinct(List<String> pool) {
    List<String> free = pool.stream().filter(s -> !used.contains(s)).toList();
    String value = cast.pick(free.isEmpty() ? pool : free);
    used.add(value);
    return value;
  }

  private String count(int n) {
    counts++;
    return Integer.toString(n);
  }

  private String count(String inWords) {
    counts++;
    return inWords;
  }

  /** "$250 million", "$1.2 billion", now and then in euros. */
  private String money() {
    amounts++;
    String currency = cast.chance(0.1) ? "€" : "$";
    if (cast.chance(0.25)) {
      return currency + cast.between(1, 4) + "." + cast.between(1, 9) + " billion";
    }
    return currency + 5 * cast.between(1, 190) + " million";
  }

  private String percent() {
    percentages++;
    return cast.between(5, 60) + (cast.chance(0.5) ? "%" : " percent");
  }

  /** A time phrase before or after the document's date. */
  private String time(String kind) {
    dates++;
    YearMonth when =
        kind.startsWith("past")
            ? YearMonth.from(cast.date).minusMonths(cast.between(1, 30))
            : YearMonth.of(cast.date.getYear() + cast.between(1, 5), cast.between(1, 12));
    return cast.pick(words.timePhrases(kind))
        .replace("{month}", when.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH))
        .replace("{year}", Integer.toString(when.getYear()));
  }

  private static IllegalStateException noSlot(String slot, String template) {
    return new IllegalStateException("no value for {" + slot + "} in template: " + template);
  }
}
