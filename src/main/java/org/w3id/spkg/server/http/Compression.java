package org.w3id.spkg.server.http;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.gzip.GzipHandler;

/**
 * Text answers (pages, scripts, Swagger UI's 1.7 MB bundle, query results of GET and POST)
 * gzip-compressed for clients that send {@code Accept-Encoding: gzip}, with {@code Vary:
 * Accept-Encoding}; files already compressed (dumps, images, the icon) are sent as they are.
 */
public final class Compression {

  /** The media types sent as they are: already compressed. */
  private static final String[] COMPRESSED = {"application/gzip", "image/png", "image/x-icon"};

  private Compression() {}

  /**
   * Whether an answer of media type {@code mime} (lower case, maybe with parameters) may be
   * compressed.
   */
  static boolean compressible(String mime) {
    for (String type : COMPRESSED) {
      if (mime.startsWith(type)) {
        return false;
      }
    }
    return !mime.isEmpty();
  }

  /** {@code handler}, its answers compressed for the clients that accept gzip. */
  public static Handler around(Handler handler) {
    GzipHandler gzip = new GzipHandler(handler);
    gzip.setIncludedMethods("GET", "POST");
    gzip.addExcludedMimeTypes(COMPRESSED);
    return gzip;
  }
}
