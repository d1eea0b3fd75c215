package org.w3id.spkg.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ProjectFiles;

/**
 * The Markdown files ({@code *.md}) below a folder, in name order, and the folders below it that
 * could not be listed: one unreadable folder costs its own documents, not the others.
 *
 * <pre>{@code
 * MarkdownFiles.Found found = MarkdownFiles.below(Path.of("archive"));
 * found.unreadable().forEach(e -> System.err.println(e.getMessage()));
 * }</pre>
 */
public final class MarkdownFiles {

  /**
   * What a walk found.
   *
   * @param files the Markdown files, sorted by name
   * @param unreadable a message for each folder below that could not be listed
   */
  public record Found(List<Path> files, List<InputException> unreadable) {
    public Found {
      files = List.copyOf(files);
      unreadable = List.copyOf(unreadable);
    }
  }

  /** Lists the entries of one folder. */
  interface Lister {
    List<Path> list(Path folder) throws IOException;
  }

  private MarkdownFiles() {}

  /**
   * The Markdown files below {@code folder} (symbolic links to files followed, to folders not).
   *
   * @throws InputException if {@code folder} itself cannot be listed
   */
  public static Found below(Path folder) {
    return below(folder, MarkdownFiles::list);
  }

  static Found below(Path folder, Lister lister) {
    List<Path> files = new ArrayList<>();
    List<InputException> unreadable = new ArrayList<>();
    Deque<Path> folders = new ArrayDeque<>();
    folders.push(folder);
    while (!folders.isEmpty()) {
      Path current = folders.pop();
      List<Path> entries;
      try {
        entries = lister.list(current);
      } catch (IOException e) {
        InputException cannot =
            new InputException(
                current.toString(),
                InputException.UNKNOWN,
                InputException.UNKNOWN,
                "cannot list this folder ("
                    + e
                    + "); its documents are left out: give it read and execute permission",
                e);
        if (current.equals(folder)) {
          throw cannot;
        }
        unreadable.add(cannot);
        continue;
      }
      for (Path entry : entries) {
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          folders.push(entry);
        } else if (Files.isRegularFile(entry) && isMarkdown(entry)) {
          files.add(entry);
        }
      }
    }
    files.sort(ProjectFiles.BY_NAME);
    unreadable.sort((a, b) -> a.source().compareTo(b.source()));
    return new Found(files, unreadable);
  }

  /** Whether a file's name ends in {@code .md}, in any case. */
  public static boolean isMarkdown(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
