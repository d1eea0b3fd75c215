package org.w3id.spkg.packs;

import java.time.Duration;
import java.util.Objects;

/** A pack query's answer, with the query as bound and the time it took. */
public record PackResult(BoundQuery bound, ResultTable table, Duration elapsed) {

  public PackResult {
    Objects.requireNonNull(bound, "bound");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(elapsed, "elapsed");
  }

  public PackQuery query() {
    return bound.source();
  }
}
