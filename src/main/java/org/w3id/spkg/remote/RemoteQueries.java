package org.w3id.spkg.remote;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.w3id.spkg.SpkgException;

/** The queries bundled next to this package's classes ({@code org/w3id/spkg/remote/NAME}). */
final class RemoteQueries {

  private RemoteQueries() {}

  /** Parses the bundled query {@code name}. */
  static Query bundled(String name) {
    try (InputStream in = RemoteQueries.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new SpkgException("The query " + name + " is missing from the build; rebuild spkg");
      }
      return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SpkgException("Cannot read the bundled query " + name + ": " + e, e);
    }
  }
}
