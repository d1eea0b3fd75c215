package org.w3id.spkg.server.endpoint;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The identity of a request that runs queries, under which {@link QueryCosts} learns its cost: a
 * pack query is its pack and name ({@code /api/packs/reference/01-nations-in-region}, whatever its
 * format and parameters); a SPARQL query, in the URL or the body, is a hash of its text with runs
 * of whitespace made one space ({@code sparql:} and 16 hex digits); a request with no query text
 * read (a body too large to be read before it goes on) is its method and path; an entity page is
 * its kind ({@code /id/nation}); a graph read is its graph; anything else is its path.
 */
final class QueryKey {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private QueryKey() {}

  /**
   * @param method the HTTP method
   * @param path the path in context, such as {@code /spkg/sparql}
   * @param query the query text (the {@code query} parameter, or a {@code application/sparql-query}
   *     body), or null
   * @param graph the {@code graph} parameter, or null
   */
  static String of(String method, String path, String query, String graph) {
    if (path.startsWith("/api/packs/")) {
      return withoutFormat(path);
    }
    if (path.startsWith("/id/")) {
      int slash = path.indexOf('/', "/id/".length());
      return slash < 0 ? path : path.substring(0, slash);
    }
    if (path.endsWith("/get")) {
      return path + "?graph=" + (graph == null ? "default" : graph);
    }
    if (query != null) {
      return "sparql:" + hash(WHITESPACE.matcher(query.strip()).replaceAll(" "));
    }
    return "GET".equals(method) ? path : method + " " + path;
  }

  /** The path without a format suffix on its last part ({@code .csv}, {@code .json}). */
  private static String withoutFormat(String path) {
    int dot = path.lastIndexOf('.');
    return dot > path.lastIndexOf('/') ? path.substring(0, dot) : path;
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
