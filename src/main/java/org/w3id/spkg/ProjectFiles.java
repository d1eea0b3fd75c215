package org.w3id.spkg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Expands the paths a user gives (files and folders) into the files a command works on. */
public final class ProjectFiles {

  /** Orders paths by their string form, so runs see files in the same order on every machine. */
  public static final Comparator<Path> BY_NAME = Comparator.comparing(Path::toString);

  private ProjectFiles() {}

  /**
   * Each path as given if it is a file; for a folder, the files below it that {@code wanted}
   * accepts, sorted by name.
   *
   * @throws InputException for a path that does not exist, or a folder with no wanted file
   */
  public static List<Path> expand(List<Path> paths, Predicate<Path> wanted, String what) {
    List<Path> result = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new InputException(path.toString(), "no such file or folder; check the path");
      }
      if (!Files.isDirectory(path)) {
        result.add(path);
        continue;
      }
      List<Path> found = walk(path, wanted);
      if (found.isEmpty()) {
        throw new InputException(path.toString(), "folder has no " + what);
      }
      result.addAll(found);
    }
    return List.copyOf(result);
  }

  private static List<Path> walk(Path folder, Predicate<Path> wanted) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).filter(wanted).sorted(BY_NAME).toList();
    } catch (IOException e) {
      throw cannotList(folder, e);
    }
  }

  /**
   * The entries directly in {@code folder} (files and folders) that {@code wanted} accepts, sorted
   * by name.
   *
   * @throws InputException if the folder cannot be listed
   */
  public static List<Path> list(Path folder, Predicate<Path> wanted) {
    try (Stream<Path> entries = Files.list(folder)) {
      return entries.filter(wanted).sorted(BY_NAME).toList();
    } catch (IOException e) {
      throw cannotList(folder, e);
    }
  }

  private static InputException cannotList(Path folder, IOException e) {
    return new InputException(
        folder.toString(), InputException.UNKNOWN, InputException.UNKNOWN, "cannot list: " + e, e);
  }
}
