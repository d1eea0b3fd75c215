package org.w3id.spkg.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version lines of {@code spkg --version}, from the properties the build writes. */
final class VersionProvider implements IVersionProvider {

  /** The resource the build filters with the project's versions. */
  static final String RESOURCE = "/spkg-version.properties";

  static Properties buildProperties() {
    Properties props = new Properties();
    try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return props;
  }

  /** This build's version, or "unknown" outside a build. */
  static String version() {
    return buildProperties().getProperty("version", "unknown");
  }

  @Override
  public String[] getVersion() {
    Properties props = buildProperties();
    return new String[] {
      "spkg " + props.getProperty("version", "unknown"),
      "Apache Jena " + props.getProperty("jena.version", "unknown") + ", Java " + Runtime.version(),
    };
  }
}
