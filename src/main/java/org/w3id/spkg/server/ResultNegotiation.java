package org.w3id.spkg.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.spkg.packs.ResultFormat;

/**
 * Which {@link ResultFormat} a pack query over HTTP answers in: the one its path's extension names
 * ({@code .csv}, {@code .tsv}, {@code .json}, {@code .md}, {@code .txt}), else the best for the
 * {@code Accept} header by RFC 9110's rules as {@link MediaTypes} reads them (the quality of the
 * most specific matching range; a tie goes to the type named more specifically, then to the order
 * JSON, CSV, TSV, Markdown, text). A missing or unreadable header gets JSON. {@code
 * application/json} counts as the SPARQL JSON results only when a client names it.
 */
final class ResultNegotiation {

  /** The formats in the server's order of preference. */
  static final List<ResultFormat> OFFERED =
      List.of(
          ResultFormat.json,
          ResultFormat.csv,
          ResultFormat.tsv,
          ResultFormat.md,
          ResultFormat.table);

  private ResultNegotiation() {}

  /** The format an extension names ({@code csv}, in any case); empty for any other. */
  static Optional<ResultFormat> byExtension(String extension) {
    String e = extension.toLowerCase(Locale.ROOT);
    return OFFERED.stream().filter(f -> f.extension().equals(e)).findFirst();
  }

  /** The format the {@code accept} header prefers; empty if it refuses every format (406). */
  static Optional<ResultFormat> choose(String accept) {
    List<MediaTypes.MediaRange> ranges = MediaTypes.parse(accept);
    if (ranges.isEmpty()) {
      return Optional.of(ResultFormat.json);
    }
    ResultFormat best = null;
    double bestQ = 0;
    int bestSpecificity = -1;
    for (ResultFormat f : OFFERED) {
      double q = 0;
      int specificity = -1;
      for (String type : mediaTypes(f)) {
        MediaTypes.MediaRange match = mostSpecific(ranges, type);
        if (match == null || (!type.equals(f.mediaType()) && match.specificity(type) < 2)) {
          continue; // application/json counts only when named
        }
        int s = match.specificity(type);
        if (match.q() > q || (match.q() == q && s > specificity)) {
          q = match.q();
          specificity = s;
        }
      }
      if (q > bestQ || (q == bestQ && q > 0 && specificity > bestSpecificity)) {
        best = f;
        bestQ = q;
        bestSpecificity = specificity;
      }
    }
    return Optional.ofNullable(best);
  }

  /** The {@code Content-Type} of a format: text formats say UTF-8. */
  static String contentType(ResultFormat format) {
    return format.mediaType().startsWith("text/")
        ? format.mediaType() + ";charset=utf-8"
        : format.mediaType();
  }

  /** What is on offer, for a 404 or 406 message. */
  static String described() {
    return OFFERED.stream()
        .map(f -> f.mediaType() + " (." + f.extension() + ")")
        .collect(Collectors.joining(", "));
  }

  private static List<String> mediaTypes(ResultFormat format) {
    return format == ResultFormat.json
        ? Stream.of(format.mediaType(), "application/json").toList()
        : List.of(format.mediaType());
  }

  private static MediaTypes.MediaRange mostSpecific(
      List<MediaTypes.MediaRange> ranges, String mediaType) {
    MediaTypes.MediaRange best = null;
    for (MediaTypes.MediaRange r : ranges) {
      int s = r.specificity(mediaType);
      if (s >= 0 && (best == null || s > best.specificity(mediaType))) {
        best = r;
      }
    }
    return best;
  }
}
