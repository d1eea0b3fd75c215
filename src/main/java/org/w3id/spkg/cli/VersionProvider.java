package org.w3id.spkg.cli;

import org.w3id.spkg.store.SoftwareVersion;
import picocli.CommandLine.IVersionProvider;

/** The version lines of {@code spkg --version} ({@link SoftwareVersion}). */
final class VersionProvider implements IVersionProvider {

  @Override
  public String[] getVersion() {
    return new String[] {
      "spkg " + SoftwareVersion.current(),
      "Apache Jena " + SoftwareVersion.jena() + ", Java " + Runtime.version(),
    };
  }
}
