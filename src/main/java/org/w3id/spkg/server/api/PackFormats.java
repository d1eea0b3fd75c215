package org.w3id.spkg.server.api;

import java.util.List;
import org.w3id.spkg.packs.ResultFormat;
import org.w3id.spkg.server.http.ContentNegotiation;
import org.w3id.spkg.server.http.ContentNegotiation.Offer;

/**
 * What the packs API offers besides a query's own parameters: the result formats and the {@code
 * raw} switch. The API ({@link PacksApi}) reads requests by them and its OpenAPI description
 * ({@link OpenApiDocument}) describes them.
 */
public final class PackFormats {

  /**
   * The parameter that asks for CSV and TSV cells as the store holds them ({@code raw=true}),
   * rather than safe for spreadsheets (the default; see {@link ResultFormat.Cells}).
   */
  public static final String RAW = "raw";

  /**
   * The result formats, in the server's order of preference (JSON, CSV, TSV, Markdown, text), named
   * by the extension that ends a path ({@code .csv}); {@code application/json} counts as the SPARQL
   * JSON results only when a client names it. A missing or unreadable header gets JSON.
   */
  public static final ContentNegotiation<ResultFormat> RESULT_FORMATS =
      ContentNegotiation.of(
          List.of(
              offer(ResultFormat.json, "application/json"),
              offer(ResultFormat.csv),
              offer(ResultFormat.tsv),
              offer(ResultFormat.md),
              offer(ResultFormat.table)));

  private PackFormats() {}

  private static Offer<ResultFormat> offer(ResultFormat format, String... aliases) {
    return new Offer<>(format, format.mediaType(), List.of(format.extension()), List.of(aliases));
  }
}
