package org.w3id.spkg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Content negotiation, the one place spkg decides which representation a request gets: every
 * resource (entities, the ontology, VoID, the Service Description, pack results) lists what it
 * offers, in its order of preference, and asks this class.
 *
 * <p>The policy:
 *
 * <ul>
 *   <li>{@code ?format=} (any case) overrides {@code Accept}; a name that no offer has is answered
 *       400 with the formats on offer ({@link #negotiate}).
 *   <li>The {@code Accept} header is read as RFC 9110 (section 12.5.1) defines it: each offer gets
 *       the quality of the most specific media range that matches it ({@code text/turtle} before
 *       {@code text/*} before {@code *}{@code /*}); the best quality wins; a tie goes to the offer
 *       named more specifically ({@code application/ld+json, *}{@code /*} gives JSON-LD), and a
 *       remaining tie to the server's order. q=0 refuses.
 *   <li>A missing, blank or wholly unreadable header accepts anything: the first offer.
 *   <li>An alias ({@code application/x-turtle}, {@code application/json}) counts only when a client
 *       names it, never through a wildcard, so {@code text/turtle;q=0, *}{@code /*} still refuses
 *       Turtle.
 *   <li>Parameters other than {@code q} are read (quoted strings included) and make a range more
 *       specific, but their values are not compared. A range that cannot be read is left out.
 *   <li>When nothing on offer is acceptable the answer is 406, with the media types on offer and
 *       their {@code ?format=} names ({@link #notAcceptable}).
 * </ul>
 *
 * <p><b>Why not Jena's {@code AcceptList}.</b> {@code org.apache.jena.atlas.web.AcceptList.match}
 * takes the matching range of the highest q rather than the most specific one, so {@code
 * text/turtle;q=0, *}{@code /*} would accept Turtle against RFC 9110; it splits the header on every
 * comma, also inside a quoted parameter ({@code profile="a,b"}); and it prints a stack trace for a
 * header it cannot read. The parsing here is about 100 lines and is stated by one test, {@code
 * ContentNegotiationTest}.
 *
 * <pre>{@code
 * ContentNegotiation<Lang> rdf = ContentNegotiation.of(List.of(
 *     new Offer<>(Lang.TURTLE, "text/turtle", List.of("ttl"), List.of()),
 *     new Offer<>(Lang.JSONLD, "application/ld+json", List.of("jsonld"), List.of())));
 * Outcome<Lang> outcome = rdf.negotiate(request);
 * }</pre>
 *
 * @param <T> what the caller attaches to each offer (a syntax, a prepared body, a format)
 */
public final class ContentNegotiation<T> {

  /**
   * One representation on offer.
   *
   * @param value what the caller attaches to it
   * @param mediaType the media type sent in {@code Content-Type}, without charset, in lower case
   * @param formatNames the {@code ?format=} names, the first used in links; may be empty
   * @param aliases other media types that name it when a client names them exactly
   */
  public record Offer<T>(
      T value, String mediaType, List<String> formatNames, List<String> aliases) {
    public Offer {
      Objects.requireNonNull(value, "value");
      if (mediaType.indexOf('/') <= 0 || !mediaType.equals(mediaType.toLowerCase(Locale.ROOT))) {
        throw new IllegalArgumentException(
            "A media type is type/subtype in lower case, got " + mediaType);
      }
      formatNames = List.copyOf(formatNames);
      aliases = List.copyOf(aliases);
    }

    /** The {@code ?format=} value that names this offer in links ({@code ttl}); "" if none. */
    public String format() {
      return formatNames.isEmpty() ? "" : formatNames.get(0);
    }

    private List<String> mediaTypes() {
      List<String> all = new ArrayList<>(List.of(mediaType));
      all.addAll(aliases);
      return all;
    }
  }

  /**
   * One media range of an {@code Accept} header.
   *
   * @param type the type in lower case, or "*"
   * @param subtype the subtype in lower case, or "*"
   * @param parameters the parameters before {@code q}, names in lower case
   * @param q the quality, 0 to 1
   */
  public record MediaRange(String type, String subtype, Map<String, String> parameters, double q) {
    public MediaRange {
      if ("*".equals(type) && !"*".equals(subtype)) {
        throw new IllegalArgumentException("A media range */x is not allowed, got */" + subtype);
      }
      if (!(q >= 0 && q <= 1)) {
        throw new IllegalArgumentException("A quality is between 0 and 1, got " + q);
      }
      parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** How specifically this range names {@code mediaType}: -1 not at all, 0 to 3. */
    int specificity(String mediaType) {
      int slash = mediaType.indexOf('/');
      if ("*".equals(type)) {
        return 0;
      }
      if (!type.equals(mediaType.substring(0, slash))) {
        return -1;
      }
      if ("*".equals(subtype)) {
        return 1;
      }
      if (!subtype.equals(mediaType.substring(slash + 1))) {
        return -1;
      }
      return parameters.isEmpty() ? 2 : 3;
    }
  }

  /** What negotiation decided: an offer, or a status (400, 406) with a plain-text message. */
  public sealed interface Outcome<T> {}

  /** The offer to send. */
  public record Chosen<T>(Offer<T> offer) implements Outcome<T> {}

  /** No offer: the status to answer with and a message listing what is on offer. */
  public record Refused<T>(int status, String message) implements Outcome<T> {}

  private final List<Offer<T>> offers;

  private ContentNegotiation(List<Offer<T>> offers) {
    if (offers.isEmpty()) {
      throw new IllegalArgumentException("Content negotiation needs at least one offer");
    }
    this.offers = List.copyOf(offers);
  }

  /** Negotiation among {@code offers}, given in the server's order of preference. */
  public static <T> ContentNegotiation<T> of(List<Offer<T>> offers) {
    return new ContentNegotiation<>(offers);
  }

  /** The offers, in the server's order of preference. */
  public List<Offer<T>> offers() {
    return offers;
  }

  /** The values of the offers, in the server's order of preference. */
  public List<T> values() {
    return offers.stream().map(Offer::value).toList();
  }

  /**
   * The offer for a request: {@code ?format=} if the request has one, else {@code Accept}; a
   * refusal (400 for an unknown format, 406 when nothing is acceptable) otherwise.
   */
  public Outcome<T> negotiate(HttpServletRequest request) {
    return negotiate(request.getParameter("format"), request.getHeader("Accept"));
  }

  /**
   * As {@link #negotiate(HttpServletRequest)}, for a {@code ?format=} value (or null) and header.
   */
  public Outcome<T> negotiate(String format, String accept) {
    if (format != null) {
      return byFormat(format)
          .<Outcome<T>>map(Chosen::new)
          .orElseGet(() -> new Refused<>(400, unknownFormat(format)));
    }
    return choose(accept)
        .<Outcome<T>>map(Chosen::new)
        .orElseGet(() -> new Refused<>(406, notAcceptable(accept)));
  }

  /**
   * The offer for a document a client reaches without asking for it in particular (VoID, the
   * Service Description, which SPARQL clients fetch with the Accept header of their queries): as
   * {@link #negotiate}, but the first offer where that would refuse.
   */
  public Offer<T> negotiateOrFirst(HttpServletRequest request) {
    return negotiate(request) instanceof Chosen<T> chosen ? chosen.offer() : offers.get(0);
  }

  /** The offer a {@code ?format=} value (any case) names; empty if none. */
  public Optional<Offer<T>> byFormat(String name) {
    String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
    return offers.stream().filter(o -> o.formatNames().contains(n)).findFirst();
  }

  /**
   * The best offer for the {@code accept} header; empty if the header refuses them all (406). A
   * missing, blank or wholly unreadable header accepts anything.
   */
  public Optional<Offer<T>> choose(String accept) {
    List<MediaRange> ranges = parse(accept);
    if (ranges.isEmpty()) {
      ranges = List.of(new MediaRange("*", "*", Map.of(), 1));
    }
    Offer<T> best = null;
    double bestQ = 0;
    int bestSpecificity = -1;
    for (Offer<T> o : offers) {
      double q = 0;
      int specificity = -1;
      for (String type : o.mediaTypes()) {
        MediaRange match = mostSpecific(ranges, type);
        if (match == null || (!type.equals(o.mediaType()) && match.specificity(type) < 2)) {
          continue; // an alias counts only when named: "text/turtle;q=0, */*" refuses Turtle
        }
        int s = match.specificity(type);
        if (match.q() > q || (match.q() == q && s > specificity)) {
          q = match.q();
          specificity = s;
        }
      }
      if (q > bestQ || (q == bestQ && q > 0 && specificity > bestSpecificity)) {
        best = o;
        bestQ = q;
        bestSpecificity = specificity;
      }
    }
    return Optional.ofNullable(best);
  }

  /** What is on offer, one line each: {@code text/turtle (?format=ttl, ?format=turtle)}. */
  public String describe() {
    return offers.stream()
        .map(
            o ->
                o.formatNames().isEmpty()
                    ? o.mediaType()
                    : o.mediaType()
                        + " (?format="
                        + String.join(", ?format=", o.formatNames())
                        + ")")
        .collect(Collectors.joining("\n"));
  }

  /** The 406 message: the header that refused everything and what is on offer. */
  public String notAcceptable(String accept) {
    return "None of the media types in 'Accept: %s' is offered here. Ask for one of these (or add ?format=):\n%s\n"
        .formatted(accept, describe());
  }

  /** The 400 message for a {@code ?format=} value that names no offer. */
  public String unknownFormat(String format) {
    return "Unknown format '%s': expected one of %s. Use one of:\n%s\n"
        .formatted(
            format,
            offers.stream().map(Offer::format).collect(Collectors.joining("|")),
            describe());
  }

  /**
   * The media ranges of an {@code Accept} header, in the header's order; ranges that cannot be read
   * (no "/", a bad quality) are left out. Null or blank gives an empty list.
   */
  public static List<MediaRange> parse(String accept) {
    List<MediaRange> ranges = new ArrayList<>();
    if (accept == null) {
      return ranges;
    }
    for (String element : split(accept, ',')) {
      MediaRange range = range(element);
      if (range != null) {
        ranges.add(range);
      }
    }
    return ranges;
  }

  private static MediaRange mostSpecific(List<MediaRange> ranges, String mediaType) {
    MediaRange best = null;
    for (MediaRange r : ranges) {
      int s = r.specificity(mediaType);
      if (s >= 0 && (best == null || s > best.specificity(mediaType))) {
        best = r;
      }
    }
    return best;
  }

  private static MediaRange range(String element) {
    List<String> parts = split(element, ';');
    if (parts.isEmpty()) {
      return null;
    }
    String name = parts.get(0).trim().toLowerCase(Locale.ROOT);
    int slash = name.indexOf('/');
    if (slash <= 0 || slash == name.length() - 1 || name.indexOf('/', slash + 1) >= 0) {
      return null;
    }
    String type = name.substring(0, slash).trim();
    String subtype = name.substring(slash + 1).trim();
    if ("*".equals(type) && !"*".equals(subtype)) {
      return null;
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    double q = 1;
    for (String p : parts.subList(1, parts.size())) {
      int eq = p.indexOf('=');
      if (eq <= 0) {
        continue;
      }
      String key = p.substring(0, eq).trim().toLowerCase(Locale.ROOT);
      String value = unquote(p.substring(eq + 1).trim());
      if ("q".equals(key)) {
        try {
          q = Double.parseDouble(value);
        } catch (NumberFormatException e) {
          return null;
        }
        if (!(q >= 0 && q <= 1)) {
          return null;
        }
        break; // what follows q are accept extensions, not media type parameters
      }
      parameters.put(key, value);
    }
    return new MediaRange(type, subtype, parameters, q);
  }

  /** Splits on {@code sep} outside double-quoted strings; drops blank parts. */
  private static List<String> split(String text, char sep) {
    List<String> parts = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted && c == '\\' && i + 1 < text.length()) {
        current.append(c).append(text.charAt(++i));
        continue;
      }
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == sep && !quoted) {
        add(parts, current);
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    add(parts, current);
    return parts;
  }

  private static void add(List<String> parts, StringBuilder part) {
    if (!part.toString().isBlank()) {
      parts.add(part.toString());
    }
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
    }
    return value;
  }
}
