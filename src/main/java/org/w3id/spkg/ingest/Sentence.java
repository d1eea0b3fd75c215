package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.SPKG;

/**
 * A text unit as the rules see it: its text, the entities it mentions and its time expressions,
 * with helpers to find lists of actors ("Australia, the United Kingdom and the United States") and
 * the things (programs, partnerships) near a position.
 */
final class Sentence {

  private static final Pattern JOINER = Pattern.compile("\\s*(,|, and|and|&|-|/)?\\s*(the\\s+)?");

  /** What may stand between the sentence's start, or a verb, and the first actor of a list. */
  private static final Pattern FIRST_GAP = Pattern.compile("\\s*(the\\s+)?");

  /** What may stand between the last actor of a list and what follows it. */
  private static final Pattern LAST_GAP = Pattern.compile("\\s*,?\\s*(also\\s*)?");

  final TextUnit unit;
  final List<Gazetteer.Mention> mentions;
  final List<TimeExpressions.TimeValue> times;
  private final KnownEntities known;

  Sentence(
      TextUnit unit,
      List<Gazetteer.Mention> mentions,
      List<TimeExpressions.TimeValue> times,
      KnownEntities known) {
    this.unit = unit;
    this.mentions = List.copyOf(mentions);
    this.times = List.copyOf(times);
    this.known = known;
  }

  String text() {
    return unit.text().text();
  }

  boolean isActor(Gazetteer.Mention m) {
    return m.form() != Gazetteer.Form.ADJECTIVE
        && m.form() != Gazetteer.Form.TITLE
        && known.isA(m.iri(), SPKG.Actor);
  }

  boolean isThing(Gazetteer.Mention m) {
    return m.form() != Gazetteer.Form.ADJECTIVE
        && (known.isA(m.iri(), SPKG.Program)
            || known.isA(m.iri(), SPKG.Partnership)
            || known.isA(m.iri(), SPKG.Policy));
  }

  /** The actors listed just before {@code pos} (only spaces, commas and "also" between). */
  List<Gazetteer.Mention> actorsEndingAt(int pos) {
    List<Gazetteer.Mention> list = new ArrayList<>();
    Gazetteer.Mention next = null;
    for (int i = mentions.size() - 1; i >= 0; i--) {
      Gazetteer.Mention m = mentions.get(i);
      if (m.end() > pos) {
        continue;
      }
      String gap = text().substring(m.end(), next == null ? pos : next.start());
      boolean joined =
          next == null ? LAST_GAP.matcher(gap).matches() : JOINER.matcher(gap).matches();
      if (!isActor(m) || !joined) {
        break;
      }
      list.add(0, m);
      next = m;
    }
    return list;
  }

  /** The actors listed from {@code pos} on (after an optional "the"). */
  List<Gazetteer.Mention> actorsStartingAt(int pos) {
    List<Gazetteer.Mention> list = new ArrayList<>();
    int at = pos;
    for (Gazetteer.Mention m : mentions) {
      if (m.start() < at) {
        continue;
      }
      String gap = text().substring(at, m.start());
      boolean joined =
          list.isEmpty() ? FIRST_GAP.matcher(gap).matches() : JOINER.matcher(gap).matches();
      if (!isActor(m) || !joined) {
        break;
      }
      list.add(m);
      at = m.end();
    }
    return list;
  }

  /** The first program or partnership mentioned in {@code [from, to)}. */
  Optional<Gazetteer.Mention> firstThing(int from, int to) {
    return mentions.stream()
        .filter(m -> m.start() >= from && m.end() <= to && isThing(m))
        .findFirst();
  }

  /** The last program or partnership mentioned before {@code pos}. */
  Optional<Gazetteer.Mention> lastThingBefore(int pos) {
    Optional<Gazetteer.Mention> last = Optional.empty();
    for (Gazetteer.Mention m : mentions) {
      if (m.end() <= pos && isThing(m)) {
        last = Optional.of(m);
      }
    }
    return last;
  }

  /** The first mention at or after {@code pos} that satisfies the class test. */
  Optional<Gazetteer.Mention> firstOf(int pos, org.apache.jena.rdf.model.Resource type) {
    return mentions.stream()
        .filter(
            m ->
                m.start() >= pos
                    && m.form() != Gazetteer.Form.ADJECTIVE
                    && known.isA(m.iri(), type))
        .findFirst();
  }

  /** The time expression in {@code [from, to)}, the first if several. */
  Optional<TimeExpressions.TimeValue> timeIn(int from, int to) {
    return times.stream().filter(t -> t.start() >= from && t.end() <= to).findFirst();
  }

  /** A slice of the unit's text, mapped to the source. */
  PlainText slice(int start, int end) {
    return unit.text().slice(start, end);
  }
}
