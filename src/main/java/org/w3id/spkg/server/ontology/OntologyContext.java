package org.w3id.spkg.server.ontology;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The JSON-LD context of the ontology, published at {@code /ontology/context.jsonld} and named by
 * every entity's JSON-LD: the prefixes the ontology file declares, and one term per class and
 * property of the ontology's namespace, named by its local name. An object property's values are
 * IRIs ({@code "@type": "@id"}); a datatype property with a stated {@code rdfs:range} coerces its
 * values to that datatype, except {@code rdf:langString}, which becomes a language map ({@code
 * "@container": "@language"}), and {@code xsd:string}, which is left untyped: a plain string in RDF
 * is an {@code xsd:string}, and a term typed {@code xsd:string} would not match it, so compaction
 * would fall back to a prefixed key ({@code spkg:isoAlpha2}).
 *
 * <p>Then the terms of the other vocabularies spkg's data uses ({@code label}, {@code prefLabel},
 * {@code sameAs}, {@code Concept}, ...), from {@code context-terms.json} next to this class; a term
 * there must not take a name of the ontology's. Last the aliases {@code id} and {@code type} for
 * {@code @id} and {@code @type}, unless a term has that name.
 *
 * <pre>{@code
 * JsonObject context = OntologyContext.of(ontology, "https://w3id.org/spkg/ontology#");
 * }</pre>
 */
public final class OntologyContext {

  private static final Set<Resource> TERM_TYPES =
      Set.of(OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property);

  private static final String TERMS = "context-terms.json";

  private OntologyContext() {}

  /**
   * The published context, as JSON text: that of the ontology {@link OntologyFiles#locate} finds.
   */
  public static String published() {
    return Published.TEXT;
  }

  /** Made once, when first asked for. */
  private static final class Published {
    private static final String TEXT = text(OntologyFiles.locate().ontology());
  }

  /** The context document of {@code ontology}, as JSON text. */
  static String text(Model ontology) {
    ByteArrayOutputStream json = new ByteArrayOutputStream();
    JSON.write(json, of(ontology, OntologyResource.NAMESPACE));
    return json.toString(StandardCharsets.UTF_8);
  }

  /**
   * The context document, {@code {"@context": {...}}}, for the terms of {@code ontology} in {@code
   * namespace}.
   */
  static JsonObject of(Model ontology, String namespace) {
    Objects.requireNonNull(namespace, "namespace");
    JsonObject context = new JsonObject();
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
    otherVocabularies()
        .forEach(
            (name, definition) -> {
              if (context.hasKey(name)) {
                throw new IllegalStateException(
                    "context-terms.json defines '%s', a name the ontology already gives %s"
                        .formatted(name, context.get(name)));
              }
              context.put(name, definition);
            });
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
        } else if (!datatype.equals(RDFS.Literal.getURI())
            && !datatype.equals(XSD.xstring.getURI())) {
          definition.put("@type", compact(ontology, datatype));
        }
      }
    }
    return definition;
  }

  /** The terms of {@code context-terms.json}, in the file's order. */
  private static JsonObject otherVocabularies() {
    try (InputStream in = OntologyContext.class.getResourceAsStream(TERMS)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + TERMS + " next to OntologyContext");
      }
      return JSON.parse(in).getObj("@context");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + TERMS, e);
    }
  }

  private static String compact(Model ontology, String iri) {
    String qname = ontology.qnameFor(iri);
    return qname == null ? iri : qname;
  }
}
