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
   * President Kamala Harris"); other entities have none.
   */
  List<String> altLabels() {
    List<String> alt = new java.util.ArrayList<>();
    title.ifPresent(
        t -> {
          alt.add(t + " " + label);
          PersonNames.shortForms(label).forEach(f -> alt.add(t + " " + f));
        });
    return List.copyOf(new java.util.LinkedHashSet<>(alt));
  }

  List<Gazetteer.Entry> names() {
    List<Gazetteer.Entry> names =
        new java.util.ArrayList<>(List.of(new Gazetteer.Entry(iri, Gazetteer.Form.NAME, label)));
    acronym.ifPresent(a -> names.add(new Gazetteer.Entry(iri, Gazetteer.Form.ACRONYM, a)));
    return names;
  }
}
