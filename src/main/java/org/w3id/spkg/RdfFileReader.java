package org.w3id.spkg;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.SchemeRouter;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads RDF files in any syntax Jena knows by file extension, and turns every way that fails into
 * an {@link InputException} that names the file, line and column. A JSON-LD file whose
 * {@code @context} (or an {@code @import} in it) names a URL is refused: reading a file never
 * fetches anything, from the network or from another file, unless asked to ({@link #readInto(Path,
 * Graph, boolean)}).
 *
 * <pre>{@code
 * Graph g = RdfFileReader.readGraph(Path.of("ontology/spkg.ttl"));
 * }</pre>
 */
public final class RdfFileReader {

  private static final Logger LOG = LoggerFactory.getLogger(RdfFileReader.class);

  private RdfFileReader() {}

  /**
   * Reads one file into a new graph. Quads (TriG, N-Quads) lose their graph name: the result is the
   * union of the file's graphs.
   */
  public static Graph readGraph(Path file) {
    Graph graph = GraphFactory.createDefaultGraph();
    readInto(file, graph);
    return graph;
  }

  /** Reads one file into {@code graph}, adding to what it has; no remote JSON-LD context. */
  public static void readInto(Path file, Graph graph) {
    readInto(file, graph, false);
  }

  /**
   * Reads one file into {@code graph}, adding to what it has.
   *
   * @param remoteContexts whether a JSON-LD {@code @context} may name a URL ({@code http:}, {@code
   *     https:} or {@code file:}) that is then fetched; if false, such a file is refused
   */
  public static void readInto(Path file, Graph graph, boolean remoteContexts) {
    String name = file.toString();
    Lang lang = syntaxOf(file);
    List<String> warnings = new ArrayList<>();
    List<URI> refused = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      RDFParser.source(in)
          .lang(lang)
          .base(file.toUri().toString())
          .errorHandler(new Collecting(name, warnings))
          .set(LangJSONLD11.JSONLD_OPTIONS, jsonLdOptions(remoteContexts, refused))
          .parse(new IntoGraph(graph));
    } catch (RiotException e) {
      if (!refused.isEmpty()) {
        throw new InputException(
            name,
            "the @context "
                + refused.get(0)
                + " is remote; spkg does not fetch it unless --allow-remote-context is given"
                + " (or put the context in the file)");
      }
      throw notValid(name, lang, e);
    } catch (IOException e) {
      throw new InputException(
          name, InputException.UNKNOWN, InputException.UNKNOWN, "cannot read: " + e, e);
    }
    warnings.forEach(w -> LOG.warn("{}", w));
  }

  /**
   * JSON-LD options whose document loader fetches nothing unless {@code remote}: it records the URL
   * in {@code refused} and fails.
   */
  private static JsonLdOptions jsonLdOptions(boolean remote, List<URI> refused) {
    DocumentLoader fetching = SchemeRouter.defaultInstance();
    DocumentLoader loader =
        (url, options) -> {
          if (remote) {
            return fetching.loadDocument(url, options);
          }
          refused.add(url);
          throw new JsonLdError(
              JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED, "remote context refused: " + url);
        };
    return new JsonLdOptions(loader);
  }

  private static InputException notValid(String name, Lang lang, RiotException e) {
    if (e instanceof RiotParseException p) {
      return new InputException(
          name,
          p.getLine(),
          p.getCol(),
          "not valid " + lang.getLabel() + ": " + p.getOriginalMessage(),
          p);
    }
    return new InputException(name, "not valid " + lang.getLabel() + ": " + e.getMessage());
  }

  /** True if the file's extension names an RDF syntax that this reader takes. */
  public static boolean isRdfFile(Path file) {
    Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
    return lang != null && (RDFLanguages.isTriples(lang) || RDFLanguages.isQuads(lang));
  }

  /**
   * The RDF syntax of a file by its extension.
   *
   * @throws InputException if the file is missing, a folder, or has no RDF extension
   */
  public static Lang syntaxOf(Path file) {
    String name = file.toString();
    if (!Files.exists(file)) {
      throw new InputException(name, "no such file; check the path");
    }
    if (Files.isDirectory(file)) {
      throw new InputException(name, "is a folder, not an RDF file");
    }
    if (!isRdfFile(file)) {
      throw new InputException(
          name,
          "unknown RDF syntax: name the file by its syntax"
              + " (.ttl, .nt, .nq, .trig, .rdf, .owl, .jsonld)");
    }
    return RDFLanguages.filenameToLang(file.getFileName().toString());
  }

  /** Adds triples, and the triples of quads, to one graph. */
  private static final class IntoGraph extends StreamRDFBase {
    private final Graph graph;

    IntoGraph(Graph graph) {
      this.graph = graph;
    }

    @Override
    public void triple(Triple triple) {
      graph.add(triple);
    }

    @Override
    public void quad(Quad quad) {
      graph.add(quad.asTriple());
    }

    @Override
    public void prefix(String prefix, String iri) {
      graph.getPrefixMapping().setNsPrefix(prefix, iri);
    }
  }

  /** Keeps warnings with their place; turns errors into exceptions with line and column. */
  private static final class Collecting implements ErrorHandler {
    private final String name;
    private final List<String> warnings;

    Collecting(String name, List<String> warnings) {
      this.name = name;
      this.warnings = warnings;
    }

    @Override
    public void warning(String message, long line, long col) {
      warnings.add(name + ":" + line + ":" + col + ": warning: " + message);
    }

    @Override
    public void error(String message, long line, long col) {
      throw new RiotParseException(message, line, col);
    }

    @Override
    public void fatal(String message, long line, long col) {
      throw new RiotParseException(message, line, col);
    }
  }
}
