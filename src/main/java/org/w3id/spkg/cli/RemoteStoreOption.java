package org.w3id.spkg.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.w3id.spkg.load.remote.RemoteStore;
import org.w3id.spkg.load.remote.RetryPolicy;
import org.w3id.spkg.load.remote.StoreCredentials;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The options of {@code spkg ingest --to URL}: a remote store written graph by graph. */
final class RemoteStoreOption {

  @Option(
      names = "--to",
      paramLabel = "URL",
      description =
          "Write to another store instead of a store folder: URL is its SPARQL 1.1 Graph Store"
              + " Protocol endpoint (Fuseki: http://HOST:3030/DATASET). Each document's graph is"
              + " PUT (?graph=IRI), replacing it, with its derived graph (ingest activity,"
              + " entailments) at https://w3id.org/spkg/derived/KEY.")
  String to;

  @Option(
      names = "--to-query",
      paramLabel = "URL",
      description =
          "The SPARQL query endpoint of that store, read for the documents and names it holds"
              + " (default: the --to URL, right for a Fuseki dataset URL, which answers both).")
  String toQuery;

  @Option(
      names = "--to-auth",
      paramLabel = "FILE",
      description =
          "A file with the line 'user: password' (the format of serve --auth) to answer the"
              + " store's Basic or Digest challenge; never a password on the command line.")
  Path auth;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "5",
      description =
          "Tries again after a network error, HTTP 429 or 5xx, waiting 0.5 s, 1 s, 2 s, … (or"
              + " the store's Retry-After, up to 60 s) (default: ${DEFAULT-VALUE}).")
  int retries = RetryPolicy.DEFAULT_RETRIES;

  @Option(
      names = "--to-parallel",
      paramLabel = "N",
      defaultValue = "4",
      description = "Documents written at once (default: ${DEFAULT-VALUE}).")
  int parallel = RemoteStore.DEFAULT_PARALLEL;

  /** Whether {@code --to} was given. */
  boolean given() {
    return to != null;
  }

  /**
   * The store the options name, with the credentials registered for its URLs.
   *
   * @throws ParameterException if a URL, a number or the password file is wrong
   */
  RemoteStore remote(CommandSpec spec) {
    if (retries < 0) {
      throw new ParameterException(
          spec.commandLine(), "--retries must be 0 or more, not " + retries);
    }
    if (parallel < 1) {
      throw new ParameterException(
          spec.commandLine(), "--to-parallel must be 1 or more, not " + parallel);
    }
    RemoteStore remote;
    try {
      remote =
          new RemoteStore(to, toQuery != null ? toQuery : to, RetryPolicy.of(retries), parallel);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(),
          (toQuery != null ? "--to or --to-query: " : "--to: ") + e.getMessage());
    }
    if (auth != null) {
      if (!Files.isRegularFile(auth)) {
        throw new ParameterException(
            spec.commandLine(), "--to-auth " + auth + ": no such password file");
      }
      StoreCredentials credentials = StoreCredentials.read(auth);
      credentials.registerFor(remote.graphStore());
      credentials.registerFor(remote.query());
    }
    return remote;
  }
}
