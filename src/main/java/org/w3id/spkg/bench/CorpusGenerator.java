package org.w3id.spkg.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.w3id.spkg.InputException;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * Generates fact sheets in the genre of the seed document, for benchmarks: front matter, an
 * introduction, sections with bold-led initiatives, directives, and sentences written so that every
 * extraction rule has work to do. Nations, agencies, offices, cities and programs come from the
 * reference data; invented programs ("Lunar Surface Relay Initiative (LSRI)") from word lists, so
 * each document also defines entities of its own.
 *
 * <p>The same seed gives the same documents, byte for byte; document n does not depend on how many
 * are asked for, so a corpus of 100 is the first 100 of a corpus of 10,000 of the same seed.
 *
 * <pre>{@code
 * CorpusGenerator generator = CorpusGenerator.create(OntologyFiles.locate());
 * CorpusSummary written = generator.write(Path.of("/tmp/corpus"), 1_000, 42, false);
 * List<GeneratedDocument> first = generator.documents(42).limit(20).toList();
 * }</pre>
 */
public final class CorpusGenerator {

  /** The most documents one corpus may have (file names hold seven digits). */
  public static final int MAX_DOCUMENTS = 1_000_000;

  /** The manifest's file name in a corpus folder. */
  public static final String MANIFEST = "MANIFEST.tsv";

  /** The manifest's header row. */
  public static final String MANIFEST_HEADER =
      "file\tbytes\tsections\tinitiatives\tsentences\tacronyms\tdirectives\tamounts\tcounts"
          + "\tpercentages\tdates";

  private static final Pattern GENERATED = Pattern.compile("\\d{7}-[a-z0-9-]+\\.md");

  private final ReferenceNames reference;
  private final Phrasebook words;
  private final SortedSet<String> taken;

  private CorpusGenerator(ReferenceNames reference, Phrasebook words) {
    this.reference = reference;
    this.words = words;
    SortedSet<String> names = new TreeSet<>(reference.surfaces);
    names.addAll(words.avoidedAcronyms());
    this.taken = Collections.unmodifiableSortedSet(names);
  }

  /** A generator drawing on the reference data of {@code files} and the bundled word lists. */
  public static CorpusGenerator create(OntologyFiles files) {
    Phrasebook words = Phrasebook.load();
    return new CorpusGenerator(
        ReferenceNames.of(files.reference(), Set.copyOf(words.definiteNations())), words);
  }

  /**
   * The documents of {@code seed}, in order, from document 1; at most {@link #MAX_DOCUMENTS}.
   * Generated as the stream is read.
   */
  public Stream<GeneratedDocument> documents(long seed) {
    InventedPrograms programs =
        new InventedPrograms(
            words.qualifiers(), words.domains(), words.functions(), words.heads(), taken, seed);
    DocumentComposer composer = new DocumentComposer(reference, words, programs);
    Iterator<GeneratedDocument> sequence =
        new Iterator<>() {
          private int index;
          private long nextProgram;

          @Override
          public boolean hasNext() {
            return index < MAX_DOCUMENTS;
          }

          @Override
          public GeneratedDocument next() {
            if (!hasNext()) {
              throw new java.util.NoSuchElementException("a corpus has at most " + MAX_DOCUMENTS);
            }
            DocumentComposer.Composed c = composer.compose(seed, ++index, nextProgram);
            nextProgram = c.nextProgram();
            return c.document();
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(
            sequence, Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.IMMUTABLE),
        false);
  }

  /**
   * Writes {@code count} documents of {@code seed} and the manifest ({@value #MANIFEST}: one row
   * per document with its bytes and what was written into it) into {@code folder}, creating it.
   * Each document is written as it is generated.
   *
   * @param replace whether a folder that is not empty may be used: the documents and manifest of an
   *     earlier corpus are deleted first, anything else is left in place
   * @throws IllegalArgumentException if {@code count} is not in [1, {@link #MAX_DOCUMENTS}]
   * @throws InputException if {@code folder} is a file, is not empty (and {@code replace} is
   *     false), or cannot be written
   */
  public CorpusSummary write(Path folder, int count, long seed, boolean replace) {
    if (count < 1 || count > MAX_DOCUMENTS) {
      throw new IllegalArgumentException(
          "documents must be between 1 and " + MAX_DOCUMENTS + ", got " + count);
    }
    int others = prepare(folder, replace);
    Path manifest = folder.resolve(MANIFEST);
    long bytes = 0;
    long initiatives = 0;
    long sentences = 0;
    long acronyms = 0;
    try (BufferedWriter rows = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
      rows.write(MANIFEST_HEADER);
      rows.write('\n');
      Iterator<GeneratedDocument> docs = documents(seed).limit(count).iterator();
      while (docs.hasNext()) {
        GeneratedDocument doc = docs.next();
        byte[] data = doc.bytes();
        Files.write(folder.resolve(doc.fileName()), data);
        rows.write(row(doc, data.length));
        bytes += data.length;
        initiatives += doc.initiatives();
        sentences += doc.sentences();
        acronyms += doc.acronyms().size();
      }
    } catch (IOException e) {
      throw new InputException(
          folder.toString(),
          InputException.UNKNOWN,
          InputException.UNKNOWN,
          "cannot write the corpus: " + e + "; check that the folder is writable and has room",
          e);
    }
    return new CorpusSummary(
        folder, manifest, count, seed, bytes, initiatives, sentences, acronyms, others);
  }

  private static String row(GeneratedDocument doc, int bytes) {
    return String.join(
            "\t",
            doc.fileName(),
            Integer.toString(bytes),
            Integer.toString(doc.sections()),
            Integer.toString(doc.initiatives()),
            Integer.toString(doc.sentences()),
            Integer.toString(doc.acronyms().size()),
            Integer.toString(doc.directives()),
            Integer.toString(doc.amounts()),
            Integer.toString(doc.counts()),
            Integer.toString(doc.percentages()),
            Integer.toString(doc.dates()))
        + "\n";
  }

  /**
   * Makes {@code folder} ready for a corpus; with {@code replace}, deletes an earlier corpus in it.
   * Returns how many other entries it holds.
   */
  private static int prepare(Path folder, boolean replace) {
    String where = folder.toString();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new InputException(
          where, "is a file, not a folder; name a new or empty folder for the corpus");
    }
    try {
      if (!Files.exists(folder)) {
        Files.createDirectories(folder);
        return 0;
      }
      List<Path> entries;
      try (Stream<Path> list = Files.list(folder)) {
        entries = list.sorted().toList();
      }
      if (entries.isEmpty()) {
        return 0;
      }
      if (!replace) {
        throw new InputException(
            where,
            "the folder is not empty ("
                + entries.size()
                + (entries.size() == 1 ? " entry" : " entries")
                + "); name a new or empty folder, or add --force to replace a corpus written"
                + " there before");
      }
      int others = 0;
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        boolean ours =
            Files.isRegularFile(entry)
                && (name.equals(MANIFEST) || GENERATED.matcher(name).matches());
        if (ours) {
          Files.delete(entry);
        } else {
          others++;
        }
      }
      return others;
    } catch (IOException e) {
      throw new InputException(
          where,
          InputException.UNKNOWN,
          InputException.UNKNOWN,
          "cannot prepare the corpus folder: " + e + "; check that it is writable",
          e);
    }
  }
}
