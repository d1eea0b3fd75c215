package org.w3id.spkg.store;

import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sys.JenaSubsystemLifecycle;

/**
 * Puts spkg's result writers in Jena's registry when Jena starts (found by {@link
 * java.util.ServiceLoader} through {@code META-INF/services}), so that every path that writes
 * SPARQL results — the endpoint (Fuseki), {@code spkg query}, the query packs — writes them: CSV
 * with {@code _:} blank nodes ({@link CsvResultsWriter}) and well-formed XML ({@link
 * XmlResultsWriter}). Both work around Jena 5.6.0 bugs reported in {@code docs/upstream/}.
 */
public final class ResultWriters implements JenaSubsystemLifecycle {

  @Override
  public void start() {
    RowSetWriterRegistry.register(ResultSetLang.RS_CSV, CsvResultsWriter.FACTORY);
    RowSetWriterRegistry.register(ResultSetLang.RS_XML, XmlResultsWriter.FACTORY);
  }

  @Override
  public void stop() {}

  /** After Jena's own modules (RIOT is 20, ARQ 30), which register the writers replaced here. */
  @Override
  public int level() {
    return 1000;
  }
}
