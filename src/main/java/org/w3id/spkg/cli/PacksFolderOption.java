package org.w3id.spkg.cli;

import java.nio.file.Path;
import org.w3id.spkg.packs.QueryPacks;
import picocli.CommandLine.Option;

/** {@code --packs DIR}: read the packs from another folder than the bundled {@code queries/}. */
final class PacksFolderOption {

  @Option(
      names = "--packs",
      paramLabel = "DIR",
      description = "Read the packs from this folder (default: queries/ of the checkout).")
  Path folder;

  QueryPacks read() {
    return folder == null ? QueryPacks.bundled() : QueryPacks.read(folder);
  }
}
