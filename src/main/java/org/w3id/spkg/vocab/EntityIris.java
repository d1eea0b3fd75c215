package org.w3id.spkg.vocab;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The IRIs of entities: {@code https://w3id.org/spkg/id/{kind}/{key}} with readable, stable keys
 * (the same name gives the same key in every document and on every run).
 *
 * <pre>{@code
 * EntityIris.entity("program", EntityIris.slug("CSpO"));   // .../id/program/cspo
 * EntityIris.inDocument("initiative", docKey, "aukus");    // .../id/initiative/{doc}/aukus
 * }</pre>
 */
public final class EntityIris {

  /** The namespace of entity IRIs. */
  public static final String NS = "https://w3id.org/spkg/id/";

  /** The most characters {@link #slug} keeps. */
  static final int MAX_SLUG = 80;

  private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

  private EntityIris() {}

  /** {@code NS + kind + "/" + key}. */
  public static String entity(String kind, String key) {
    return NS + checkKey(kind) + "/" + checkKey(key);
  }

  /** A node that belongs to one document: {@code NS + kind + "/" + doc + "/" + key}. */
  public static String inDocument(String kind, String docKey, String key) {
    return NS + checkKey(kind) + "/" + checkKey(docKey) + "/" + checkKey(key);
  }

  /** The IRI of the document with this key. */
  public static String document(String docKey) {
    return entity("document", docKey);
  }

  /**
   * A readable key for a name: lower case ASCII letters and digits joined by hyphens ("EPS-R" →
   * "eps-r", "Vera C. Rubin Observatory" → "vera-c-rubin-observatory"). Empty names give "x". A
   * slug longer than {@value #MAX_SLUG} characters is cut at the last hyphen that keeps it within
   * them, so that no word is cut in two (a first word longer than that is cut at the limit).
   */
  public static String slug(String name) {
    String slug = fullSlug(name);
    if (slug.length() <= MAX_SLUG) {
      return slug;
    }
    if (slug.charAt(MAX_SLUG) == '-') {
      return slug.substring(0, MAX_SLUG);
    }
    int hyphen = slug.lastIndexOf('-', MAX_SLUG - 1);
    return slug.substring(0, hyphen > 0 ? hyphen : MAX_SLUG);
  }

  /**
   * {@link #slug} without the cut at 80 characters: for document keys, where two long names that
   * differ only past the cut must stay two keys.
   */
  public static String fullSlug(String name) {
    String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String slug = NON_WORD.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = EDGE_HYPHENS.matcher(slug).replaceAll("");
    return slug.isEmpty() ? "x" : slug;
  }

  /**
   * Whether {@code key} is an ASCII letter or digit followed by letters, digits, dots, underscores
   * and hyphens ({@code [A-Za-z0-9][A-Za-z0-9._-]*}); checked for every IRI made, so a loop.
   */
  private static boolean isKey(String key) {
    if (key.isEmpty() || !isKeyChar(key.charAt(0)) || "._-".indexOf(key.charAt(0)) >= 0) {
      return false;
    }
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!isKeyChar(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isKeyChar(char c) {
    return (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == '-';
  }

  /** The key itself, if it is safe in an IRI path segment. */
  static String checkKey(String key) {
    if (key == null || !isKey(key)) {
      throw new IllegalArgumentException("Not a valid IRI key: '" + key + "'");
    }
    return key;
  }
}
