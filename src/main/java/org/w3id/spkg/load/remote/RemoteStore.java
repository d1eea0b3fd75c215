package org.w3id.spkg.load.remote;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;

/**
 * A store that {@code spkg ingest --to} writes to: where its graphs are written (a SPARQL 1.1 Graph
 * Store HTTP Protocol endpoint), where it is read while ingesting (its SPARQL query endpoint), how
 * writes are tried again, and how many documents are written at once.
 *
 * @param graphStore the Graph Store Protocol URL (graphs named with {@code ?graph=})
 * @param query the SPARQL query endpoint of the same store
 * @param retries how failed writes are tried again
 * @param parallel documents written at once, 1 or more
 */
public record RemoteStore(String graphStore, String query, RetryPolicy retries, int parallel) {

  /** Documents written at once unless told: 4. */
  public static final int DEFAULT_PARALLEL = 4;

  public RemoteStore {
    checkUrl("graph store", graphStore);
    checkUrl("query endpoint", query);
    Objects.requireNonNull(retries, "retries");
    if (parallel < 1) {
      throw new IllegalArgumentException("parallel writes must be 1 or more, not " + parallel);
    }
  }

  /**
   * Fails unless {@code url} is an absolute http or https URL without a fragment, user name or
   * password (credentials go in a file: {@code --to-auth}).
   *
   * @param what what the URL is, for the message
   * @throws IllegalArgumentException saying what is wrong with it
   */
  public static void checkUrl(String what, String url) {
    Objects.requireNonNull(url, what);
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "the " + what + " '" + url + "' is not a URL (" + e.getReason() + ")");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "the " + what + " '" + url + "' is not an http or https URL with a host");
    }
    if (uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "the " + what + " '" + url + "' has a fragment (#...); drop it");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "the "
              + what
              + " '"
              + url
              + "' holds a user name or password; a password on the command line is seen by"
              + " every user of the machine: put 'user: password' in a file and give --to-auth"
              + " FILE");
    }
  }
}
