package org.w3id.spkg.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.server.SpkgServer;
import org.w3id.spkg.server.endpoint.AdmissionLimits;
import org.w3id.spkg.store.RunningServer;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.store.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spkg serve}: ingests the corpus into the store when the store is empty or older than the
 * corpus, then serves it with an embedded Fuseki until Ctrl-C. With {@code --endpoint URL} it
 * serves the store behind that SPARQL endpoint instead, read-only, and ingests nothing.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the store over SPARQL at http://localhost:PORT/spkg/sparql (query), /spkg/get (graph"
          + " store, read), /.well-known/void, /$/ping and /$/metrics.",
      "Ingests corpus/ first when the store is empty or older than the corpus. Queries stop"
          + " after 10 s (503); SELECT answers every row unless --row-cap is set. At most"
          + " --max-running-queries queries run at once (and beside them twice as many cheap"
          + " ones and twice as many instant ones), the next --max-queued-queries wait up to"
          + " --queue-wait s; beyond, 503 with Retry-After.",
      "While it runs, spkg query, spkg packs run and spkg export on the same store use its"
          + " endpoint (it leaves a note of its endpoint and process id in the store folder, "
          + RunningServer.FILE
          + ", removed when it stops)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped with Ctrl-C",
      "2:wrong command line",
      "3:the store, the endpoint, the configuration or the port cannot be used (held by another process, unreachable, not"
          + " valid, in use)"
    })
final class ServeCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

  @Spec CommandSpec spec;

  @Mixin StoreOption store = new StoreOption();

  @Option(
      names = "--port",
      paramLabel = "N",
      defaultValue = "3030",
      description = "The port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "A Fuseki configuration (default: fuseki-config/spkg.ttl).")
  Path config;

  @Option(
      names = "--localhost",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Listen on the loopback interface only (default); --no-localhost listens on all"
              + " interfaces: put TLS in front of it.")
  boolean localhost;

  @Option(
      names = "--auth",
      paramLabel = "FILE",
      description =
          "A password file (user: password per line) that enables /spkg/update and /spkg/data"
              + " (graph store, read-write) for its users, with HTTP Basic authentication.")
  Path auth;

  @Option(
      names = "--row-cap",
      paramLabel = "N",
      description =
          "Refuse (422, naming the cap) a SELECT or pack answer of more than N rows, rather than"
              + " send it; never cut short. Default: no cap, results stream.")
  Long rowCap;

  @Option(
      names = "--service-allow",
      paramLabel = "URL",
      description =
          "An endpoint (URL prefix) that SERVICE in a query may call; repeatable. Default: only"
              + " Wikidata's https://query.wikidata.org/sparql.")
  List<String> serviceAllow;

  @Option(
      names = "--public-base",
      paramLabel = "URL",
      description =
          "The base of the entity IRIs the server answers for at /id/... (default:"
              + " https://w3id.org/spkg/).")
  String publicBase;

  @Option(
      names = "--cors-origin",
      paramLabel = "ORIGIN",
      description =
          "A web origin (https://app.example.org) whose pages may use the credentials of their"
              + " users here, and write with --auth; repeatable. Every other origin may read"
              + " without credentials and may not write.")
  List<String> corsOrigins;

  @Option(
      names = "--trust-proxy",
      description =
          "Honour the Forwarded and X-Forwarded-* headers of a reverse proxy in front of the"
              + " server (links in pages follow them); only behind a proxy that sets them.")
  boolean trustProxy;

  @Option(
      names = "--max-running-queries",
      paramLabel = "N",
      description =
          "Run at most N queries at once (SPARQL endpoint, packs API, entity and search pages),"
              + " and beside them 2N cheap and 2N instant ones (a query's class is learnt from its"
              + " earlier runs);"
              + " the next ones wait their turn before their time limit starts (default: the"
              + " processors, at least 2).")
  Integer maxRunning;

  @Option(
      names = "--max-queued-queries",
      paramLabel = "N",
      description =
          "Let at most N more wait for a turn; beyond, answer 503 with Retry-After (default: "
              + AdmissionLimits.DEFAULT_MAX_QUEUED
              + ").")
  Integer maxQueued;

  @Option(
      names = "--queue-wait",
      paramLabel = "SECONDS",
      description =
          "Answer 503 with Retry-After to a query that waited this long for a turn, 0.1 to 600"
              + " (default: 10).")
  Double queueWait;

  @Option(names = "--no-service", description = "Turn SERVICE (federation out of spkg) off.")
  boolean noService;

  @Option(
      names = "--no-ingest",
      description = "Serve the store as it is, without ingesting the corpus first.")
  boolean noIngest;

  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description =
          "Serve the store behind this SPARQL 1.1 query endpoint (Virtuoso, GraphDB, Neptune,"
              + " Fuseki, ...) instead of a store folder: read-only, nothing ingested, every query"
              + " sent to it whole. Its default graph should be the union of its named graphs.")
  String endpoint;

  /** The admission limits of the options, checked before anything starts. */
  private AdmissionLimits limits;

  @Override
  public Integer call() {
    if (rowCap != null && rowCap < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--row-cap must be at least 1, got " + rowCap);
    }
    limits = admission();
    if (endpoint != null) {
      return serveEndpoint();
    }
    Path folder = store.folder();
    if (auth != null && !Files.isRegularFile(auth)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--auth " + auth + ": no such password file");
    }
    if (!noIngest) {
      Optional<Path> corpus = BundledCorpus.folder();
      if (corpus.isEmpty()) {
        LOG.info("no corpus/ folder beside spkg: serving the store as it is");
      }
      corpus.filter(c -> needsIngest(folder, c)).ifPresent(c -> ingest(folder, c));
    }
    SpkgServer server = configured(SpkgServer.builder().store(folder)).start();
    RunningServer marker = RunningServer.announce(folder, URI.create(server.sparqlEndpoint()));
    Runtime.getRuntime()
        .addShutdownHook(new Thread(() -> stop(server, marker, folder), "spkg-shutdown"));
    return serve(server);
  }

  /**
   * {@code --endpoint URL}: serves the remote store read-only; refuses the options that name a
   * local store or its writes.
   */
  private int serveEndpoint() {
    String given = store.store != null ? "--store" : auth != null ? "--auth" : null;
    if (given != null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          given
              + " cannot be used with --endpoint: the server reads the store at "
              + endpoint
              + " and never writes to it; drop "
              + given
              + ", or drop --endpoint to serve a store folder");
    }
    SpkgServer server = configured(SpkgServer.builder().endpoint(endpoint)).start();
    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "spkg-shutdown"));
    return serve(server);
  }

  /** Announces the running server and waits until it stops. */
  private int serve(SpkgServer server) {
    long sinceStart =
        System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    LOG.info("spkg ready at {} ({} ms after start); Ctrl-C stops it", server.url(), sinceStart);
    spec.commandLine().getOut().println("Serving " + server.sparqlEndpoint());
    spec.commandLine().getOut().flush();
    server.join();
    return 0;
  }

  /** The options every server takes, on {@code builder}. */
  private SpkgServer.Builder configured(SpkgServer.Builder builder) {
    builder.port(port).loopback(localhost).trustProxy(trustProxy).admission(limits);
    if (rowCap != null) {
      builder.rowCap(rowCap);
    }
    if (corsOrigins != null) {
      try {
        builder.corsOrigins(corsOrigins);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "--cors-origin: " + e.getMessage());
      }
    }
    if (config != null) {
      builder.config(StoreConfig.of(config));
    }
    if (auth != null) {
      builder.passwordFile(auth);
    }
    if (publicBase != null) {
      builder.publicBase(publicBase);
    }
    if (noService) {
      builder.serviceAllow(List.of());
    } else if (serviceAllow != null) {
      builder.serviceAllow(serviceAllow);
    }
    return builder;
  }

  /** The admission limits the options give, or a wrong-command-line error naming the option. */
  private AdmissionLimits admission() {
    AdmissionLimits defaults = AdmissionLimits.defaults();
    if (maxRunning != null && maxRunning < 1) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-running-queries must be at least 1, got " + maxRunning);
    }
    if (maxQueued != null && maxQueued < 0) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--max-queued-queries must be 0 or more, got " + maxQueued);
    }
    if (queueWait != null && !(queueWait >= 0.1 && queueWait <= 600)) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--queue-wait must be 0.1 to 600 seconds, got " + queueWait);
    }
    return new AdmissionLimits(
        maxRunning != null ? maxRunning : defaults.maxRunning(),
        maxQueued != null ? maxQueued : defaults.maxQueued(),
        queueWait != null ? Duration.ofMillis(Math.round(queueWait * 1000)) : defaults.maxWait());
  }

  /** Removes the marker that tells other commands of this server, then stops it. */
  private static void stop(SpkgServer server, RunningServer marker, Path folder) {
    try {
      marker.withdraw(folder);
    } catch (UncheckedIOException e) {
      LOG.warn("cannot remove {} from {}: {}", RunningServer.FILE, folder, e.getCause().toString());
    }
    server.close();
  }

  /** The store is missing, or a corpus file is newer than everything in the store. */
  private static boolean needsIngest(Path folder, Path corpus) {
    if (!SpkgStore.isStore(folder)) {
      return true;
    }
    return newest(corpus, ".md").compareTo(newest(folder, "")) > 0;
  }

  private static FileTime newest(Path dir, String suffix) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(f -> f.getFileName().toString().endsWith(suffix))
          .filter(f -> !f.getFileName().toString().equals("tdb.lock"))
          .filter(f -> !f.getFileName().toString().equals(RunningServer.FILE))
          .map(ServeCommand::modified)
          .max(FileTime::compareTo)
          .orElse(FileTime.fromMillis(0));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir, e);
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void ingest(Path folder, Path corpus) {
    if (BundledCorpus.ingest(spec, corpus, folder) != 0) {
      LOG.warn("some documents of {} could not be ingested (see above); serving the rest", corpus);
    }
  }
}
