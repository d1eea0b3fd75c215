package org.w3id.spkg.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * Gives each document source its key, so that no document ever takes another's graph: a source seen
 * before (in the store, or earlier in the run) keeps its key, and is replaced; a new source gets
 * its file name's key ({@link SourceDocument#baseKey()}) if no other source holds it, else that key
 * followed by a short hash of the source. Keys stay readable, and the same store and the same files
 * give the same keys.
 *
 * <pre>{@code
 * DocumentKeys keys = new DocumentKeys(identifiersByKey);   // key -> source identifier, of a store
 * DocumentKeys.Assigned a = keys.assign(source.sourceIdentifier(), source.baseKey());
 * }</pre>
 */
public final class DocumentKeys {

  /**
   * The identifier of a graph written before spkg recorded one: any path-based source may take it.
   */
  public static final String UNKNOWN = "";

  private final Map<String, String> keyBySource = new HashMap<>();
  private final Map<String, String> sourceByKey = new HashMap<>();

  /**
   * Keys knowing the documents of a store. Every key given is held, even where two graphs name the
   * same source (a store written before sources were told apart): a new source never takes one.
   *
   * @param identifiersByKey the source identifier of each key in the store; {@link #UNKNOWN_PREFIX}
   *     and anything for a graph whose source is not known
   */
  public DocumentKeys(Map<String, String> identifiersByKey) {
    new java.util.TreeMap<>(identifiersByKey)
        .forEach(
            (key, source) -> {
              if (source.startsWith(UNKNOWN_PREFIX)) {
                sourceByKey.put(key, UNKNOWN);
              } else {
                keyBySource.putIfAbsent(source, key);
                sourceByKey.put(key, source);
              }
            });
  }

  /** The prefix of placeholders for graphs whose source is unknown (see the constructor). */
  public static final String UNKNOWN_PREFIX = "unknown:";

  /** A key given to a source, and whether the source had it before (a replacement). */
  public record Assigned(String key, boolean replaces) {}

  /**
   * The key of {@code source}.
   *
   * @param source what identifies the document ({@link #sourceIdentifier})
   * @param baseKey the key its file name gives
   */
  public Assigned assign(String source, String baseKey) {
    String known = keyBySource.get(source);
    if (known != null) {
      return new Assigned(known, true);
    }
    String holder = sourceByKey.get(baseKey);
    if (holder != null && holder.equals(UNKNOWN) && source.startsWith(PATH)) {
      // A graph from before source identifiers were recorded, named as this file is named.
      claim(source, baseKey);
      return new Assigned(baseKey, true);
    }
    String key = baseKey;
    for (int length = 8; sourceByKey.containsKey(key); length += 4) {
      if (length > 64) {
        throw new IllegalStateException("no free key for " + source + " after " + key);
      }
      key = baseKey + "-" + hash(source, length);
    }
    claim(source, key);
    return new Assigned(key, false);
  }

  /**
   * What identifies a document: its source URL (an http or https URL) and date ({@code "URL DATE"};
   * a page republished at the same address under a new date is another document), its source URL
   * alone when it has no date, else {@code "path:"} and its path below the ingest root.
   */
  public static String sourceIdentifier(String sourceUrl, String date, String relativePath) {
    // Only a URL identifies: a placeholder ("unknown", "N/A") would make unrelated files one.
    if (sourceUrl != null && URL.matcher(sourceUrl.strip()).matches()) {
      return date == null ? sourceUrl.strip() : sourceUrl.strip() + " " + date;
    }
    return PATH + relativePath;
  }

  private static final String PATH = "path:";

  /** What counts as a source URL: what the document's dct:source is written from. */
  private static final java.util.regex.Pattern URL =
      java.util.regex.Pattern.compile("https?://\\S+");

  private void claim(String source, String key) {
    keyBySource.put(source, key);
    sourceByKey.put(key, source);
  }

  private static String hash(String source, int length) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest).substring(0, Math.min(length, 64));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }
}
