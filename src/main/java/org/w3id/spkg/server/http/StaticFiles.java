package org.w3id.spkg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Files from a classpath folder (the editor's script, style sheet and icon, Swagger UI's webjar),
 * the one way spkg serves a static file. Each file has a version: the hash of its bytes, or the
 * version of the package it comes from. Its {@code ETag} is that version, so {@code If-None-Match}
 * gives 304 ({@link CommonHeaders}); a URL whose {@code ?v=} names the version never changes
 * content and is cached for a year ({@code immutable}), any other is revalidated ({@code
 * no-cache}). Only names of letters, digits, dots, dashes and underscores with a known extension
 * are served; files are read once and kept.
 *
 * <pre>{@code
 * StaticFiles files = StaticFiles.hashed(MyPage.class, "editor/");
 * if (!files.serve("editor.js", request, response)) { response.sendError(404); }
 * }</pre>
 */
public final class StaticFiles {

  /** The content types of the extensions served; other files are not served. */
  private static final Map<String, String> CONTENT_TYPES =
      Map.of(
          "js", "text/javascript;charset=utf-8",
          "css", "text/css;charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon");

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+(/[A-Za-z0-9_.-]+)*");

  /** A file's bytes and version. */
  private record File(byte[] bytes, String version) {}

  private final ClassLoader loader;
  private final String folder;
  private final String version;
  private final Map<String, Optional<File>> files = new ConcurrentHashMap<>();

  private StaticFiles(ClassLoader loader, String folder, String version) {
    this.loader = loader;
    this.folder = folder;
    this.version = version;
  }

  /** The files in {@code folder} of {@code anchor}'s package, each versioned by its hash. */
  public static StaticFiles hashed(Class<?> anchor, String folder) {
    String path = anchor.getPackageName().replace('.', '/') + "/" + folder;
    return new StaticFiles(anchor.getClassLoader(), path, null);
  }

  /** The files in the classpath folder {@code folder}, all of version {@code version}. */
  public static StaticFiles versioned(Class<?> anchor, String folder, String version) {
    return new StaticFiles(anchor.getClassLoader(), folder, Objects.requireNonNull(version));
  }

  /** The version of the file {@code name}; empty if there is no such file. */
  public Optional<String> version(String name) {
    return file(name).map(File::version);
  }

  /**
   * Answers a {@code GET} of the file {@code name}.
   *
   * @return false, having sent nothing, when there is no such file to serve
   */
  public boolean serve(String name, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<File> found = file(name);
    if (found.isEmpty()) {
      return false;
    }
    File f = found.get();
    response.setContentType(CONTENT_TYPES.get(extension(name)));
    response.setHeader("ETag", '"' + f.version() + '"');
    response.setHeader(
        "Cache-Control",
        f.version().equals(request.getParameter("v"))
            ? "public, max-age=31536000, immutable"
            : "no-cache");
    response.setContentLength(f.bytes().length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(f.bytes());
    }
    return true;
  }

  private Optional<File> file(String name) {
    if (!NAME.matcher(name).matches() || !CONTENT_TYPES.containsKey(extension(name))) {
      return Optional.empty();
    }
    return files.computeIfAbsent(name, this::load);
  }

  private Optional<File> load(String name) {
    try (InputStream in = loader.getResourceAsStream(folder + name)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] bytes = in.readAllBytes();
      return Optional.of(
          new File(bytes, version != null ? version : CommonHeaders.etag(bytes).replace("\"", "")));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + folder + name + " from the classpath", e);
    }
  }

  private static String extension(String name) {
    return name.substring(name.lastIndexOf('.') + 1);
  }
}
