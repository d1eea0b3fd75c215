package org.w3id.spkg.cli;

import java.nio.file.Path;
import org.w3id.spkg.store.SpkgStore;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option the commands share, with its default. */
final class StoreOption {

  @Option(
      names = "--store",
      paramLabel = "DIR",
      description = "The store folder (default: data/ of the checkout, else ./data).")
  Path store;

  /** The folder given, else {@link SpkgStore#defaultFolder()}. */
  Path folder() {
    return store != null ? store : SpkgStore.defaultFolder();
  }
}
