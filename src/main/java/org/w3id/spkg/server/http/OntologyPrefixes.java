package org.w3id.spkg.server.http;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.w3id.spkg.RdfFileReader;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The server's one prefix table, read once from the ontology folder: the prefixes the ontology
 * ({@code ontology/spkg.ttl}) declares for the vocabularies it builds on, and those the reference
 * data ({@code ontology/reference/*.ttl}) declares besides (the entity namespaces {@code nation:},
 * {@code agency:}, …, and Wikidata's {@code wd:}). Entity documents ({@link PublicBase#prefixes})
 * and the query editor write their prefixes from it.
 */
public final class OntologyPrefixes {

  private OntologyPrefixes() {}

  /** The prefixes the ontology declares, by name. */
  public static Map<String, String> ontology() {
    return Holder.ONTOLOGY;
  }

  /** The prefixes the reference data declares that the ontology does not, by name. */
  public static Map<String, String> referenceData() {
    return Holder.REFERENCE_DATA;
  }

  /** Read on first use: the files do not change while the server runs. */
  private static final class Holder {
    static final OntologyFiles FILES = OntologyFiles.locate();
    static final Map<String, String> ONTOLOGY =
        Collections.unmodifiableMap(
            new TreeMap<>(
                RdfFileReader.readGraph(FILES.ontologyFile()).getPrefixMapping().getNsPrefixMap()));
    static final Map<String, String> REFERENCE_DATA = referenceData(FILES, ONTOLOGY);
  }

  private static Map<String, String> referenceData(
      OntologyFiles files, Map<String, String> ontology) {
    Map<String, String> found = new TreeMap<>();
    for (Path file : files.referenceFiles()) {
      RdfFileReader.readGraph(file).getPrefixMapping().getNsPrefixMap().forEach(found::putIfAbsent);
    }
    Map<String, String> others = new LinkedHashMap<>();
    found.forEach(
        (name, ns) -> {
          if (!ontology.containsKey(name) && !ontology.containsValue(ns)) {
            others.put(name, ns);
          }
        });
    return Collections.unmodifiableMap(others);
  }
}
