package org.w3id.spkg.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The answers of {@link RemoteDataset#find} kept for a while, by pattern: a page asks many small
 * patterns (the labels and types of what it links to, the ontology's classes and properties), and
 * the next page asks many of them again. Kept while the store is taken to be in the same state
 * ({@link RemoteDataset#version()}), at most {@value #MAX_PATTERNS} patterns, the least recently
 * used dropped first.
 */
final class FindAnswers {

  /** The most patterns kept. */
  static final int MAX_PATTERNS = 5_000;

  private final Map<List<Node>, List<Quad>> kept =
      new LinkedHashMap<>(1024, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Node>, List<Quad>> eldest) {
          return size() > MAX_PATTERNS;
        }
      };

  private long version = Long.MIN_VALUE;

  /**
   * The quads of {@code pattern} (graph, subject, predicate, object; {@link Node#ANY} for none) in
   * the store's state {@code now}: kept, or from {@code ask}.
   */
  List<Quad> get(long now, List<Node> pattern, Supplier<List<Quad>> ask) {
    synchronized (this) {
      if (now != version) {
        kept.clear();
        version = now;
      }
      List<Quad> known = kept.get(pattern);
      if (known != null) {
        return known;
      }
    }
    List<Quad> asked = ask.get();
    synchronized (this) {
      if (now == version) {
        kept.put(pattern, asked);
      }
    }
    return asked;
  }
}
