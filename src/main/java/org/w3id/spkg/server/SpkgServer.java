package org.w3id.spkg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.SpkgException;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.store.QuerySandbox;
import org.w3id.spkg.store.StoreConfig;

/**
 * The spkg endpoint: an embedded Apache Jena Fuseki serving the store as {@code
 * fuseki-config/spkg.ttl} describes it, with the additions spkg makes — an optional row cap, the
 * query sandbox ({@link QuerySandbox}), the Service Description on {@code GET /spkg/sparql}, CORS,
 * ping and metrics, and the Jetty output buffer fix for small responses (apache/jena#4084) — and
 * spkg's own pages and resources: entity IRIs, dumps, the home page, the query editor, the
 * ontology, and the query packs over HTTP at {@code /api/} ({@link PacksApi}).
 *
 * <pre>{@code
 * try (SpkgServer server = SpkgServer.builder().store(Path.of("data")).port(0).loopback(true).start()) {
 *   String endpoint = server.url() + "spkg/sparql";
 * }
 * }</pre>
 */
public final class SpkgServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(SpkgServer.class);

  /** The name of the dataset: its endpoints are {@code /spkg/sparql}, {@code /spkg/get}, …. */
  public static final String DATASET = "spkg";

  /** The largest query request body accepted: 256 KiB (a larger one is answered 413). */
  public static final long MAX_QUERY_BYTES = 256 * 1024;

  /** The output buffer of each connector: Jetty pools buffers only up to 64 KiB. */
  static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

  private final FusekiServer fuseki;
  private final DatasetGraph dataset;

  private SpkgServer(FusekiServer fuseki) {
    this.fuseki = fuseki;
    this.dataset =
        fuseki.getDataAccessPointRegistry().get("/" + DATASET).getDataService().getDataset();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The port the server listens on. */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** The base URL, ending in "/": {@code http://localhost:PORT/}. */
  public String url() {
    return "http://localhost:" + port() + "/";
  }

  /** The URL of the SPARQL query endpoint. */
  public String sparqlEndpoint() {
    return url() + DATASET + "/sparql";
  }

  /** The dataset the server serves. */
  public DatasetGraph dataset() {
    return dataset;
  }

  /** Waits until the server stops. */
  public void join() {
    fuseki.join();
  }

  /** Stops the server and releases the store. */
  @Override
  public void close() {
    fuseki.stop();
    dataset.close();
  }

  /** Settings of a server; each has a default. */
  public static final class Builder {
    private Path store;
    private StoreConfig config;
    private int port = 3030;
    private boolean loopback = true;
    private long rowCap;
    private Optional<Path> passwordFile = Optional.empty();
    private ServicePolicy servicePolicy = ServicePolicy.defaults();
    private PublicBase publicBase = PublicBase.W3ID;
    private QueryPacks packs;

    /**
     * The query packs the server runs at {@code /api/packs} and offers in the editor. Defaults to
     * {@link QueryPacks#bundled()}, read when the server starts.
     */
    public Builder packs(QueryPacks packs) {
      this.packs = Objects.requireNonNull(packs, "packs");
      return this;
    }

    /**
     * The base of the IRIs the server answers for at {@code /id/…}: {@code BASE + "id/nation/JP"}
     * is served at {@code /id/nation/JP}. Defaults to {@code https://w3id.org/spkg/}.
     */
    public Builder publicBase(String iri) {
      this.publicBase = PublicBase.of(iri);
      return this;
    }

    /**
     * URL prefixes of the endpoints that SERVICE in a query may call; an empty list turns SERVICE
     * off. Defaults to Wikidata's query service, {@code https://query.wikidata.org/sparql}.
     */
    public Builder serviceAllow(List<String> endpoints) {
      this.servicePolicy = ServicePolicy.allowing(endpoints);
      return this;
    }

    /** The store folder. Required. */
    public Builder store(Path folder) {
      this.store = Objects.requireNonNull(folder, "folder");
      return this;
    }

    /** The Fuseki configuration. Defaults to the bundled {@code fuseki-config/spkg.ttl}. */
    public Builder config(StoreConfig config) {
      this.config = Objects.requireNonNull(config, "config");
      return this;
    }

    /** The port; 0 picks a free one. Defaults to 3030. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** Listen on the loopback interface only. Defaults to true. */
    public Builder loopback(boolean loopback) {
      this.loopback = loopback;
      return this;
    }

    /**
     * The most rows a SELECT may answer: a larger answer is refused with 422 and a message naming
     * the cap, never cut short. Defaults to no cap.
     */
    public Builder rowCap(long rowCap) {
      if (rowCap < 1) {
        throw new IllegalArgumentException("row cap must be at least 1, got " + rowCap);
      }
      this.rowCap = rowCap;
      return this;
    }

    /**
     * A password file (Jetty's format: {@code user: password}) that enables SPARQL Update at {@code
     * /spkg/update} and graph store writes at {@code /spkg/data}, both for its users only. Defaults
     * to none: no update endpoint at all.
     */
    public Builder passwordFile(Path file) {
      this.passwordFile = Optional.of(file);
      return this;
    }

    /**
     * Builds and starts the server.
     *
     * @throws org.w3id.spkg.InputException naming the file and line of a query pack that cannot be
     *     read
     */
    public SpkgServer start() {
      Objects.requireNonNull(store, "store folder");
      long t0 = System.nanoTime();
      QueryPacks served = packs != null ? packs : QueryPacks.bundled();
      StoreConfig placed = (config == null ? StoreConfig.bundled() : config).in(store);
      Model model = placed.model();
      passwordFile.ifPresent(f -> addUpdateEndpoints(model));
      FusekiServer.Builder b =
          FusekiServer.create()
              .parseConfig(model)
              .port(port)
              .loopback(loopback)
              .enableCors(true)
              .enablePing(true)
              .enableMetrics(true)
              .registerOperation(
                  Operation.Query, new CappedQueryService(rowCap, ServiceDescription::respond))
              .registerOperation(Operation.Update, new GuardedUpdateService(servicePolicy));
      passwordFile.ifPresent(f -> b.passwordFile(f.toString()).auth(AuthScheme.BASIC));
      DatasetGraph dsg = b.getDataset("/" + DATASET);
      if (dsg == null) {
        throw new SpkgException(
            placed.file()
                + ": the configuration has no dataset named '"
                + DATASET
                + "' (fuseki:name)");
      }
      b.addServlet("/.well-known/void", new VoidServlet(dsg));
      b.addServlet(
          EntityResource.PATH_SPEC, new EntityResource(dsg, publicBase, new EntityPage(dsg)));
      b.addServlet(DumpServlet.PATH_SPEC, new DumpServlet(dsg));
      HomePage home = new HomePage(dsg);
      HomePage.PATH_SPECS.forEach(spec -> b.addServlet(spec, home));
      EditorPage.addTo(b, served.folder());
      PacksApi.addTo(b, dsg, served, rowCap);
      OntologyResource.addTo(b);
      b.addFilter("/" + DATASET + "/*", new QuerySizeLimit(MAX_QUERY_BYTES));
      b.addFilter("/" + DATASET + "/*", new HeadAsGet());
      FusekiServer fuseki = b.build();
      servicePolicy.applyTo(dsg.getContext());
      QuerySandbox.applyTo(dsg.getContext());
      for (Connector c : fuseki.getJettyServer().getConnectors()) {
        HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
        if (http != null) {
          http.getHttpConfiguration().setOutputBufferSize(OUTPUT_BUFFER_BYTES);
          // Behind a TLS proxy, the links the pages make follow its X-Forwarded-* headers.
          http.getHttpConfiguration().addCustomizer(new ForwardedRequestCustomizer());
        }
      }
      fuseki.start();
      SpkgServer server = new SpkgServer(fuseki);
      LOG.info(
          "spkg serving {} at {} (ready in {} ms)",
          store,
          server.sparqlEndpoint(),
          Duration.ofNanos(System.nanoTime() - t0).toMillis());
      return server;
    }

    private static void addUpdateEndpoints(Model m) {
      String fuseki = "http://jena.apache.org/fuseki#";
      Resource service =
          m.listSubjectsWithProperty(RDF.type, m.createResource(fuseki + "Service")).next();
      for (String[] ep : new String[][] {{"update", "update"}, {"gsp-rw", "data"}}) {
        service.addProperty(
            m.createProperty(fuseki + "endpoint"),
            m.createResource()
                .addProperty(
                    m.createProperty(fuseki + "operation"), m.createResource(fuseki + ep[0]))
                .addProperty(m.createProperty(fuseki + "name"), ep[1])
                .addProperty(m.createProperty(fuseki + "allowedUsers"), "*"));
      }
    }
  }
}
