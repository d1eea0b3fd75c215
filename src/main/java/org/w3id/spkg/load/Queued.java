package org.w3id.spkg.load;

import java.time.Instant;
import java.util.Objects;
import org.w3id.spkg.ingest.ExtractedDocument;

/**
 * A document extracted and waiting to be written, with when its ingest started (before extraction).
 *
 * @param doc the document
 * @param started when its ingest started
 */
public record Queued(ExtractedDocument doc, Instant started) {

  public Queued {
    Objects.requireNonNull(doc, "doc");
    Objects.requireNonNull(started, "started");
  }
}
