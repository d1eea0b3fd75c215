package org.w3id.spkg.store;

import java.io.OutputStream;
import java.net.URI;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.exec.http.DSP;
import org.w3id.spkg.InputException;

/**
 * {@link SpkgStore#export} and {@link SpkgStore#exportGraph} through a running {@code spkg serve}
 * (see {@link RunningServer}), for when the server holds the store: the dataset is read from the
 * server's graph store endpoint ({@code /spkg/get}, beside its SPARQL endpoint) and written by
 * {@link RdfExport}, so the bytes are those of the local export.
 *
 * <pre>{@code
 * EndpointExport.write(server.endpoint(), null, RdfExport.Format.trig, out);
 * }</pre>
 */
public final class EndpointExport {

  /** The graph store endpoint's name, beside the SPARQL endpoint ({@code fuseki-config}). */
  static final String GRAPH_STORE = "get";

  private EndpointExport() {}

  /**
   * Writes the dataset the server at {@code sparqlEndpoint} serves, or its graph {@code graphIri}
   * (null: all of it), in {@code format}.
   *
   * @throws InputException if the server has no such graph (the message lists those it has), or
   *     cannot be read
   */
  public static void write(
      URI sparqlEndpoint, String graphIri, RdfExport.Format format, OutputStream out) {
    String url = sparqlEndpoint.resolve(GRAPH_STORE).toString();
    DatasetGraph data;
    try {
      data = DSP.service(url).GET();
    } catch (HttpException e) {
      throw new InputException(
          url,
          InputException.UNKNOWN,
          InputException.UNKNOWN,
          "the server did not give its data (HTTP "
              + e.getStatusCode()
              + "): "
              + e.getMessage()
              + "; stop the server and export from the store",
          e);
    }
    if (graphIri == null) {
      RdfExport.write(data, format, out);
      return;
    }
    Node graph = NodeFactory.createURI(graphIri);
    List<Quad> quads = Iter.toList(data.find(graph, Node.ANY, Node.ANY, Node.ANY));
    List<String> names =
        quads.isEmpty()
            ? Iter.toList(data.listGraphNodes()).stream().map(Node::getURI).sorted().toList()
            : List.of();
    RdfExport.writeGraph(quads, graphIri, "at " + url, names, format, out);
  }
}
