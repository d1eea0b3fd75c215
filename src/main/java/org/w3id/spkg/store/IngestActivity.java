package org.w3id.spkg.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.w3id.spkg.vocab.EntityIris;
import org.w3id.spkg.vocab.PROV;
import org.w3id.spkg.vocab.SPKG;

/**
 * The record of one ingest in the meta graph: a {@code prov:Activity} at {@code
 * https://w3id.org/spkg/id/ingest/{docKey}} that used the document, with the input's SHA-256, the
 * software version and the start and end times. One per document: a new ingest replaces it.
 *
 * @param iri the activity
 * @param document the document IRI
 * @param sha256 the input's checksum
 * @param softwareVersion the version of spkg that ran
 * @param started when the ingest started
 * @param ended when it ended
 */
record IngestActivity(
    Node iri,
    Node document,
    String sha256,
    String softwareVersion,
    Instant started,
    Instant ended) {

  /** The activity IRI of a document's ingest. */
  static Node iriOf(String docKey) {
    return NodeFactory.createURI(EntityIris.entity("ingest", docKey));
  }

  static IngestActivity of(DocumentGraph doc, String version, Instant started, Instant ended) {
    return new IngestActivity(
        iriOf(doc.key()),
        NodeFactory.createURI(doc.documentIri()),
        doc.sha256(),
        version,
        started,
        ended);
  }

  List<Triple> triples() {
    return List.of(
        Triple.create(iri, RDF.type.asNode(), PROV.Activity),
        Triple.create(iri, PROV.used, document),
        Triple.create(iri, SPKG.sha256.asNode(), NodeFactory.createLiteralString(sha256)),
        Triple.create(
            iri, SPKG.softwareVersion.asNode(), NodeFactory.createLiteralString(softwareVersion)),
        Triple.create(iri, PROV.startedAtTime, dateTime(started)),
        Triple.create(iri, PROV.endedAtTime, dateTime(ended)));
  }

  /** In UTC, to the millisecond (TDB2 keeps the value and writes it back in canonical form). */
  private static Node dateTime(Instant instant) {
    return NodeFactory.createLiteralDT(
        instant.truncatedTo(ChronoUnit.MILLIS).toString(), XSDDatatype.XSDdateTime);
  }
}
