package org.w3id.spkg.store;

import java.io.OutputStream;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shared.PrefixMapping;

/**
 * How the answer of a SELECT or ASK query is written by {@link SpkgStore#query}: the store runs the
 * query, the format writes it. {@code packs.ResultFormat} is the one implementation, so that {@code
 * spkg query}, the packs and the server write answers the same way.
 */
public interface AnswerFormat {

  /** Writes the rows of a SELECT query to {@code out} in UTF-8, as the store holds them. */
  void writeSelect(ResultSet results, PrefixMapping prefixes, OutputStream out);

  /** Writes the answer of an ASK query to {@code out} in UTF-8. */
  void writeAsk(boolean answer, OutputStream out);
}
