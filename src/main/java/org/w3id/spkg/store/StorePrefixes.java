package org.w3id.spkg.store;

import java.util.List;
import org.apache.jena.shared.PrefixMapping;
import org.w3id.spkg.vocab.Prefixes;

/**
 * The prefixes that exports and queries use: those of the vocabularies the data is written in, with
 * the namespaces of the one prefix table, {@link Prefixes} (the ontology's).
 */
final class StorePrefixes {

  /** The prefix names we write (not the ontology's own vann:, foaf:), in its header's order. */
  static final List<String> NAMES =
      List.of("spkg", "rdf", "rdfs", "owl", "xsd", "skos", "dct", "prov", "org", "oa", "schema");

  private StorePrefixes() {}

  /** A new, unlocked mapping of our prefixes (a copy: callers may add their own). */
  static PrefixMapping ours() {
    return PrefixMapping.Factory.create().setNsPrefixes(Holder.PREFIXES);
  }

  /** Made once, on first use: the ontology's prefixes do not change while spkg runs. */
  private static final class Holder {
    static final PrefixMapping PREFIXES = read();
  }

  private static PrefixMapping read() {
    PrefixMapping ours = PrefixMapping.Factory.create();
    for (String name : NAMES) {
      String ns = Prefixes.ontology().get(name);
      if (ns != null) {
        ours.setNsPrefix(name, ns);
      }
    }
    return ours.lock();
  }
}
