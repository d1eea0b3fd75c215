package org.w3id.spkg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.w3id.spkg.bench.ReferenceNames.Actor;
import org.w3id.spkg.bench.ReferenceNames.Nation;
import org.w3id.spkg.bench.TemplateFiller.Scene;
import org.w3id.spkg.vocab.EntityIris;

/**
 * Writes one fact sheet: front matter, an introduction naming an event and an official, two to six
 * sections (headed as the seed heads them, or with Markdown headings), each with a paragraph, a
 * lead-in and a list of bold-led initiatives (three to twelve in all), and now and then a list of
 * directives.
 */
final class DocumentComposer {

  /** What composing one document gave, and the ordinal of the next invented program. */
  record Composed(GeneratedDocument document, long nextProgram) {}

  /** The shapes of an initiative, by the template kind that opens it, with their weights. */
  private enum Shape {
    ONE("open-one", 20),
    TWO("open-two", 15),
    AUSPICES("open-auspices", 7),
    COOPERATION("open-cooperation", 12),
    HOSTED("open-hosted", 10),
    REFERENCE("open-reference", 20),
    PLAIN("open-plain", 16);

    final String kind;
    final int weight;

    Shape(String kind, int weight) {
      this.kind = kind;
      this.weight = weight;
    }

    boolean hasProgram() {
      return this != REFERENCE && this != PLAIN;
    }
  }

  private static final List<String> FOLLOW_PROGRAM =
      List.of(
          "follow-membership",
          "follow-adding",
          "follow-signed",
          "follow-contribution",
          "follow-money",
          "follow-count",
          "follow-percent",
          "follow-milestone",
          "follow-past",
          "follow-location",
          "follow-cooperation");

  private static final int TOTAL_WEIGHT =
      Arrays.stream(Shape.values()).mapToInt(s -> s.weight).sum();

  private final ReferenceNames reference;
  private final Phrasebook words;
  private final InventedPrograms programs;

  DocumentComposer(ReferenceNames reference, Phrasebook words, InventedPrograms programs) {
    this.reference = reference;
    this.words = words;
    this.programs = programs;
  }

  /** Document {@code index} (from 1) of {@code seed}; its first program is {@code program}. */
  Composed compose(long seed, int index, long program) {
    DocumentCast cast = new DocumentCast(reference, words, new SplittableRandom(mix(seed, index)));
    TemplateFiller filler = new TemplateFiller(cast, words, reference);
    Draft draft = new Draft(cast, filler, program);
    String title = filler.phrase(cast.pick(words.templates("doc-title")));
    String slug = EntityIris.slug(title);
    slug = slug.length() > 60 ? slug.substring(0, 60).replaceAll("-+$", "") : slug;
    String fileName = String.format(Locale.ROOT, "%07d-%s-%s.md", index, cast.date, slug);

    FactSheetMarkdown md = new FactSheetMarkdown(cast.chance(0.7));
    frontMatter(md, cast, title, slug, index);
    md.paragraph(filler.sentence("intro") + optional(cast, filler, "intro-more", 0.6));
    if (cast.chance(0.5)) {
      md.paragraph(filler.sentence("intro-more"));
    }
    int initiatives = cast.between(3, 12);
    int sections = Math.min(cast.between(2, 6), initiatives);
    int[] perSection = spread(cast, initiatives, sections);
    List<String> headings = new ArrayList<>(words.sectionHeadings());
    for (int s = 0; s < sections; s++) {
      md.heading(1, filler.phrase(headings.remove(cast.random.nextInt(headings.size()))));
      draft.sections++;
      if (cast.chance(0.3)) {
        md.heading(2, filler.phrase(cast.pick(words.subsectionHeadings())));
        draft.sections++;
      }
      StringBuilder context = new StringBuilder(filler.sentence("context"));
      for (int k = cast.between(0, 2); k > 0; k--) {
        context.append(' ').append(filler.sentence("context"));
      }
      md.paragraph(context.toString());
      md.paragraph(filler.sentence("leadin"));
      for (int i = 0; i < perSection[s]; i++) {
        initiative(md, draft);
      }
      md.endList();
      filler.scene(null);
      if (cast.chance(0.35)) {
        directives(md, draft);
      }
    }
    md.end();
    GeneratedDocument doc =
        new GeneratedDocument(
            fileName,
            md.text(),
            draft.sections,
            initiatives,
            filler.sentences,
            filler.acronyms,
            draft.directives,
            filler.amounts,
            filler.counts,
            filler.percentages,
            filler.dates);
    return new Composed(doc, draft.nextProgram);
  }

  /** The state of the document being written. */
  private static final class Draft {
    final DocumentCast cast;
    final TemplateFiller filler;
    long nextProgram;
    int sections;
    int directives;
    final List<String> directivesLeft = new ArrayList<>();

    Draft(DocumentCast cast, TemplateFiller filler, long nextProgram) {
      this.cast = cast;
      this.filler = filler;
      this.nextProgram = nextProgram;
    }
  }

  private void initiative(FactSheetMarkdown md, Draft draft) {
    DocumentCast cast = draft.cast;
    TemplateFiller filler = draft.filler;
    Shape shape = shape(cast);
    if (shape == Shape.REFERENCE && reference.programs.isEmpty()) {
      shape = Shape.PLAIN;
    }
    Nation partner = cast.partner();
    Set<String> none = Set.of();
    Actor lead = cast.chance(0.75) ? cast.agency(none) : cast.nation(none).actor();
    List<Actor> leads;
    if (shape == Shape.HOSTED) {
      leads = List.of(cast.usAgency(none), partner.actor());
    } else {
      Actor first = cast.chance(0.8) ? cast.agency(none) : cast.nation(none).actor();
      Set<String> taken = Set.of(first.iri());
      leads = List.of(first, cast.chance(0.6) ? cast.agency(taken) : cast.nation(taken).actor());
    }
    Optional<InventedPrograms.Program> program =
        shape.hasProgram() ? Optional.of(programs.program(draft.nextProgram++)) : Optional.empty();
    Optional<String> ref =
        shape == Shape.REFERENCE ? Optional.of(cast.pick(reference.programs)) : Optional.empty();
    filler.scene(new Scene(lead, leads, partner, program, ref));

    String titleKind =
        switch (shape) {
          case HOSTED -> "title-hosted";
          case REFERENCE -> "title-reference";
          case PLAIN -> "title-plain";
          default -> "title-program";
        };
    String title = filler.phrase(cast.pick(words.templates(titleKind)));
    List<String> body = new ArrayList<>();
    body.add(filler.sentence(shape.kind));
    for (String kind : followUps(cast, shape)) {
      body.add(filler.sentence(kind));
    }
    // Fact sheets also write "**Title: **", which CommonMark does not read as bold.
    String bold = cast.chance(0.9) ? "**" + title + ":** " : "**" + title + ": ** ";
    md.item(bold + String.join(" ", body));
  }

  private static List<String> followUps(DocumentCast cast, Shape shape) {
    List<String> pool;
    switch (shape) {
      case REFERENCE -> pool = new ArrayList<>(List.of("follow-reference", "follow-signed"));
      case PLAIN -> pool = new ArrayList<>(List.of("follow-plain", "follow-signed"));
      default -> pool = new ArrayList<>(FOLLOW_PROGRAM);
    }
    List<String> chosen = new ArrayList<>();
    if (shape == Shape.AUSPICES) {
      chosen.add(pool.remove(0));
    }
    int n = shape.hasProgram() ? cast.between(1, 4) : cast.between(0, 2);
    while (chosen.size() < n && !pool.isEmpty()) {
      chosen.add(pool.remove(cast.random.nextInt(pool.size())));
    }
    return chosen;
  }

  private void directives(FactSheetMarkdown md, Draft draft) {
    DocumentCast cast = draft.cast;
    md.paragraph(draft.filler.sentence("directive-leadin"));
    for (int n = cast.between(1, 4); n > 0; n--) {
      if (draft.directivesLeft.isEmpty()) {
        draft.directivesLeft.addAll(words.directives());
      }
      String item = draft.directivesLeft.remove(cast.random.nextInt(draft.directivesLeft.size()));
      md.item(draft.filler.fill(item));
      draft.directives++;
    }
    md.endList();
  }

  private static Shape shape(DocumentCast cast) {
    int r = cast.random.nextInt(TOTAL_WEIGHT);
    for (Shape s : Shape.values()) {
      r -= s.weight;
      if (r < 0) {
        return s;
      }
    }
    return Shape.PLAIN;
  }

  /** {@code total} items over {@code parts} parts, at least one each. */
  private static int[] spread(DocumentCast cast, int total, int parts) {
    int[] counts = new int[parts];
    Arrays.fill(counts, 1);
    for (int i = parts; i < total; i++) {
      counts[cast.random.nextInt(parts)]++;
    }
    return counts;
  }

  private static String optional(DocumentCast cast, TemplateFiller filler, String kind, double p) {
    return cast.chance(p) ? " " + filler.sentence(kind) : "";
  }

  private static void frontMatter(
      FactSheetMarkdown md, DocumentCast cast, String title, String slug, int index) {
    LocalDate d = cast.date;
    String offset = d.getMonthValue() >= 4 && d.getMonthValue() <= 10 ? "-04:00" : "-05:00";
    int hour = cast.between(9, 16);
    String published =
        String.format(Locale.ROOT, "%s %02d:%02d:00%s", d, hour, 15 * cast.between(0, 3), offset);
    String modified =
        String.format(
            Locale.ROOT,
            "%s %02d:%02d:%02d%s",
            d,
            hour + cast.between(1, 6),
            cast.between(0, 59),
            cast.between(0, 59),
            offset);
    String url =
        String.format(
            Locale.ROOT,
            "https://example.org/bench/%d/%02d/%02d/%s-%d/",
            d.getYear(),
            d.getMonthValue(),
            d.getDayOfMonth(),
            slug,
            index);
    md.frontMatter(d, published, modified, "Office of the " + cast.title, url, title);
  }

  /** The seed of document {@code index}: a SplitMix64 mix of the corpus seed and the index. */
  static long mix(long seed, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
