package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.SPKG;

/**
 * People and offices: {@code person-with-office}, an office title followed by a name ("Vice
 * President Kamala Harris"; "President Biden"); a signature line in capitals ("JOSEPH R. BIDEN
 * JR."); and a job title with what it serves ("Chair of the Council on Environmental Quality"), an
 * office. Part of {@link EntityFinder}.
 */
final class PersonFinder {

  private static final Pattern OFFICE =
      Pattern.compile(
          "\\b(?:(?:Deputy|Associate|Assistant|Executive|Principal|Chief|Special|Senior|Under) ){0,2}"
              + "(?:Chair|Chairman|Chairwoman|Chairperson|Secretary|Director|Administrator|Assistant"
              + "|Counsel|Advisor|Adviser|Envoy|Commissioner|Coordinator)"
              + "(?: (?:of|for|to(?= the (?:Vice )?President)) (?:the )?+(?:U\\.S\\. )?+"
              + "\\p{Lu}[\\p{L}-]*+"
              + "(?: (?:of |for |the |on |and (?!the ))*+\\p{Lu}[\\p{L}-]*+)*+)++");

  /** A signature: first name, middle initial, surname in capitals, maybe JR. or SR. */
  private static final Pattern SIGNATURE =
      Pattern.compile("\\p{Lu}{2,}+ \\p{Lu}\\. \\p{Lu}{2,}+(?: (?:JR|SR)\\.| I{2,3}+)?");

  /** "Assistant Secretary of State …" holds another office than the Secretary of State. */
  private static final Pattern TITLE_MODIFIER =
      Pattern.compile("\\b(?:Assistant|Deputy|Under|Associate|Principal|Special|Vice) $");

  private static final Pattern TRAILING_NAME =
      Pattern.compile("^(?: \\p{Lu}\\p{Ll}+| \\p{Lu}\\.){1,4}$");

  private final FoundEntities finder;

  PersonFinder(FoundEntities finder) {
    this.finder = finder;
  }

  /**
   * "Chair of the Council on Environmental Quality", "Assistant to the President for Science and
   * Technology": a job title with "of", "to" or "for" and what it serves is an office, not the
   * organisation it names. A person's name after a known organisation is left out ("Administrator
   * of USAID Jane Doe").
   */
  void offices(TextUnit unit) {
    String text = unit.text().text();
    Matcher m = OFFICE.matcher(text);
    while (m.find()) {
      int end = m.end();
      List<Gazetteer.Mention> inside = finder.known.find(m.group());
      if (!inside.isEmpty()) {
        int last = m.start() + inside.get(inside.size() - 1).end();
        if (TRAILING_NAME.matcher(text.substring(last, end)).matches()) {
          end = last;
        }
      }
      // "… for Science and Technology" is one title; "… of Commerce and NASA", "… of State and
      // Secretary of Defense" are two names.
      for (int and = text.indexOf(" and ", m.start());
          and >= 0 && and < end;
          and = text.indexOf(" and ", and + 1)) {
        String rest = text.substring(and + 5, Math.min(text.length(), and + 125));
        List<Gazetteer.Mention> next = finder.known.find(rest);
        if (FoundEntities.OFFICE_WORD.matcher(rest).lookingAt()
            || !next.isEmpty() && next.get(0).start() == 0) {
          end = and;
          break;
        }
      }
      String label = text.substring(m.start(), end);
      // A known office the pattern stops short of ("Administrator of the National Aeronautics
      // and Space Administration"), or a name cut at an abbreviation ("Director of U.S.").
      List<Gazetteer.Mention> from =
          finder.known.find(text.substring(m.start(), Math.min(text.length(), m.start() + 120)));
      boolean knownOffice =
          !from.isEmpty() && from.get(0).start() == 0 && from.get(0).end() >= end - m.start();
      if (knownOffice
          || label.matches(".*\\b\\p{Lu}\\.?$")
          || finder.isKnown(label)
          || finder.isKnown(label.replaceFirst("^U\\.S\\. ", ""))) {
        continue;
      }
      // "Assistant to the President for Science and Technology (APST)".
      Matcher parens =
          FoundEntities.PARENS
              .matcher(text)
              .region(Math.min(text.length(), end + 1), text.length());
      Optional<String> acronym =
          end < text.length()
                  && text.charAt(end) == ' '
                  && parens.lookingAt()
                  && NameWords.isAcronym(parens.group(1))
                  && FoundEntities.fits(NameWords.letters(parens.group(1)), NameWords.words(label))
              ? Optional.of(parens.group(1))
              : Optional.empty();
      // "the Office of the Counsel to the President": the body that serves the office, an agency.
      String before = text.substring(Math.max(0, m.start() - 30), m.start());
      if (before.endsWith("Office of the ") && !before.endsWith("Executive Office of the ")) {
        String body = "Office of the " + label;
        if (!finder.isKnown(body)) {
          finder.add(SPKG.Agency, body, Optional.empty(), unit, "office-body");
        }
        continue;
      }
      finder.add(SPKG.Office, label, acronym, unit, "office-title");
    }
  }

  /**
   * "JOSEPH R. BIDEN JR.", "DONALD J. TRUMP": a line that is a name in capitals with a middle
   * initial (and maybe a suffix), as an order or proclamation is signed, names a person.
   */
  void signature(TextUnit unit) {
    String text = unit.text().text().strip();
    if (!SIGNATURE.matcher(text).matches()) {
      return;
    }
    StringBuilder name = new StringBuilder();
    for (String w : text.split(" ")) {
      if (name.length() > 0) {
        name.append(' ');
      }
      name.append(w.charAt(0)).append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    String label = name.toString();
    if (finder.isKnown(label) || finder.isKnown(text)) {
      return;
    }
    String iri = EntityIris.entity("person", EntityIris.slug(label));
    finder.found.putIfAbsent(
        iri,
        new NewEntity(
            iri,
            SPKG.Person,
            label,
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            unit,
            "order-signature"));
  }

  void persons(TextUnit unit) {
    if (unit.isTitle()) {
      return; // an item title is in title case: "President Biden Announces …" is no name
    }
    String text = unit.text().text();
    for (int t = 0; t < finder.titles.size(); t++) {
      FoundEntities.Title title = finder.titles.get(t);
      if (!text.contains(title.surface())) {
        continue; // a cheap test first: most units name no office
      }
      Matcher m = finder.titlePatterns.get(t).matcher(text);
      while (m.find()) {
        String name = m.group(1);
        if (namesSomethingElse(name)
            || startsTitle(text, m.start(1))
            || name.startsWith("bin ")
            || TITLE_MODIFIER
                .matcher(text.substring(Math.max(0, m.start() - 12), m.start()))
                .find()) {
          continue;
        }
        Optional<NewEntity> same =
            finder.found.values().stream()
                .filter(
                    e ->
                        e.type().equals(SPKG.Person)
                            && (PersonNames.isPartOf(name, e.label())
                                || PersonNames.surname(e.label())
                                    .equals(PersonNames.surname(name))))
                .findFirst();
        if (same.isPresent()) {
          continue;
        }
        // A foreign leader with a title the United States also has ("President Yoon of Korea")
        // holds his own nation's office, not the U.S. one.
        Optional<String> office = title.office();
        Optional<String> officeNation = office.flatMap(finder.entities::nation);
        Optional<String> context =
            PersonNames.nationOf(text, m.start(), m.end(1), finder.known, finder.entities);
        if (context.isPresent() && !context.equals(officeNation)) {
          office = Optional.empty();
        }
        Optional<String> nation = context.or(() -> officeNation);
        String iri = EntityIris.entity("person", EntityIris.slug(name));
        finder.found.putIfAbsent(
            iri,
            new NewEntity(
                iri,
                SPKG.Person,
                name,
                Optional.empty(),
                nation,
                office,
                Optional.of(title.surface()),
                unit,
                "person-with-office"));
      }
    }
  }

  /**
   * A name the reference data gives to something other than a person ("President Obama" is fine).
   */
  private boolean namesSomethingElse(String name) {
    return finder.knownIri(name).map(iri -> !finder.entities.isA(iri, SPKG.Person)).orElse(false);
  }

  private boolean startsTitle(String text, int at) {
    return finder.titles.stream().anyMatch(t -> text.startsWith(t.surface() + " ", at));
  }
}
