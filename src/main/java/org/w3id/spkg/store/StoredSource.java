package org.w3id.spkg.store;

/**
 * What the store records of one document's source, for the code that gives documents their keys.
 *
 * @param graphIri the document's named graph
 * @param identifier the source identifier recorded at ingest, or null for a graph written before
 *     spkg recorded one
 * @param sourceUrl the document's {@code dct:source} IRI, or null
 * @param date the document's date (its lexical form), or null
 */
public record StoredSource(String graphIri, String identifier, String sourceUrl, String date) {}
