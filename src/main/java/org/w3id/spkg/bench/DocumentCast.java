package org.w3id.spkg.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.w3id.spkg.bench.ReferenceNames.Actor;
import org.w3id.spkg.bench.ReferenceNames.Agency;
import org.w3id.spkg.bench.ReferenceNames.Nation;

/**
 * Who and when one document speaks of: its date (2015 to 2030), its official, and the nations and
 * agencies its sentences draw from (the United States, a dozen others, most of them with a space
 * agency, and their agencies), with the document's random source.
 */
final class DocumentCast {

  private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2030, 12, 31);

  final SplittableRandom random;
  final LocalDate date;
  final String title;
  final String principal;
  final List<Nation> nations;
  final List<Actor> agencies;
  final List<Actor> usAgencies;
  private final ReferenceNames reference;

  DocumentCast(ReferenceNames reference, Phrasebook words, SplittableRandom random) {
    this.reference = reference;
    this.random = random;
    this.date = FIRST.plusDays(random.nextLong(LAST.toEpochDay() - FIRST.toEpochDay() + 1));
    this.title = pick(reference.officeTitles);
    this.principal = title + " " + pick(words.givenNames()) + " " + pick(words.surnames());
    Nation us = reference.nation("US").orElse(reference.nations.get(0));
    this.nations = new ArrayList<>(List.of(us));
    int others = between(8, 13);
    while (nations.size() <= others) {
      List<Nation> pool = random.nextInt(4) < 3 ? reference.spaceFaringNations : reference.nations;
      Nation n = pick(pool);
      if (!nations.contains(n)) {
        nations.add(n);
      }
    }
    this.usAgencies = reference.agenciesOf(us.actor().iri()).stream().map(Agency::actor).toList();
    this.agencies = new ArrayList<>();
    addSome(agencies, usAgencies, between(4, 6));
    List<Actor> partners = new ArrayList<>();
    for (Nation n : nations.subList(1, nations.size())) {
      reference.agenciesOf(n.actor().iri()).forEach(a -> partners.add(a.actor()));
    }
    addSome(agencies, partners, between(1, 4));
    addSome(agencies, reference.organizations.stream().map(Agency::actor).toList(), between(0, 2));
  }

  /** How a text names {@code actor} here: an acronym, or a name with "the" where it takes one. */
  String mention(Actor actor) {
    if (actor.acronym().isPresent() && (actor.names().isEmpty() || random.nextBoolean())) {
      return actor.acronym().get();
    }
    String name = pick(actor.names());
    return actor.definite() ? "the " + name : name;
  }

  /** A nation of the cast not in {@code used}, else any nation not in it. */
  Nation nation(Set<String> used) {
    return fresh(nations, reference.nations, n -> !used.contains(n.actor().iri()));
  }

  /** A nation of the cast, not the United States, that has a one-word adjective. */
  Nation partner() {
    return fresh(
        nations.subList(1, nations.size()),
        reference.nations,
        n -> n.adjective().isPresent() && n != nations.get(0));
  }

  /** An agency of the cast not in {@code used}, else any U.S. agency not in it. */
  Actor agency(Set<String> used) {
    return fresh(agencies, usAgencies, a -> !used.contains(a.iri()));
  }

  /** A U.S. agency not in {@code used}. */
  Actor usAgency(Set<String> used) {
    return fresh(usAgencies, agencies, a -> !used.contains(a.iri()));
  }

  <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /** A number in {@code [low, high]}. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** Whether an event of probability {@code p} happens. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  private <T> T fresh(List<T> first, List<T> fallback, Predicate<T> ok) {
    List<T> pool = first.stream().filter(ok).toList();
    if (pool.isEmpty()) {
      pool = fallback.stream().filter(ok).toList();
    }
    if (pool.isEmpty()) {
      throw new IllegalStateException("the reference data has too few names for one sentence");
    }
    return pick(pool);
  }

  private <T> void addSome(List<T> to, List<T> from, int n) {
    List<T> pool = new ArrayList<>(from);
    pool.removeAll(to);
    for (int i = 0; i < n && !pool.isEmpty(); i++) {
      to.add(pool.remove(random.nextInt(pool.size())));
    }
  }
}
