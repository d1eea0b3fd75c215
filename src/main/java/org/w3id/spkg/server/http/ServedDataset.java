package org.w3id.spkg.server.http;

/**
 * What the parts of the server agree on about the dataset they serve: its name (the first segment
 * of its endpoints' paths), the largest query body read, and how an answer over the row cap is
 * refused. The assembly ({@code SpkgServer}) mounts the dataset under {@link #NAME}; the pages, the
 * VoID description and the packs API link to it by the same name.
 */
public final class ServedDataset {

  /** The name of the dataset: its endpoints are {@code /spkg/sparql}, {@code /spkg/get}, …. */
  public static final String NAME = "spkg";

  /** The largest query request body accepted: 256 KiB (a larger one is answered 413). */
  public static final long MAX_QUERY_BYTES = 256 * 1024;

  private ServedDataset() {}

  /** The message of an answer larger than the row cap {@code rowCap}. */
  public static String overCap(long rowCap) {
    return "The result has more than "
        + rowCap
        + " rows, the server's row cap (--row-cap); add a LIMIT (and OFFSET to page), or ask the"
        + " operator to raise the cap";
  }
}
