package org.w3id.spkg.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.JSONLDMode;
import org.eclipse.rdf4j.rio.helpers.JSONLDSettings;
import org.eclipse.rdf4j.rio.rdfxml.util.RDFXMLPrettyWriter;
import org.eclipse.rdf4j.rio.turtle.TurtleWriterSettings;
import org.w3id.spkg.InputException;
import org.w3id.spkg.SpkgException;

/**
 * Writes quads with RDF4J Rio's writers: pretty where the syntax allows, with our prefixes (spkg,
 * rdfs, owl, skos, dct, prov, org, oa, schema, xsd, rdf), and deterministic — statements sorted and
 * blank nodes labelled {@code b0, b1, …} by their place in the data, so the same content gives the
 * same bytes on every run.
 *
 * <p>Quad formats (TriG, N-Quads) keep the graphs; triple formats (Turtle, JSON-LD, RDF/XML,
 * N-Triples) write the union of the graphs, each triple once.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("dump.trig"))) {
 *   RdfExport.write(datasetGraph, RdfExport.Format.trig, out);
 * }
 * }</pre>
 */
public final class RdfExport {

  /** The syntaxes we write, named as on the command line. */
  public enum Format {
    trig(RDFFormat.TRIG, true),
    nquads(RDFFormat.NQUADS, true),
    turtle(RDFFormat.TURTLE, false),
    jsonld(RDFFormat.JSONLD, false),
    rdfxml(RDFFormat.RDFXML, false),
    ntriples(RDFFormat.NTRIPLES, false);

    private final RDFFormat rio;
    private final boolean keepsGraphs;

    Format(RDFFormat rio, boolean keepsGraphs) {
      this.rio = rio;
      this.keepsGraphs = keepsGraphs;
    }

    /**
     * True if we write graph names: TriG and N-Quads. JSON-LD could hold named graphs too, but we
     * write it, like Turtle, as the union of the graphs.
     */
    public boolean keepsGraphs() {
      return keepsGraphs;
    }

    /** The usual file extension, without the dot. */
    public String fileExtension() {
      return rio.getDefaultFileExtension();
    }
  }

  private static final ValueFactory VALUES = SimpleValueFactory.getInstance();

  private RdfExport() {}

  /** Writes every quad of {@code data} (named graphs and the default graph). */
  public static void write(DatasetGraph data, Format format, OutputStream out) {
    write(Iter.toList(data.find()), format, out);
  }

  /**
   * Writes {@code quads} in {@code format} to {@code out} (UTF-8), and flushes it; {@code out}
   * stays open.
   *
   * @throws SpkgException if the data cannot be written in that syntax (RDF/XML cannot name every
   *     predicate), or the stream fails
   */
  /**
   * Writes the quads of one graph, {@code graphIri}, of the data at {@code where} (a store folder
   * or a server's URL), whose graphs are {@code names}.
   *
   * @throws InputException if there are none: no such graph; the message lists those there are
   */
  static void writeGraph(
      List<Quad> quads,
      String graphIri,
      String where,
      List<String> names,
      Format format,
      OutputStream out) {
    if (quads.isEmpty()) {
      throw new InputException(
          graphIri,
          "no such graph "
              + where
              + (names.isEmpty() ? " (the store is empty)" : "; it has " + String.join(", ", names))
              + "; name one of them with --graph, or leave --graph out to export everything");
    }
    write(quads, format, out);
  }

  public static void write(Collection<Quad> quads, Format format, OutputStream out) {
    CanonicalOrder order = CanonicalOrder.of(format.keepsGraphs() ? quads : asTriples(quads));
    EndingInNewline text = new EndingInNewline(out);
    RDFWriter writer =
        format == Format.rdfxml ? new RDFXMLPrettyWriter(text) : Rio.createWriter(format.rio, text);
    writer
        .getWriterConfig()
        .set(BasicWriterSettings.PRETTY_PRINT, true)
        // Blank nodes by label, not inlined as [ ... ]: Rio's Turtle and TriG writers inline by
        // buffering everything and take time quadratic in the statements (90,000 took a minute),
        // and its RDF/XML writer drops the rdf:nodeID of blank nodes it fails to inline.
        .set(BasicWriterSettings.INLINE_BLANK_NODES, false)
        // Numbers as stored: Rio's short forms rewrite doubles ("0.5e0" as 5.0E-1), another term.
        .set(TurtleWriterSettings.ABBREVIATE_NUMBERS, false)
        .set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
    try {
      writer.startRDF();
      Map<String, String> prefixes = new TreeMap<>(StorePrefixes.ours().getNsPrefixMap());
      prefixes.forEach(writer::handleNamespace);
      for (Quad quad : order.quads()) {
        writer.handleStatement(statement(quad, order));
      }
      writer.endRDF();
      text.finish();
    } catch (RDFHandlerException e) {
      throw new SpkgException(
          "Cannot write the data as "
              + format
              + ": "
              + e.getMessage()
              + "; write TriG or N-Quads instead",
          e);
    } catch (IOException e) {
      throw new SpkgException("Cannot write the " + format + " output: " + e, e);
    }
  }

  /** Passes bytes on and ends the text with a newline if the writer left none. */
  private static final class EndingInNewline extends FilterOutputStream {
    private int last = '\n';

    EndingInNewline(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      last = b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      if (len > 0) {
        last = b[off + len - 1];
      }
    }

    void finish() throws IOException {
      if (last != '\n') {
        out.write('\n');
      }
      out.flush();
    }
  }

  /** The distinct triples of all graphs, as quads of the default graph. */
  private static List<Quad> asTriples(Collection<Quad> quads) {
    Set<Quad> triples = new LinkedHashSet<>();
    for (Quad quad : quads) {
      triples.add(Quad.create(Quad.defaultGraphIRI, quad.asTriple()));
    }
    return new ArrayList<>(triples);
  }

  private static Statement statement(Quad quad, CanonicalOrder order) {
    Resource subject = (Resource) value(quad.getSubject(), order);
    IRI predicate = VALUES.createIRI(quad.getPredicate().getURI());
    Value object = value(quad.getObject(), order);
    if (quad.isDefaultGraph()) {
      return VALUES.createStatement(subject, predicate, object);
    }
    Resource graph = (Resource) value(quad.getGraph(), order);
    return VALUES.createStatement(subject, predicate, object, graph);
  }

  private static Value value(Node node, CanonicalOrder order) {
    if (node.isURI()) {
      return VALUES.createIRI(node.getURI());
    }
    if (node.isBlank()) {
      return VALUES.createBNode(order.label(node));
    }
    if (node.isLiteral()) {
      String lexical = node.getLiteralLexicalForm();
      String language = node.getLiteralLanguage();
      if (!language.isEmpty()) {
        return VALUES.createLiteral(lexical, language);
      }
      String datatype = node.getLiteralDatatypeURI();
      if (XSD.STRING.stringValue().equals(datatype)) {
        return VALUES.createLiteral(lexical);
      }
      return VALUES.createLiteral(lexical, VALUES.createIRI(datatype));
    }
    throw new SpkgException(
        "Cannot export the term " + node + ": only IRIs, blank nodes and literals are written");
  }
}
