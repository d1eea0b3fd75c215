package org.w3id.spkg.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What {@link CorpusGenerator#write} wrote.
 *
 * @param folder the corpus folder
 * @param manifest the manifest file in it, one row per document
 * @param documents documents written
 * @param seed the seed they came from
 * @param bytes the documents' bytes, the manifest not counted
 * @param initiatives bold-led initiatives written
 * @param sentences sentences written
 * @param acronyms acronym definitions of invented programs written
 * @param otherEntries entries of the folder that were there before and were left in place
 */
public record CorpusSummary(
    Path folder,
    Path manifest,
    int documents,
    long seed,
    long bytes,
    long initiatives,
    long sentences,
    long acronyms,
    int otherEntries) {

  public CorpusSummary {
    Objects.requireNonNull(folder, "folder");
    Objects.requireNonNull(manifest, "manifest");
  }
}
