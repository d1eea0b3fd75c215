package org.w3id.spkg.server;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.SpkgException;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.remote.RemoteStore;
import org.w3id.spkg.server.api.PacksApi;
import org.w3id.spkg.server.endpoint.AdmissionLimits;
import org.w3id.spkg.server.endpoint.CappedQueryService;
import org.w3id.spkg.server.endpoint.DefaultGraphAsUnion;
import org.w3id.spkg.server.endpoint.DumpServlet;
import org.w3id.spkg.server.endpoint.GuardedUpdateService;
import org.w3id.spkg.server.endpoint.HeadAsGet;
import org.w3id.spkg.server.endpoint.QueryAdmission;
import org.w3id.spkg.server.endpoint.QuerySizeLimit;
import org.w3id.spkg.server.endpoint.RemoteReadOnly;
import org.w3id.spkg.server.endpoint.ServiceDescription;
import org.w3id.spkg.server.endpoint.ServicePolicy;
import org.w3id.spkg.server.http.CorsHandler;
import org.w3id.spkg.server.http.Favicon;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.http.ServedDataset;
import org.w3id.spkg.server.ontology.OntologyResource;
import org.w3id.spkg.server.pages.EditorPage;
import org.w3id.spkg.server.pages.EntityPage;
import org.w3id.spkg.server.pages.EntityResource;
import org.w3id.spkg.server.pages.HomePage;
import org.w3id.spkg.server.pages.SearchPage;
import org.w3id.spkg.store.QuerySandbox;
import org.w3id.spkg.store.StoreConfig;

/**
 * The spkg endpoint: an embedded Apache Jena Fuseki serving the store as {@code
 * fuseki-config/spkg.ttl} describes it, with the additions spkg makes — an optional row cap, the
 * query sandbox ({@link QuerySandbox}), the Service Description on {@code GET /spkg/sparql}, ping
 * and metrics, and the Jetty output buffer fix for small responses (apache/jena#4084) — and spkg's
 * own pages and resources: entity IRIs, dumps, the home page, the query editor, the ontology, and
 * the query packs over HTTP at {@code /api/} ({@link PacksApi}).
 *
 * <p>In front of all of it, on every path: request bodies read before a request takes a thread,
 * with a deadline ({@link RequestBodyDeadline}), then, for the requests that run queries, a bounded
 * number running at once and a bounded queue before the query's clock starts, light queries in
 * lanes of their own by a cost learnt from earlier runs ({@link QueryAdmission}); CORS that lends
 * credentials only to the origins named ({@link CorsHandler}); {@code TRACE} off ({@link
 * TraceRefused}); {@code nosniff} and a Content-Security-Policy on every response ({@link
 * ResponseHeaders}). {@code Forwarded} and {@code X-Forwarded-*} headers count only with {@link
 * Builder#trustProxy}.
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
  public static final String DATASET = ServedDataset.NAME;

  /** The largest SPARQL Update request read by default: 64 MiB. */
  public static final long DEFAULT_MAX_UPDATE_BYTES = 64L * 1024 * 1024;

  /** The largest query request body accepted: 256 KiB (a larger one is answered 413). */
  public static final long MAX_QUERY_BYTES = ServedDataset.MAX_QUERY_BYTES;

  /**
   * The time a request body (its first {@link #MAX_QUERY_BYTES}) may take to arrive, from the end
   * of the request's headers: 20 s; then the request is answered 408 and its connection closed.
   */
  public static final Duration DEFAULT_BODY_DEADLINE = Duration.ofSeconds(20);

  /** The most requests worked on at once (threads of the server's pool): 64. */
  static final int MAX_THREADS = 64;

  private final FusekiServer fuseki;
  private final ServedData store;
  private final QueryAdmission admission;

  private SpkgServer(FusekiServer fuseki, ServedData store, QueryAdmission admission) {
    this.fuseki = fuseki;
    this.store = store;
    this.admission = admission;
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
    return fuseki.getDataAccessPointRegistry().get("/" + DATASET).getDataService().getDataset();
  }

  /** The requests that run queries running now ({@link QueryAdmission}). */
  public int runningQueries() {
    return admission.running();
  }

  /** The requests that run queries waiting for a turn now ({@link QueryAdmission}). */
  public int queuedQueries() {
    return admission.queued();
  }

  /** Waits until the server stops. */
  public void join() {
    fuseki.join();
  }

  /** Stops the server and releases the store. */
  @Override
  public void close() {
    fuseki.stop();
    store.close();
  }

  /** Settings of a server; each has a default. */
  public static final class Builder {
    private Path store;
    private String endpoint;
    private StoreConfig config;
    private int port = 3030;
    private boolean loopback = true;
    private long rowCap;
    private long maxUpdateBytes = DEFAULT_MAX_UPDATE_BYTES;
    private Optional<Path> passwordFile = Optional.empty();
    private ServicePolicy servicePolicy = ServicePolicy.defaults();
    private PublicBase publicBase = PublicBase.W3ID;
    private QueryPacks packs;
    private Set<String> corsOrigins = Set.of();
    private boolean trustProxy;
    private Duration bodyDeadline = DEFAULT_BODY_DEADLINE;
    private AdmissionLimits admission = AdmissionLimits.defaults();

    /**
     * How many requests that run queries run at once, how many wait and for how long; beyond, they
     * are answered 503 with {@code Retry-After} ({@link QueryAdmission}). Defaults to {@link
     * AdmissionLimits#defaults()}.
     */
    public Builder admission(AdmissionLimits limits) {
      this.admission = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The origins of the web pages lent the credentials of their users: for a request from one of
     * them ({@code Origin: https://app.example.org}) the answer allows credentials, and its writes
     * ({@code /spkg/update}, {@code /spkg/data}) pass. Every other origin may read without
     * credentials and may not write. Defaults to none.
     *
     * @param origins origins like {@code https://app.example.org} or {@code http://localhost:8080}
     * @throws IllegalArgumentException if one is not an http(s) origin (a scheme, a host and maybe
     *     a port; {@code *} is not one)
     */
    public Builder corsOrigins(List<String> origins) {
      Set<String> checked = new LinkedHashSet<>();
      for (String origin : origins) {
        checked.add(CorsHandler.origin(origin));
      }
      this.corsOrigins = Set.copyOf(checked);
      return this;
    }

    /**
     * Honour the {@code Forwarded} and {@code X-Forwarded-*} headers of a reverse proxy in front of
     * the server: the links pages make and the origin writes are checked against follow them.
     * Without it a client could make the pages point anywhere, so turn it on only when a proxy sets
     * (and overwrites) those headers. Defaults to false.
     */
    public Builder trustProxy(boolean trust) {
      this.trustProxy = trust;
      return this;
    }

    /**
     * The time a request body (its first 256 KiB) may take to arrive from the end of the headers;
     * later, it is answered 408 and the connection is closed. Defaults to {@link
     * #DEFAULT_BODY_DEADLINE}, 20 s.
     */
    public Builder bodyDeadline(Duration deadline) {
      if (deadline.toMillis() < 100) {
        throw new IllegalArgumentException(
            "the body deadline must be at least 0.1 s, got " + deadline);
      }
      this.bodyDeadline = deadline;
      return this;
    }

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

    /**
     * The largest SPARQL Update request read at {@code /spkg/update}; a larger one is answered 413.
     * Defaults to 64 MiB ({@link SpkgServer#DEFAULT_MAX_UPDATE_BYTES}).
     */
    public Builder maxUpdateBytes(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException(
            "the update limit must be at least 1 byte, got " + bytes);
      }
      this.maxUpdateBytes = bytes;
      return this;
    }

    /**
     * Serve the store behind this SPARQL 1.1 query endpoint instead of a store folder: read-only
     * (no update or graph store writes), every query sent to the endpoint whole, what is computed
     * from the whole store (home page, VoID) kept for {@link RemoteStore#KEEP}. The endpoint is
     * probed when the server starts ({@link RemoteStore#open}). Not with {@link #store} or {@link
     * #passwordFile}.
     */
    public Builder endpoint(String url) {
      this.endpoint = Objects.requireNonNull(url, "url");
      return this;
    }

    /** The store folder. Required, unless the server reads an {@link #endpoint}. */
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
      if (endpoint != null && (store != null || passwordFile.isPresent())) {
        throw new IllegalStateException(
            "a server over an endpoint ("
                + endpoint
                + ") reads it only: it takes no store folder and no password file");
      }
      if (endpoint == null) {
        Objects.requireNonNull(store, "store folder");
      }
      long t0 = System.nanoTime();
      QueryPacks served = packs != null ? packs : QueryPacks.bundled();
      StoreConfig bundled = config == null ? StoreConfig.bundled() : config;
      ServedData opened =
          endpoint != null
              ? ServedData.remote(endpoint, bundled)
              : ServedData.local(store, bundled, passwordFile);
      FusekiServer.Builder b;
      try {
        b = opened.fusekiBuilder();
      } catch (RuntimeException e) {
        opened.close();
        throw e;
      }
      b.port(port)
          .loopback(loopback)
          .numServerThreads(2, MAX_THREADS)
          .enablePing(true)
          .enableMetrics(true)
          .registerOperation(
              Operation.Query, new CappedQueryService(rowCap, ServiceDescription::respond))
          .registerOperation(
              Operation.Update, new GuardedUpdateService(servicePolicy, maxUpdateBytes));
      passwordFile.ifPresent(f -> b.passwordFile(f.toString()).auth(AuthScheme.BASIC));
      DatasetGraph dsg = b.getDataset("/" + DATASET);
      if (dsg == null) {
        opened.close();
        throw new SpkgException(
            (config == null ? StoreConfig.bundled() : config).file()
                + ": the configuration has no dataset named '"
                + DATASET
                + "' (fuseki:name)");
      }
      b.addServlet("/.well-known/void", opened.voidServlet(b));
      if (opened.isRemote()) {
        b.addFilter("/" + DATASET + "/*", new RemoteReadOnly(opened.description()));
      }
      b.addServlet(
          EntityResource.PATH_SPEC, new EntityResource(dsg, publicBase, new EntityPage(dsg)));
      b.addServlet(DumpServlet.PATH_SPEC, new DumpServlet(dsg));
      HomePage home = new HomePage(dsg).warmInBackground();
      HomePage.PATH_SPECS.forEach(spec -> b.addServlet(spec, home));
      EditorPage.addTo(b, served.folder(), publicBase);
      if (opened.textSearch()) {
        SearchPage.addTo(b, dsg, publicBase);
      } else {
        SearchPage.addUnavailableTo(b, dsg, publicBase);
      }
      PacksApi.addTo(b, dsg, served, rowCap);
      OntologyResource.addTo(b);
      b.addServlet(Favicon.PATH_SPEC, new Favicon());
      b.addFilter("/" + DATASET + "/*", new QuerySizeLimit(MAX_QUERY_BYTES));
      b.addFilter("/" + DATASET + "/*", new HeadAsGet());
      b.addFilter("/" + DATASET + "/*", new DefaultGraphAsUnion());
      FusekiServer fuseki = b.build();
      servicePolicy.applyTo(dsg.getContext());
      QuerySandbox.applyTo(dsg.getContext());
      QueryAdmission admitted =
          JettyGuards.install(
              fuseki.getJettyServer(), trustProxy, admission, bodyDeadline, corsOrigins);
      try {
        fuseki.start();
      } catch (RuntimeException e) {
        fuseki.stop();
        opened.close();
        throw PortInUse.explain(e, port);
      }
      SpkgServer server = new SpkgServer(fuseki, opened, admitted);
      LOG.info(
          "spkg serving {} at {} (ready in {} ms)",
          opened.description(),
          server.sparqlEndpoint(),
          Duration.ofNanos(System.nanoTime() - t0).toMillis());
      return server;
    }
  }
}
