package org.w3id.spkg.store;

import java.util.List;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.spkg.RdfFileReader;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The prefixes that exports and queries use: those of the vocabularies spkg builds on, with the
 * namespaces the ontology ({@code ontology/spkg.ttl}) declares for them.
 */
final class StorePrefixes {

  /** The prefix names we write, in the order of the ontology's own header. */
  static final List<String> NAMES =
      List.of("spkg", "rdf", "rdfs", "owl", "xsd", "skos", "dct", "prov", "org", "oa", "schema");

  private StorePrefixes() {}

  /** A new, unlocked mapping of our prefixes (a copy: callers may add their own). */
  static PrefixMapping ours() {
    return PrefixMapping.Factory.create().setNsPrefixes(Holder.PREFIXES);
  }

  /** Read once, on first use: the ontology's prefixes do not change while spkg runs. */
  private static final class Holder {
    static final PrefixMapping PREFIXES = read(OntologyFiles.locate());
  }

  static PrefixMapping read(OntologyFiles files) {
    PrefixMapping declared = RdfFileReader.readGraph(files.ontologyFile()).getPrefixMapping();
    PrefixMapping ours = PrefixMapping.Factory.create();
    for (String name : NAMES) {
      String ns = declared.getNsPrefixURI(name);
      if (ns != null) {
        ours.setNsPrefix(name, ns);
      }
    }
    return ours.lock();
  }
}
