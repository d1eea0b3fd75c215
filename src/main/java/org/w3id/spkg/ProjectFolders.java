package org.w3id.spkg;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds the project's data folders ({@code ontology/}, {@code queries/}): on disk under the
 * directory named by the system property {@value #HOME_PROPERTY} when it is set and holds the
 * folder (the {@code ./spkg} launcher sets it to the repository root, so edits take effect without
 * a rebuild), otherwise inside the jar, where the build packages them.
 *
 * <pre>{@code
 * Path ontology = ProjectFolders.locate("ontology");
 * Path shapes = ontology.resolve("shapes.ttl");
 * }</pre>
 */
public final class ProjectFolders {

  /** System property naming the project root on disk. */
  public static final String HOME_PROPERTY = "spkg.home";

  private ProjectFolders() {}

  /**
   * The folder {@code name}, from disk when {@value #HOME_PROPERTY} points at a root that has it,
   * else from the classpath.
   *
   * @throws SpkgException if neither has it (a broken build)
   */
  public static Path locate(String name) {
    String home = System.getProperty(HOME_PROPERTY);
    if (home != null && !home.isBlank()) {
      Path onDisk = Path.of(home).resolve(name);
      if (Files.isDirectory(onDisk)) {
        return onDisk;
      }
    }
    return bundled(name);
  }

  /** The folder {@code name} as packaged on the classpath (a directory or a folder in the jar). */
  public static Path bundled(String name) {
    URL url = ProjectFolders.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new SpkgException(
          "The folder '"
              + name
              + "' is neither on disk (-D"
              + HOME_PROPERTY
              + ") nor in the jar; rebuild with 'mvn -B package'.");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        return jarFileSystem(uri).getPath("/" + name);
      }
      return Path.of(uri);
    } catch (URISyntaxException | IOException e) {
      throw new SpkgException(
          "Cannot open the bundled folder '" + name + "': " + e.getMessage(), e);
    }
  }

  private static FileSystem jarFileSystem(URI uri) throws IOException {
    try {
      // Left open for the life of the process: bundled files are read on demand.
      return FileSystems.newFileSystem(uri, Map.of());
    } catch (FileSystemAlreadyExistsException e) {
      return FileSystems.getFileSystem(uri);
    }
  }
}
