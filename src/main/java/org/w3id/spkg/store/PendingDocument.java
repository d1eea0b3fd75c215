package org.w3id.spkg.store;

import java.time.Instant;

/** A document to write, with when its ingest started (before extraction). */
public record PendingDocument(DocumentGraph doc, Instant started) {}
