package org.w3id.spkg.server.pages;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.sparql.core.DatasetGraph;
import org.w3id.spkg.store.StoreState;

/**
 * A value read from the store, kept while the store stays in the same state ({@link StoreState}):
 * the index a listing page filters and pages through ({@link DocumentsIndex}, the network's edges,
 * the timeline's events), read once rather than on every request. A TDB2 store is in the same state
 * until its next write; a remote store for a while; other stores are read on every request. One
 * request at a time reads; the others wait for its value rather than read again.
 */
final class HomeCache<T> {

  private final DatasetGraph dsg;
  private final Function<DatasetGraph, T> read;
  private final Object reading = new Object();
  private volatile Kept<T> kept;

  /** Keeps what {@code read} answers on {@code dsg} (called inside a read transaction). */
  HomeCache(DatasetGraph dsg, Function<DatasetGraph, T> read) {
    this.dsg = Objects.requireNonNull(dsg, "dsg");
    this.read = Objects.requireNonNull(read, "read");
  }

  /** The value for the store as it is now. */
  T get() {
    Optional<StoreState> state = StoreState.of(dsg);
    T value = current(state);
    if (value != null) {
      return value;
    }
    synchronized (reading) {
      value = current(state);
      if (value == null) {
        value = dsg.calculateRead(() -> read.apply(dsg));
        if (state.isPresent()) {
          kept = new Kept<>(state.get(), value);
        }
      }
      return value;
    }
  }

  private T current(Optional<StoreState> state) {
    Kept<T> k = kept;
    return state.isPresent() && k != null && k.state().equals(state.get()) ? k.value() : null;
  }

  private record Kept<T>(StoreState state, T value) {}
}
