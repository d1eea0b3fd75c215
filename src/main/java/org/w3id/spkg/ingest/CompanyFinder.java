package org.w3id.spkg.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.spkg.vocab.SPKG;

/**
 * Companies and other actors a text names without defining them: in a list with known ones ({@link
 * CompanyLists}), described as a company ("Acme Orbital, a launch services company"), after a word
 * for one company ("Indian start-up Acme Labs"), or as the subject that opens a fact sheet item's
 * body. Part of {@link EntityFinder}.
 */
final class CompanyFinder {

  private static final Pattern DESCRIBED =
      Pattern.compile(
          "\\b(\\p{Lu}[\\p{L}\\p{N}.&'’-]*+(?: \\p{Lu}[\\p{L}\\p{N}.&'’-]*+){0,3}+)"
              + "(?:,| –| —| -) (?:a|an) (?:[\\p{L}-]++ ){0,4}?"
              + "(company|non-?profit|organi[sz]ation|startup|start-up|firm|manufacturer|provider)"
              + "\\b");

  /**
   * The subject that opens a bold-led item's body and acts: "Acme Orbital will offer …", "Lunar
   * Learning Lab (LLL) is launching …". Group 1: the name.
   */
  private static final Pattern ITEM_SUBJECT =
      Pattern.compile(
          "^(?:The )?(\\p{Lu}[\\p{L}\\p{N}.&'’-]*+(?: (?:of|for|and|the|\\p{Lu}[\\p{L}\\p{N}.&'’-]*+)){0,5}+)"
              + "(?: \\(\\p{Lu}[\\p{L}\\p{N}]{1,9}\\))? (?:will|is \\p{Ll}+ing|are \\p{Ll}+ing) ");

  /**
   * A subject described by an appositive before its verb: "Noggin, a media platform for children,
   * will", "Acme, Orbitco’s training arm, is launching". Group 1: the name.
   */
  private static final Pattern DESCRIBED_SUBJECT =
      Pattern.compile(
          "^(\\p{Lu}[\\p{L}\\p{N}.&'’-]*+(?: (?:of|for|the|\\p{Lu}[\\p{L}\\p{N}.&'’-]*+)){0,5}+),"
              + " (?:a|an|the|\\p{Lu}[\\p{L}.&-]*+(?:’s|'s)) [^;,“”\"]{3,150}+,"
              + " (?:will|is \\p{Ll}+ing|are \\p{Ll}+ing) ");

  /** A body that opens with the verb of its bold title: "**Acme Orbital** will offer …". */
  private static final Pattern TITLE_ACTS =
      Pattern.compile("(?:will|is \\p{Ll}+ing|are \\p{Ll}+ing) ");

  /** A one-word name needs a capital, digit or dot inside it ("Code.org", "SpaceTEC"). */
  private static final Pattern ONE_WORD_NAME =
      Pattern.compile("\\p{Lu}.*(?:\\p{Lu}|\\p{N}|\\.\\p{L}).*");

  /** Words that open a sentence but name no one: "These will …", "Students will …". */
  private static final Pattern NO_SUBJECT =
      Pattern.compile(
          "(?:This|These|Those|That|Each|Both|Our|Their|Its|It|They|We|In|On|By|Through|With|All|Every|Students|Participants)\\b.*");

  /** A legal form alone ("Inc., a manufacturer …") is no name. */
  private static final Pattern NO_COMPANY =
      Pattern.compile("(?:Inc|LLC|LLP|Ltd|Corp|Co)\\.?|[A-Z]\\.?");

  private final FoundEntities finder;

  CompanyFinder(FoundEntities finder) {
    this.finder = finder;
  }

  /** Companies named in a list with known ones: {@link CompanyLists}. */
  void listedCompanies(TextUnit unit) {
    String text = unit.text().text();
    if (text.indexOf(", ") < 0) {
      return;
    }
    CompanyLists.Names names =
        new CompanyLists.Names() {
          @Override
          public boolean isCompany(String item) {
            return finder
                .knownIri(item)
                .map(iri -> finder.entities.isA(iri, SPKG.Company))
                .orElse(false);
          }

          @Override
          public boolean isOtherActor(String item) {
            return finder.knownIri(item).isPresent() || finder.isKnown(item);
          }
        };
    Predicate<String> hasHead =
        item -> {
          List<NameWords.Word> words = NameWords.words(item);
          return words.stream().anyMatch(w -> HeadWords.classOf(w.text()).isPresent());
        };
    List<String> companies = new ArrayList<>(CompanyLists.find(text, names, hasHead));
    CompanyLists.afterCompanyNoun(text).stream()
        .filter(c -> !names.isOtherActor(c) && !hasHead.test(c))
        .forEach(companies::add);
    for (String company : companies) {
      if (!finder.isKnown(company) && !finder.insideFound(text, text.indexOf(company))) {
        finder.add(SPKG.Company, company, Optional.empty(), unit, "listed-company");
      }
    }
  }

  /**
   * The name that opens the body of a fact sheet's bold-led item as the subject of what it will do
   * ("Acme Orbital will offer …"): an actor, of the class its head word gives. One word only when
   * it is no plain word ("Code.org", "SpaceTEC"), is the bold title itself or an appositive
   * describes it ("Noggin, a media platform for children, will …"); never two joined by "and"
   * ("Departments of State and Commerce" are two).
   */
  void itemSubject(TextUnit unit) {
    Optional<PlainText> bold = unit.block().boldSubject();
    if (!(unit.block().isBoldLed() || bold.isPresent()) || !unit.isFirstOfBody()) {
      return;
    }
    String text = unit.text().text().replace('\n', ' ').strip();
    Matcher m = ITEM_SUBJECT.matcher(text);
    String name;
    Matcher described = DESCRIBED_SUBJECT.matcher(text);
    if (bold.isPresent()) {
      // "**Acme Orbital** will offer …": the bold name is the subject, one word or more
      Matcher t = ITEM_SUBJECT.matcher(bold.get().text().replace('\n', ' ').strip() + " will ");
      if (!t.matches()
          || !TITLE_ACTS.matcher(text.substring(bold.get().length()).strip()).lookingAt()) {
        return;
      }
      name = t.group(1);
      if (!name.contains(" ")) {
        name = name + " ";
      }
    } else if (m.lookingAt()) {
      name = m.group(1);
    } else if (described.lookingAt()) {
      name = described.group(1); // "Noggin, a media platform for children, will release …"
      if (!name.contains(" ")) {
        name = name + " "; // a one-word name the appositive describes is a name
      }
    } else if (TITLE_ACTS.matcher(text).lookingAt() && unit.block().title().isPresent()) {
      // "**Acme Orbital** will offer …": the bold title is the subject
      String title = unit.block().title().get().text().replace('\n', ' ').strip();
      Matcher t = ITEM_SUBJECT.matcher(title.replaceFirst("[:.]?$", "") + " will ");
      if (!t.matches()) {
        return;
      }
      name = t.group(1);
      if (!name.contains(" ")) {
        name = name + " "; // a bold title alone is a name, one word or more ("**Zorblax** will")
      }
    } else {
      return;
    }
    boolean describedOne = name.endsWith(" ");
    name = name.strip();
    if (NO_SUBJECT.matcher(name).matches()
        || (!name.contains(" ") && !describedOne && !ONE_WORD_NAME.matcher(name).matches())
        || name.endsWith(" of")
        || name.contains(" and ")
        || finder.isKnown(name)
        || finder.namesAPerson(name)
        || !finder.known.find(name).isEmpty()) {
      return;
    }
    String head = name.substring(name.lastIndexOf(' ') + 1);
    finder.add(
        HeadWords.classOf(head).orElse(SPKG.Actor), name, Optional.empty(), unit, "item-subject");
  }

  /**
   * "Acme Orbital, a launch services company", "Rocket Girls – a national STEM non-profit": a name
   * the text describes as a company (firm, startup, manufacturer, provider) or a non-profit
   * (organization).
   */
  void describedCompanies(TextUnit unit) {
    String text = unit.text().text().replace('\n', ' ');
    Matcher m = DESCRIBED.matcher(text);
    while (m.find()) {
      String name = m.group(1).replaceFirst("^The ", "");
      if (name.isEmpty()
          || NO_COMPANY.matcher(name).matches()
          || finder.isKnown(name)
          || finder.namesAPerson(name)
          || finder.insideFound(text, m.start(1))) {
        continue;
      }
      boolean company = !m.group(2).matches("(?i)non-?profit|organi[sz]ation");
      finder.add(
          company ? SPKG.Company : SPKG.Actor, name, Optional.empty(), unit, "described-company");
    }
  }

  /**
   * "Indian start-up Acme Labs", "the U.S. company Zenith Energy": a name the text gives after a
   * word for one company and what describes it (nationality, base or trade).
   */
  void descriptorCompanies(TextUnit unit) {
    String text = unit.text().text().replace('\n', ' ');
    for (String name : CompanyLists.afterDescriptor(text)) {
      if (finder.isKnown(name)
          || finder.knownIri(name).isPresent()
          || finder.namesAPerson(name)
          || NameWords.words(name).stream().anyMatch(w -> HeadWords.classOf(w.text()).isPresent())
          || finder.insideFound(text, text.indexOf(name))) {
        continue;
      }
      finder.add(SPKG.Company, name, Optional.empty(), unit, "descriptor-company");
    }
  }
}
