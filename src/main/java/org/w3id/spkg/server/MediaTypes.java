package org.w3id.spkg.server;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Content negotiation for the documents spkg serves: the {@code Accept} header parsed as RFC 9110
 * (section 12.5.1) defines it, and a {@code ?format=} override.
 *
 * <p>Each variant on offer gets the quality of the most specific media range that matches it
 * ({@code text/turtle} before {@code text/*} before {@code *}{@code /*}); the best quality wins, a
 * tie goes to the variant named more specifically ({@code application/ld+json, *}{@code /*} gives
 * JSON-LD), and a remaining tie to the server's order. Entity documents are offered in the order
 * Turtle, JSON-LD, RDF/XML, N-Triples, HTML: {@code *}{@code /*}, {@code text/*}, a missing or
 * unreadable header give Turtle; browsers get HTML because they name {@code text/html} at q=1 and
 * reach everything else through {@code *}{@code /*;q=0.8}; a client that names an RDF syntax as
 * highly as HTML is an RDF client (browsers never name one), so HTML comes last in a tie.
 *
 * <p>Two older names count when a client names them: {@code application/x-turtle} for Turtle and
 * {@code application/json} for JSON-LD (never through a wildcard, so {@code text/turtle;q=0,
 * *}{@code /*} still refuses Turtle).
 *
 * <p>Parameters other than {@code q} are read (quoted strings included) and make a range more
 * specific, but their values are not compared: every variant is UTF-8 and the JSON-LD is compacted.
 * A range that cannot be read is left out.
 *
 * <pre>{@code
 * Optional<MediaTypes.Variant> v = MediaTypes.choose(request.getHeader("Accept"), offered);
 * }</pre>
 */
public final class MediaTypes {

  /** A representation of a resource, with its media type and the {@code ?format=} names. */
  public enum Variant {
    TURTLE("text/turtle", "ttl", List.of("ttl", "turtle"), List.of("application/x-turtle")),
    JSONLD("application/ld+json", "jsonld", List.of("jsonld", "json"), List.of("application/json")),
    RDFXML("application/rdf+xml", "rdf", List.of("rdf", "xml"), List.of()),
    NTRIPLES("application/n-triples", "nt", List.of("nt", "ntriples"), List.of()),
    HTML("text/html", "html", List.of("html"), List.of());

    private final String mediaType;
    private final String format;
    private final List<String> formatNames;
    private final List<String> aliases;

    Variant(String mediaType, String format, List<String> formatNames, List<String> aliases) {
      this.mediaType = mediaType;
      this.format = format;
      this.formatNames = formatNames;
      this.aliases = aliases;
    }

    /** The media type sent in {@code Content-Type}, without charset. */
    public String mediaType() {
      return mediaType;
    }

    /** The {@code ?format=} value that names this variant in links: ttl, jsonld, rdf, nt, html. */
    public String format() {
      return format;
    }

    /** Every {@code ?format=} value for this variant. */
    public List<String> formatNames() {
      return formatNames;
    }

    /** The variant a {@code ?format=} value names (any case); empty if none. */
    public static Optional<Variant> forFormat(String name) {
      String n = name == null ? "" : name.trim().toLowerCase(Locale.ROOT);
      for (Variant v : values()) {
        if (v.formatNames.contains(n)) {
          return Optional.of(v);
        }
      }
      return Optional.empty();
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
      String t = mediaType.substring(0, slash);
      String s = mediaType.substring(slash + 1);
      if ("*".equals(type)) {
        return 0;
      }
      if (!type.equals(t)) {
        return -1;
      }
      if ("*".equals(subtype)) {
        return 1;
      }
      if (!subtype.equals(s)) {
        return -1;
      }
      return parameters.isEmpty() ? 2 : 3;
    }
  }

  /** The default order of entity documents: see the class description. */
  public static final List<Variant> ENTITY_VARIANTS =
      List.of(Variant.TURTLE, Variant.JSONLD, Variant.RDFXML, Variant.NTRIPLES, Variant.HTML);

  private MediaTypes() {}

  /**
   * The variant to send: the best of {@code offered} (in the server's order of preference) for the
   * {@code accept} header; empty if the header refuses them all (406). A missing, blank or wholly
   * unreadable header accepts anything.
   */
  public static Optional<Variant> choose(String accept, List<Variant> offered) {
    List<MediaRange> ranges = parse(accept);
    if (ranges.isEmpty()) {
      ranges = List.of(new MediaRange("*", "*", Map.of(), 1));
    }
    Variant best = null;
    double bestQ = 0;
    int bestSpecificity = -1;
    for (Variant v : offered) {
      double q = 0;
      int specificity = -1;
      for (String type : v.mediaTypes()) {
        MediaRange match = mostSpecific(ranges, type);
        if (match != null && !type.equals(v.mediaType()) && match.specificity(type) < 2) {
          match = null; // an alias counts only when named: "text/turtle;q=0, */*" refuses Turtle
        }
        if (match != null && match.q() > q) {
          q = match.q();
          specificity = match.specificity(type);
        } else if (match != null && match.q() == q && match.specificity(type) > specificity) {
          specificity = match.specificity(type);
        }
      }
      if (q > bestQ || (q == bestQ && q > 0 && specificity > bestSpecificity)) {
        best = v;
        bestQ = q;
        bestSpecificity = specificity;
      }
    }
    return Optional.ofNullable(best);
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

  /** What is on offer, one line each: {@code text/turtle (?format=ttl)}, for a 406 or 400. */
  public static String describe(List<Variant> offered) {
    return offered.stream()
        .map(v -> v.mediaType() + " (?format=" + String.join(", ?format=", v.formatNames()) + ")")
        .collect(Collectors.joining("\n"));
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
