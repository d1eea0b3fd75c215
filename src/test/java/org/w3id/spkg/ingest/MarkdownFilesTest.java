package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.InputException;

class MarkdownFilesTest {

  @TempDir Path dir;

  /** Lists as the file system does, but refuses {@code locked} as a folder without permission. */
  private static MarkdownFiles.Lister refusing(Path locked) {
    return folder -> {
      if (folder.equals(locked)) {
        throw new AccessDeniedException(folder.toString());
      }
      try (Stream<Path> entries = Files.list(folder)) {
        return entries.toList();
      }
    };
  }

  @Test
  void folderThatCannotBeListed_isReportedAndTheOthersAreFound() throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    Path c = Files.createDirectories(dir.resolve("c/d"));
    Files.writeString(a.resolve("one.md"), "x");
    Files.writeString(b.resolve("two.md"), "x");
    Files.writeString(c.resolve("three.MD"), "x");
    Files.writeString(dir.resolve("notes.txt"), "x");

    MarkdownFiles.Found found = MarkdownFiles.below(dir, refusing(b));

    assertThat(found.files()).containsExactly(a.resolve("one.md"), c.resolve("three.MD"));
    assertThat(found.unreadable()).hasSize(1);
    assertThat(found.unreadable().get(0).getMessage())
        .startsWith(b + ": cannot list this folder (java.nio.file.AccessDeniedException");
  }

  @Test
  void theFolderGivenCannotBeListed_isAnInputError() {
    assertThatThrownBy(() -> MarkdownFiles.below(dir, refusing(dir)))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(dir + ": cannot list this folder");
  }

  @Test
  void filesComeInNameOrder() throws IOException {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/x.md"), "x");
    Files.writeString(dir.resolve("a.md"), "x");
    Files.writeString(dir.resolve("c.md"), "x");
    assertThat(MarkdownFiles.below(dir).files())
        .isEqualTo(List.of(dir.resolve("a.md"), dir.resolve("b/x.md"), dir.resolve("c.md")));
  }
}
