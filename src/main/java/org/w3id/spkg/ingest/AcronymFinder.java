package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.w3id.spkg.vocab.SPKG;

/**
 * {@code acronym-definition}: "Full Name (ACRONYM)", the acronym's capitals found among the name's
 * initials; typed by the name's head word, the word after the parenthesis, or a later "ACRONYM
 * program"; also "initiative on Full Name (iFN)" (a lower-case initial spells the head word), a
 * bold lead's last name defined by "(ACRONYM)" opening the item's body, and a definition in a
 * passage not read when a read passage uses the acronym. Part of {@link EntityFinder}.
 */
final class AcronymFinder {

  /** "(iCET)": an acronym whose first letter stays lower-case, as its word does. */
  private static final Pattern LOWER_INITIAL_PARENS =
      Pattern.compile("\\(\\s*+([a-z][A-Z][A-Za-z0-9-]*[A-Z0-9])\\s*+\\)");

  private static final Pattern APPOSITIVE =
      Pattern.compile("^,\\s+(?:a|an|the)\\s+((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+)");

  /** "(CSI) in Dayton, Ohio will …": where the organisation is, before what it does. */
  private static final Pattern LOCATED =
      Pattern.compile(
          "in \\p{Lu}[\\p{L}.]*+(?: \\p{Lu}[\\p{L}.]*+){0,3}+(?:, \\p{Lu}[\\p{L}.]*+(?: \\p{Lu}[\\p{L}.]*+){0,2}+)?+,? ");

  private final FoundEntities finder;

  AcronymFinder(FoundEntities finder) {
    this.finder = finder;
  }

  private static int located(String after) {
    Matcher m = LOCATED.matcher(after);
    return m.lookingAt() ? m.end() : 0;
  }

  /** The definition's subject acts: "will present", "has awarded", "are establishing". */
  private static final Pattern ACTS =
      Pattern.compile(
          "(?:(?:will|has|have) (?:also )?+(?!be\\b|been\\b|not\\b)\\p{Ll}{3,}+"
              + "|(?:is|are) (?:also )?+\\p{Ll}{4,}+(?<=ing))\\b");

  private static final Pattern FIRST_WORD = Pattern.compile("^(\\p{L}+)");
  private final Map<String, Optional<Resource>> laterHeads = new java.util.HashMap<>();

  void acronymDefinitions(TextUnit unit, String all) {
    String text = unit.text().text();
    // "**… Center of Science and Industry** (CSI) in …": a bold lead ends with the name whose
    // acronym opens the body; the title is read before it, its own acronyms left to it.
    int from = 0;
    if (unit.isFirstOfBody()
        && unit.block().title().isPresent()
        && text.startsWith("(")
        && unit.block().isBoldLed()) {
      String title = unit.block().title().get().text();
      text = title + " " + text;
      from = title.length() + 1;
    }
    List<NameWords.Word> words = NameWords.words(text);
    lowerInitialAcronyms(unit, text, words);
    Matcher m = FoundEntities.PARENS.matcher(text).region(from, text.length());
    while (m.find()) {
      String acronym = m.group(1);
      if (!NameWords.isAcronym(acronym)) {
        continue;
      }
      // A known acronym is defined again only as another known thing's ("Kenya Space Agency
      // (KSA)", where the reference data reads KSA as Saudi Arabia): the document's reading wins
      // in the document.
      boolean knownAcronym = finder.isKnown(acronym);
      List<NameWords.Word> name = NameWords.nameEndingAt(text, words, m.start(), true);
      Optional<List<NameWords.Word>> matched = matchInitials(name, acronym);
      if (matched.isEmpty()) {
        continue;
      }
      List<NameWords.Word> nameWords = matched.get();
      if (objectOfHeadFirst(name, nameWords)) {
        continue; // "Initiative on Black Colleges (BC)": the acronym is the object's, not a body's
      }
      String label =
          text.substring(nameWords.get(0).start(), nameWords.get(nameWords.size() - 1).end());
      if (finder.isKnown(label)) {
        if (!finder.usedHere.test(acronym, label)) {
          continue;
        }
        finder
            .knownIri(label)
            .filter(iri -> !knownAcronym || !finder.knownIri(acronym).equals(Optional.of(iri)))
            .ifPresent(
                iri -> finder.taught.add(new FoundEntities.TaughtAcronym(iri, acronym, unit)));
        continue;
      }
      // Letters the reference data gives a nation ("RSA", "KSA") may name a document's own thing.
      if (knownAcronym && !finder.knownIri(acronym).map(finder::isPlace).orElse(false)) {
        continue;
      }
      Optional<Resource> type = HeadWords.classOf(nameWords.get(nameWords.size() - 1).text());
      String after = text.substring(m.end()).trim();
      Matcher nextWord = FIRST_WORD.matcher(after);
      String next = nextWord.lookingAt() ? nextWord.group(1) : "";
      if (type.isEmpty() || HeadWords.classOf(next).isPresent()) {
        Optional<Resource> afterType = HeadWords.classOf(next);
        if (afterType.isPresent()) {
          type = afterType;
          if (Character.isUpperCase(next.charAt(0))) {
            label = label + " " + next;
          }
        }
      }
      if (type.isEmpty()) {
        type = FoundEntities.headBeforeConnector(nameWords, true);
      }
      if (type.isEmpty()) {
        type = appositiveHead(after);
      }
      if (type.isEmpty()) {
        type = laterHeads.computeIfAbsent(acronym, a -> laterHead(all, a));
      }
      if (!finder.usedHere.test(acronym, label)) {
        continue;
      }
      if (type.isPresent()) {
        finder.add(type.get(), label, Optional.of(acronym), unit, "acronym-definition");
      } else if ((ACTS.matcher(after).lookingAt()
              || ACTS.matcher(after).region(located(after), after.length()).lookingAt())
          && !FoundEntities.OFFICE_WORD.matcher(nameWords.get(0).text()).lookingAt()) {
        // "Women in Aerospace (WIA) will present …": a name without a head word that does
        // something is an organisation.
        finder.add(SPKG.Actor, label, Optional.of(acronym), unit, "acronym-definition");
      }
    }
  }

  /**
   * "initiative on Critical and Emerging Technology (iCET)": the acronym's lower-case letter is the
   * initial of the head word that a connector joins to the capitalised words its capitals spell.
   */
  private void lowerInitialAcronyms(TextUnit unit, String text, List<NameWords.Word> words) {
    if (text.indexOf('(') < 0) {
      return;
    }
    Matcher m = LOWER_INITIAL_PARENS.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      List<NameWords.Word> name = NameWords.nameEndingAt(text, words, m.start(), false);
      Optional<List<NameWords.Word>> matched = matchInitials(name, acronym.substring(1));
      if (matched.isEmpty()) {
        continue;
      }
      int first = words.indexOf(matched.get().get(0));
      if (first < 2 || !words.get(first - 1).isConnector()) {
        continue;
      }
      NameWords.Word head = words.get(first - 2);
      boolean joined =
          text.substring(head.end(), words.get(first).start()).replace('\n', ' ').trim().length()
              == words.get(first - 1).text().length();
      if (!joined
          || Character.toLowerCase(head.text().charAt(0)) != acronym.charAt(0)
          || head.text().length() < 3) {
        continue;
      }
      Optional<Resource> type = HeadWords.classOf(head.text());
      String label =
          text.substring(head.start(), matched.get().get(matched.get().size() - 1).end())
              .replaceAll("\\s++", " ");
      if (type.isEmpty()
          || finder.isKnown(label)
          || finder.isKnown(acronym)
          || !finder.usedHere.test(acronym, label)) {
        continue;
      }
      finder.add(type.get(), label, Optional.of(acronym), unit, "acronym-definition");
    }
  }

  /**
   * Whether the words an acronym spells are the object of a head-first name: "Office on Space
   * Colleges and Universities (SCU)", where the body is the Office.
   */
  private static boolean objectOfHeadFirst(
      List<NameWords.Word> name, List<NameWords.Word> matched) {
    int k = name.size() - matched.size();
    return k >= 2
        && Set.of("on", "of", "for").contains(name.get(k - 1).text())
        && name.get(k - 2).isCapitalised()
        && HeadWords.classOf(name.get(k - 2).text()).isPresent();
  }

  /** "(MADEX), a satellite mission that …": the head word of an appositive just after. */
  private static Optional<Resource> appositiveHead(String after) {
    Matcher m = APPOSITIVE.matcher(after);
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    for (String word : m.group(1).split("[\\s-]+")) {
      Optional<Resource> type = HeadWords.classOf(word);
      if (type.isPresent()) {
        return type;
      }
    }
    return Optional.empty();
  }

  /** A later "ACRONYM program" (or mission, initiative, …) types an acronym defined untyped. */
  private static Optional<Resource> laterHead(String all, String acronym) {
    Matcher m = Pattern.compile("\\b" + Pattern.quote(acronym) + " ([a-z]+)").matcher(all);
    while (m.find()) {
      Optional<Resource> type = HeadWords.classOf(m.group(1));
      if (type.isPresent()) {
        return type;
      }
    }
    return Optional.empty();
  }

  /** The shortest tail of {@code name} whose initials spell the acronym's capitals. */
  private static Optional<List<NameWords.Word>> matchInitials(
      List<NameWords.Word> name, String acronym) {
    String letters = NameWords.letters(acronym);
    String core =
        acronym.contains("-")
            ? NameWords.letters(acronym.substring(0, acronym.lastIndexOf('-')))
            : letters;
    for (int k = name.size() - 1; k >= 0; k--) {
      if (!name.get(k).isCapitalised()) {
        continue;
      }
      StringBuilder initials = new StringBuilder();
      name.subList(k, name.size()).forEach(w -> initials.append(w.initials()));
      String in = initials.toString();
      if (in.isEmpty() || in.length() > letters.length() + 3) {
        break;
      }
      List<NameWords.Word> tail = name.subList(k, name.size());
      for (String want : List.of(letters, core)) {
        if (!want.isEmpty() && in.charAt(0) == want.charAt(0) && FoundEntities.fits(want, tail)) {
          return Optional.of(tail);
        }
      }
    }
    return Optional.empty();
  }
}
