package org.w3id.spkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of spkg and of the Jena it was built with, from the properties file the build writes
 * ({@code spkg-version.properties}): the one place that file is read.
 */
public final class SoftwareVersion {

  private static final String RESOURCE = "/spkg-version.properties";

  private SoftwareVersion() {}

  /** This build's version, or "unknown" outside a build. */
  public static String current() {
    return properties().getProperty("version", "unknown");
  }

  /** The version of Apache Jena this build was made with, or "unknown" outside a build. */
  public static String jena() {
    return properties().getProperty("jena.version", "unknown");
  }

  private static Properties properties() {
    Properties props = new Properties();
    try (InputStream in = SoftwareVersion.class.getResourceAsStream(RESOURCE)) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE, e);
    }
    return props;
  }
}
