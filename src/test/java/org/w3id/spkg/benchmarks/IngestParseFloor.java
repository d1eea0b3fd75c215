package org.w3id.spkg.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The parse floor of ingest: every Markdown file of a corpus read as UTF-8 and parsed as the
 * ingester parses it (CommonMark with source spans on blocks and inlines, the YAML front matter
 * extension, and the front matter loaded by the YAML 1.2 parser), in this JVM, with no extraction
 * and no store. One pass warms the JIT; the result is the median of the measured passes.
 */
final class IngestParseFloor {

  private static final Parser PARSER =
      Parser.builder()
          .extensions(Set.of(YamlFrontMatterExtension.create()))
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .build();

  private IngestParseFloor() {}

  /** Median seconds of {@code passes} passes over {@code files}, after one warm-up pass. */
  static double medianSeconds(List<Path> files, int passes) {
    parseAll(files);
    double[] seconds = new double[passes];
    for (int i = 0; i < passes; i++) {
      long start = System.nanoTime();
      parseAll(files);
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[passes / 2];
  }

  /** The {@code *.md} files directly in {@code corpus}, sorted. */
  static List<Path> markdownFiles(Path corpus) {
    try (Stream<Path> s = Files.list(corpus)) {
      return s.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + corpus, e);
    }
  }

  private static long parseAll(List<Path> files) {
    long nodes = 0;
    Load yaml = new Load(LoadSettings.builder().build());
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read " + f, e);
      }
      Node doc = PARSER.parse(text);
      nodes += countNodes(doc);
      String front = frontMatter(text);
      if (!front.isEmpty()) {
        nodes += yaml.loadFromString(front) == null ? 0 : 1;
      }
    }
    return nodes;
  }

  private static String frontMatter(String text) {
    if (!text.startsWith("---\n")) {
      return "";
    }
    int end = text.indexOf("\n---", 4);
    return end < 0 ? "" : text.substring(4, end + 1);
  }

  private static long countNodes(Node node) {
    long n = 1;
    List<Node> stack = new ArrayList<>();
    stack.add(node);
    while (!stack.isEmpty()) {
      Node x = stack.remove(stack.size() - 1);
      for (Node c = x.getFirstChild(); c != null; c = c.getNext()) {
        n++;
        stack.add(c);
      }
    }
    return n;
  }
}
