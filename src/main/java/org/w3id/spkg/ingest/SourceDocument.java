package org.w3id.spkg.ingest;

import java.nio.file.Path;
import org.w3id.spkg.vocab.EntityIris;

/**
 * A document file read and checked, before extraction: its text, its front matter and what
 * identifies it among all documents ({@link #sourceIdentifier()}). {@link DocumentKeys} turns the
 * identifier into the key the document's graph and IRIs are named by.
 */
public final class SourceDocument {

  private final Path file;
  private final SourceText text;
  private final FrontMatter frontMatter;
  private final String sourceIdentifier;
  private final String baseKey;

  private SourceDocument(Path file, SourceText text, FrontMatter frontMatter, Path root) {
    this.file = file;
    this.text = text;
    this.frontMatter = frontMatter;
    this.sourceIdentifier =
        DocumentKeys.sourceIdentifier(
            frontMatter.sourceUrl().orElse(null),
            frontMatter.date().map(Object::toString).orElse(null),
            relativePath(file, root));
    this.baseKey = keyOf(file);
  }

  /**
   * Reads {@code file}, found below {@code root} (the folder given on the command line, or the
   * file's own folder when the file was given).
   *
   * @throws org.w3id.spkg.InputException if the file cannot be used: missing, empty, binary, not
   *     UTF-8, over 16 MiB, front matter that is not YAML, a date that is not a date
   */
  public static SourceDocument read(Path file, Path root) {
    SourceText text = SourceText.read(file);
    return new SourceDocument(file, text, FrontMatter.parse(text), root);
  }

  /** The file read. */
  public Path file() {
    return file;
  }

  /** See {@link DocumentKeys#sourceIdentifier}. */
  public String sourceIdentifier() {
    return sourceIdentifier;
  }

  /**
   * The key the document has unless another source holds it: the whole file name without its
   * extension, as a slug.
   */
  public String baseKey() {
    return baseKey;
  }

  SourceText text() {
    return text;
  }

  FrontMatter frontMatter() {
    return frontMatter;
  }

  /** The key a file's name gives: its name without the extension, as a slug, never cut short. */
  public static String keyOf(Path file) {
    String name = file.getFileName().toString();
    return EntityIris.fullSlug(name.replaceFirst("(?i)\\.(md|markdown)$", ""));
  }

  private static String relativePath(Path file, Path root) {
    Path abs = file.toAbsolutePath().normalize();
    Path base = root == null ? null : root.toAbsolutePath().normalize();
    Path rel =
        base != null && abs.startsWith(base) && !abs.equals(base)
            ? base.relativize(abs)
            : file.getFileName();
    return rel.toString().replace('\\', '/');
  }
}
