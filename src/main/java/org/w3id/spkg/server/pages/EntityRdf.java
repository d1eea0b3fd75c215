package org.w3id.spkg.server.pages;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.RIOT;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.w3id.spkg.server.ontology.OntologyContext;
import org.w3id.spkg.store.VoidDescription;

/**
 * The RDF answers of {@link EntityResource}: an entity's description with the document that carries
 * it, in Turtle, JSON-LD, RDF/XML or N-Triples.
 *
 * <ul>
 *   <li><b>The document.</b> The description names the document about the entity, the URL the
 *       client asked for without its query, the same in every syntax (so the syntaxes stay
 *       isomorphic; {@link EntityResource} adds {@code ?format=} when that URL is the entity's own
 *       IRI): {@code <entity> foaf:isPrimaryTopicOf <doc>}, {@code <doc> a foaf:Document;
 *       foaf:primaryTopic <entity>; void:inDataset <dataset>; dct:license <licence>}, the licence
 *       being the dataset's, as its VoID description in the meta graph states it.
 *   <li><b>Turtle in order.</b> The entity's own block first, then the other subjects by IRI, blank
 *       nodes last; predicates and objects sorted, so the same description gives the same bytes.
 *   <li><b>JSON-LD compacted with the published context</b> ({@code /ontology/context.jsonld},
 *       {@link OntologyContext}), named in {@code @context} by its URL on this server, so every key
 *       is a short term ({@code isoAlpha2}, {@code label}) and never a prefixed name.
 * </ul>
 */
final class EntityRdf {

  /** The dataset every entity is in: the subject of the VoID description. */
  static final Node DATASET = NodeFactory.createURI(VoidDescription.NS + "dataset");

  private EntityRdf() {}

  /**
   * The licence of the dataset as its VoID description states it (the fixed part, and the meta
   * graph when the store has one: a store written by {@code ingest --to} has none); call in a read.
   */
  static Optional<Node> licence(DatasetGraph dataset) {
    return VoidDescription.stored(dataset)
        .find(DATASET, DCTerms.license.asNode(), Node.ANY)
        .mapWith(Triple::getObject)
        .nextOptional();
  }

  /** Adds to {@code description} the triples that say what the document {@code doc} is. */
  static void addDocument(Graph description, String iri, String doc, Optional<Node> licence) {
    Node entity = NodeFactory.createURI(iri);
    Node d = NodeFactory.createURI(doc);
    description.add(entity, FOAF.isPrimaryTopicOf.asNode(), d);
    description.add(d, RDF.type.asNode(), FOAF.Document.asNode());
    description.add(d, FOAF.primaryTopic.asNode(), entity);
    description.add(d, VOID.inDataset.asNode(), DATASET);
    licence.ifPresent(l -> description.add(d, DCTerms.license.asNode(), l));
  }

  /**
   * {@code description} in the syntax named {@code ttl}, {@code jsonld}, {@code rdf} or {@code nt},
   * with {@code prefixes} and {@code void:}; JSON-LD names {@code contextUrl} as its context.
   */
  static byte[] write(
      Graph description,
      String iri,
      String syntax,
      Map<String, String> prefixes,
      String contextUrl) {
    description.getPrefixMapping().setNsPrefixes(prefixes);
    if (description.getPrefixMapping().getNsURIPrefix(VOID.NS) == null) {
      description.getPrefixMapping().setNsPrefix("void", VOID.NS); // for void:inDataset
    }
    return switch (syntax) {
      case "ttl" -> turtle(description, iri);
      case "jsonld" -> jsonLd(description, contextUrl);
      case "rdf" -> jena(description, RDFFormat.RDFXML_PLAIN);
      case "nt" -> jena(description, RDFFormat.NTRIPLES);
      default -> throw new IllegalArgumentException(syntax + " is not an RDF syntax");
    };
  }

  private static byte[] jena(Graph g, RDFFormat format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RDFWriter.source(g).format(format).set(RIOT.symTurtleDirectiveStyle, "at").output(out);
    return out.toByteArray();
  }

  /** Turtle whose subjects come in {@link #order}: Jena's writer follows the graph's order. */
  private static byte[] turtle(Graph description, String iri) {
    return jena(
        new Ordered(description, order(NodeFactory.createURI(iri))), RDFFormat.TURTLE_PRETTY);
  }

  /** The entity's triples first, then by subject (IRIs before blank nodes), predicate, object. */
  static Comparator<Triple> order(Node entity) {
    Comparator<Node> terms = NodeCmp::compareRDFTerms;
    return Comparator.<Triple>comparingInt(t -> rank(t.getSubject(), entity))
        .thenComparing(Triple::getSubject, terms)
        .thenComparing(Triple::getPredicate, terms)
        .thenComparing(Triple::getObject, terms);
  }

  private static int rank(Node subject, Node entity) {
    return subject.equals(entity) ? 0 : subject.isBlank() ? 2 : 1;
  }

  private static byte[] jsonLd(Graph description, String contextUrl) {
    try {
      JsonObject expanded = read(jena(description, RDFFormat.JSONLD11_PLAIN));
      JsonObject compacted =
          JsonLd.compact(
                  JsonDocument.of(expanded), JsonDocument.of(read(OntologyContext.published())))
              .ordered(true)
              .get();
      JsonObjectBuilder withUrl = Json.createObjectBuilder().add("@context", contextUrl);
      compacted.forEach(
          (key, value) -> {
            if (!key.equals("@context")) {
              withUrl.add(key, value);
            }
          });
      return pretty(withUrl.build());
    } catch (JsonLdError e) {
      throw new IllegalStateException("Cannot compact an entity's JSON-LD: " + e.getMessage(), e);
    }
  }

  private static JsonObject read(byte[] json) {
    try (var reader = Json.createReader(new ByteArrayInputStream(json))) {
      return reader.readObject();
    }
  }

  private static JsonObject read(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static byte[] pretty(JsonValue json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonWriter writer =
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
            .createWriter(out, StandardCharsets.UTF_8)) {
      writer.write(json);
    }
    out.write('\n');
    return out.toByteArray();
  }

  /** A read-only view of a graph whose {@code find} answers in a given order. */
  private static final class Ordered extends GraphBase {
    private final List<Triple> triples;
    private final PrefixMapping prefixes;

    Ordered(Graph graph, Comparator<Triple> order) {
      this.triples = graph.find().toList().stream().sorted(order).toList();
      this.prefixes = graph.getPrefixMapping();
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
      return WrappedIterator.create(triples.stream().filter(pattern::matches).iterator());
    }

    @Override
    protected PrefixMapping createPrefixMapping() {
      return PrefixMapping.Factory.create().setNsPrefixes(prefixes);
    }
  }
}
