package org.w3id.spkg.ingest;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * Where things are built and carried:
 *
 * <ul>
 *   <li>{@code hosted-payload}: "two U.S. … payloads on two Japanese-built satellites in S";
 *   <li>{@code location}: "P being constructed in C" (a nation C hosts P).
 * </ul>
 *
 * Run from {@link CooperationRules}.
 */
final class PayloadRules {

  private static final Pattern HOSTED =
      Pattern.compile(
          "\\bpayloads?\\b(?: [a-z]+){0,3} (?:on|aboard) (?:(?:an?|one|two|three|four|several|its|their) )?");
  private static final Pattern BUILT =
      Pattern.compile("([\\p{L}.]+)-built(?: and (flagged|operated))?");
  private static final Pattern LOCATED =
      Pattern.compile(
          "\\b(?:being |is |was |are |to be )?(?:constructed|built|located|based|sited) in ");

  private PayloadRules() {}

  static void hostedPayload(Sentence s, Extraction x) {
    Matcher m = HOSTED.matcher(s.text());
    if (!m.find()) {
      return;
    }
    Matcher built = BUILT.matcher(s.text());
    if (!built.find(m.end()) || built.start() > m.end() + 2) {
      return;
    }
    Optional<Gazetteer.Mention> builder =
        s.mentions.stream()
            .filter(b -> b.start() == built.start() && x.known.isA(b.iri(), SPKG.Country))
            .findFirst();
    Optional<Gazetteer.Mention> host = s.firstThing(built.end(), s.text().length());
    if (builder.isEmpty() || host.isEmpty()) {
      return;
    }
    Node ev = x.evidence(s, Rule.HOSTED_PAYLOAD);
    String payload = payload(s, x, m.start(), ev);
    x.out.add(FactWriter.uri(payload), SPKG.hostedOn, FactWriter.uri(host.get().iri()));
    x.out.participation(
        host.get().iri(), builder.get().iri(), "builder", Optional.empty(), Optional.empty(), ev);
    if (built.group(2) != null) {
      String role = built.group(2).equals("flagged") ? "flag-state" : "operator";
      x.out.participation(
          host.get().iri(), builder.get().iri(), role, Optional.empty(), Optional.empty(), ev);
    }
  }

  /** The payload named before "payloads", or a new one named by the words before it. */
  private static String payload(Sentence s, Extraction x, int payloadsAt, Node ev) {
    int clauseStart =
        Math.max(s.text().lastIndexOf(',', payloadsAt), s.text().lastIndexOf(" are ", payloadsAt));
    clauseStart = Math.max(clauseStart, s.text().lastIndexOf(" is ", payloadsAt));
    int from = Math.max(0, clauseStart);
    Optional<Gazetteer.Mention> named =
        s.mentions.stream()
            .filter(p -> p.start() >= from && p.end() <= payloadsAt && s.isThing(p))
            .reduce((a, b) -> b);
    Optional<Gazetteer.Mention> owner =
        s.mentions.stream()
            .filter(
                p ->
                    p.start() >= from
                        && p.end() <= payloadsAt
                        && x.known.isA(p.iri(), SPKG.Country))
            .reduce((a, b) -> b);
    String payload;
    if (named.isPresent()) {
      payload = named.get().iri();
    } else {
      int start = owner.map(Gazetteer.Mention::end).orElse(from);
      String label =
          s.text()
              .substring(start, payloadsAt)
              .replaceAll("^[\\s,]*(are|is|integrating|the|two|three|an?|\\d+)\\b", "")
              .trim();
      label =
          (label + " payloads").replaceAll("^(?:integrating |the |two |three |\\d+ )+", "").trim();
      payload = EntityIris.entity("program", EntityIris.slug(label));
      Node p = FactWriter.uri(payload);
      x.out.type(p, SPKG.Payload);
      x.out.label(p, label);
      x.known.declare(
          payload, SPKG.Payload.getURI(), label, owner.map(Gazetteer.Mention::iri).orElse(null));
    }
    x.out.type(FactWriter.uri(payload), SPKG.Payload);
    owner.ifPresent(
        o ->
            x.out.participation(payload, o.iri(), "owner", Optional.empty(), Optional.empty(), ev));
    return payload;
  }

  static void location(Sentence s, Extraction x) {
    Matcher m = LOCATED.matcher(s.text());
    if (!m.find()) {
      return;
    }
    Optional<Gazetteer.Mention> place = s.firstOf(m.end(), SPKG.Place);
    Optional<Gazetteer.Mention> thing = s.lastThingBefore(m.start());
    if (place.isEmpty() || thing.isEmpty() || place.get().start() != m.end()) {
      return;
    }
    Node thingNode = FactWriter.uri(thing.get().iri());
    Node ev = x.evidence(s, Rule.LOCATION);
    x.out.add(thingNode, SPKG.location, FactWriter.uri(place.get().iri()));
    x.out.add(thingNode, SPKG.evidence, ev);
    if (x.known.isA(place.get().iri(), SPKG.Country)) {
      // The nation a facility is built in hosts it.
      x.out.participation(
          thing.get().iri(), place.get().iri(), "host", Optional.empty(), Optional.empty(), ev);
    }
  }
}
