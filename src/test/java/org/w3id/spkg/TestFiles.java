package org.w3id.spkg;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Paths of the checkout that the tests read: Maven runs them with the project root as cwd. */
public final class TestFiles {

  public static final Path ONTOLOGY = Path.of("ontology");
  public static final Path QUERIES = Path.of("queries");
  public static final Path CORPUS = Path.of("corpus");

  private TestFiles() {}

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
