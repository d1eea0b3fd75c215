package org.w3id.spkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of spkg, from the properties file the build writes. */
final class SoftwareVersion {

  private static final String RESOURCE = "/spkg-version.properties";

  private SoftwareVersion() {}

  /** This build's version, or "unknown" outside a build. */
  static String current() {
    Properties props = new Properties();
    try (InputStream in = SoftwareVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return props.getProperty("version", "unknown");
  }
}
