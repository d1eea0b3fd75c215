package org.w3id.spkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the checkout that the tests read: Maven runs them with the project root as cwd. */
public final class TestFiles {

  public static final Path ONTOLOGY = Path.of("ontology");
  public static final Path QUERIES = Path.of("queries");
  public static final Path CORPUS = Path.of("corpus");

  /**
   * The real briefings beside this checkout, outside the repository: the development split and the
   * archive's random sample ({@code ../shared/corpus-real}, {@code ../shared/archive-sample}).
   */
  public static final List<Path> REAL_BRIEFINGS =
      List.of(Path.of("..", "shared", "corpus-real"), Path.of("..", "shared", "archive-sample"));

  private TestFiles() {}

  /** The Markdown files below those of {@code folders} that exist, folder by folder, sorted. */
  public static List<Path> markdownBelow(List<Path> folders) {
    List<Path> all = new ArrayList<>();
    for (Path folder : folders) {
      if (Files.isDirectory(folder)) {
        all.addAll(filesBelow(folder, ".md"));
      }
    }
    return all;
  }

  /** The paragraphs (text between blank lines) of {@code files}, in order. */
  public static List<String> paragraphs(List<Path> files) {
    List<String> all = new ArrayList<>();
    for (Path f : files) {
      try {
        for (String p :
            Files.readString(f, java.nio.charset.StandardCharsets.UTF_8).split("\n\\s*\n")) {
          all.add(p);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return all;
  }

  /** Files below {@code dir} whose name ends with {@code suffix}, sorted. */
  public static List<Path> filesBelow(Path dir, String suffix) {
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(suffix))
          .sorted(ProjectFiles.BY_NAME)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
