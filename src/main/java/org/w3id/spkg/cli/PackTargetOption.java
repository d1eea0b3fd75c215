package org.w3id.spkg.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.w3id.spkg.packs.QueryTarget;
import org.w3id.spkg.store.RunningServer;
import org.w3id.spkg.store.SpkgStore;
import org.w3id.spkg.store.StoreLockedException;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * Where pack queries run: {@code --store DIR} (default: the default store) or {@code --endpoint
 * URL}.
 */
final class PackTargetOption {

  @ArgGroup(exclusive = true)
  Choice choice;

  static final class Choice {
    @Option(
        names = "--store",
        paramLabel = "DIR",
        description = "Run on this store folder (default: data/ of the checkout, else ./data).")
    Path store;

    @Option(
        names = "--endpoint",
        paramLabel = "URL",
        description =
            "Run on this SPARQL endpoint instead (for example http://localhost:3030/spkg/sparql).")
    String endpoint;
  }

  /** The store folder asked for, or the default one; null when an endpoint is asked for. */
  Path storeFolder() {
    if (endpoint() != null) {
      return null;
    }
    return choice != null && choice.store != null ? choice.store : SpkgStore.defaultFolder();
  }

  /** Whether {@code --store} was given. */
  boolean storeGiven() {
    return choice != null && choice.store != null;
  }

  String endpoint() {
    return choice == null ? null : choice.endpoint;
  }

  /**
   * The endpoint as a target.
   *
   * @throws ParameterException if the URL is not http(s)
   */
  QueryTarget endpointTarget(CommandLine cli) {
    String url = endpoint();
    try {
      URI uri = new URI(url);
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null) {
        return QueryTarget.endpoint(url);
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw new ParameterException(
        cli, "--endpoint " + url + ": not an http(s) URL; give the endpoint's full URL");
  }

  /** A store opened for reading by a pack command. */
  static final class OpenTarget implements AutoCloseable {
    private final SpkgStore store;
    private final QueryTarget target;

    OpenTarget(SpkgStore store, QueryTarget target) {
      this.store = store;
      this.target = target;
    }

    QueryTarget target() {
      return target;
    }

    @Override
    public void close() {
      if (store != null) {
        store.close();
      }
    }
  }

  /**
   * Opens the target: the existing store (never created here), or the endpoint; when a running
   * {@code spkg serve} holds the store, its endpoint (said on stderr).
   */
  OpenTarget open(CommandLine cli) {
    if (endpoint() != null) {
      return new OpenTarget(null, endpointTarget(cli));
    }
    Path folder = storeFolder();
    SpkgStore store;
    try {
      store = SpkgStore.openExisting(folder);
    } catch (StoreLockedException locked) {
      RunningServer server = ServedStore.require(folder, locked, cli);
      return new OpenTarget(null, QueryTarget.spkgServer(server.endpoint()));
    }
    return new OpenTarget(store, QueryTarget.dataset(store.datasetGraph(), "the store " + folder));
  }
}
