package org.w3id.spkg.ingest;

import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Resource;

/**
 * An entity a document introduces: by "Full Name (ACRONYM)", by a capitalised name with a head
 * word, by a quoted title, or a person by office and name.
 *
 * @param iri its IRI (the same name gives the same IRI in every document)
 * @param type its class
 * @param label its name
 * @param acronym its acronym, if defined
 * @param nation its home nation, if known
 * @param office for a person, the office held
 * @param title for a person, the title as written ("Vice President")
 * @param unit the sentence that introduces it
 * @param rule the rule that found it
 */
record NewEntity(
    String iri,
    Resource type,
    String label,
    Optional<String> acronym,
    Optional<String> nation,
    Optional<String> office,
    Optional<String> title,
    TextUnit unit,
    String rule) {

  /**
   * Other names a text gives it: a person by title and name or short name ("President Biden", "Vice
   * President Kamala Harris"); another entity by its name and the lower-case head word its sentence
   * writes after it ("the Exploration Generation program").
   */
  List<String> altLabels() {
    List<String> alt = new java.util.ArrayList<>();
    title.ifPresent(
        t -> {
          alt.add(t + " " + label);
          PersonNames.shortForms(label).forEach(f -> alt.add(t + " " + f));
        });
    // "the Exploration Generation program": the name with the lower-case head word it is written
    // with is a name of it too.
    String text = unit.text().text();
    int at = text.indexOf(label);
    if (title.isEmpty() && at >= 0) {
      java.util.regex.Matcher m =
          LOWER_HEAD.matcher(text).region(at + label.length(), text.length());
      if (m.lookingAt()) {
        alt.add(label + " " + m.group(1));
      }
    }
    // "Today, President … signed an Executive Order to …": the order the document announces is
    // the Executive Order of its text, named by its kind alone.
    if (rule.equals(Rule.ORDER_NAME.key) && at >= 0) {
      java.util.regex.Matcher today =
          SIGNED_TODAY.matcher(text.substring(Math.max(0, at - 80), at));
      java.util.regex.Matcher kind = ORDER_KIND.matcher(label);
      if (today.find() && kind.lookingAt()) {
        alt.add(kind.group(1));
      }
    }
    return List.copyOf(new java.util.LinkedHashSet<>(alt));
  }

  private static final java.util.regex.Pattern SIGNED_TODAY =
      java.util.regex.Pattern.compile("\\bToday\\b[^;]*\\bsigned (?:an|a) $");
  private static final java.util.regex.Pattern ORDER_KIND =
      java.util.regex.Pattern.compile(
          "(Executive Order|National Security Presidential Memorandum|Presidential Memorandum)"
              + " (?:to|that|promoting|establishing|directing|on) ");

  private static final java.util.regex.Pattern LOWER_HEAD =
      java.util.regex.Pattern.compile(
          " (program|mission|initiative|module|rover|lander|system)\\b");

  List<Gazetteer.Entry> names() {
    List<Gazetteer.Entry> names =
        new java.util.ArrayList<>(List.of(new Gazetteer.Entry(iri, Gazetteer.Form.NAME, label)));
    acronym.ifPresent(a -> names.add(new Gazetteer.Entry(iri, Gazetteer.Form.ACRONYM, a)));
    return names;
  }
}
