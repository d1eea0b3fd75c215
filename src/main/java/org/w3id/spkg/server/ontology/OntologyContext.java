package org.w3id.spkg.server.ontology;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;

/**
 * The JSON-LD 1.1 context of the ontology, generated from the ontology file: the prefixes the file
 * declares, and one term per class and property of the ontology's namespace, named by its local
 * name. An object property's values are IRIs ({@code "@type": "@id"}); a datatype property with a
 * stated {@code rdfs:range} coerces its values to that datatype, except {@code rdf:langString},
 * which becomes a language map ({@code "@container": "@language"}). Also the aliases {@code id} and
 * {@code type} for {@code @id} and {@code @type}, unless a term has that name.
 *
 * <pre>{@code
 * JsonObject context = OntologyContext.of(ontology, "https://w3id.org/spkg/ontology#");
 * }</pre>
 */
final class OntologyContext {

  private static final Set<Resource> TERM_TYPES =
      Set.of(OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property);

  private OntologyContext() {}

  /**
   * The context document, {@code {"@context": {...}}}, for the terms of {@code ontology} in {@code
   * namespace}.
   */
  static JsonObject of(Model ontology, String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    JsonObject context = new JsonObject();
    context.put("@version", JsonNumber.valueDecimal("1.1"));
    new TreeMap<>(ontology.getNsPrefixMap()).forEach(context::put);
    Map<String, JsonObject> terms = new TreeMap<>();
    Map<String, String> classes = new TreeMap<>();
    ontology
        .listSubjects()
        .filterKeep(s -> s.isURIResource() && s.getURI().startsWith(namespace))
        .forEach(
            term -> {
              String name = term.getURI().substring(namespace.length());
              if (name.isEmpty() || !isDeclared(term)) {
                return;
              }
              String compact = compact(ontology, term.getURI());
              if (term.hasProperty(RDF.type, OWL.Class) || term.hasProperty(RDF.type, RDFS.Class)) {
                classes.put(name, compact);
              } else {
                terms.put(name, propertyDefinition(ontology, term, compact));
              }
            });
    classes.forEach(context::put);
    terms.forEach(context::put);
    if (!context.hasKey("id")) {
      context.put("id", "@id");
    }
    if (!context.hasKey("type")) {
      context.put("type", "@type");
    }
    JsonObject document = new JsonObject();
    document.put("@context", context);
    return document;
  }

  private static boolean isDeclared(Resource term) {
    return TERM_TYPES.stream().anyMatch(t -> term.hasProperty(RDF.type, t));
  }

  private static JsonObject propertyDefinition(Model ontology, Resource term, String compact) {
    JsonObject definition = new JsonObject();
    definition.put("@id", compact);
    if (term.hasProperty(RDF.type, OWL.ObjectProperty)) {
      definition.put("@type", "@id");
    } else if (term.hasProperty(RDF.type, OWL.DatatypeProperty)) {
      RDFNode range = term.getPropertyResourceValue(RDFS.range);
      if (range != null && range.isURIResource()) {
        String datatype = range.asResource().getURI();
        if (datatype.equals(RDF.langString.getURI())) {
          definition.put("@container", "@language");
        } else if (!datatype.equals(RDFS.Literal.getURI())) {
          definition.put("@type", compact(ontology, datatype));
        }
      }
    }
    return definition;
  }

  private static String compact(Model ontology, String iri) {
    String qname = ontology.qnameFor(iri);
    return qname == null ? iri : qname;
  }
}
