package org.w3id.spkg.server.pages;

import java.util.Objects;
import java.util.function.Function;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A value read from the store, kept until the store's next write: the index a listing page filters
 * and pages through ({@link DocumentsIndex}, the network's edges, the timeline's events), read once
 * rather than on every request. A TDB2 store counts the write transactions it began: the count read
 * before a read transaction, with no writer active, names a state that the read transaction sees
 * whole. Other stores are read on every request. One request at a time reads; the others wait for
 * its value rather than read again.
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
    TransactionCoordinator coordinator = coordinator(dsg);
    long writes = coordinator == null ? -1 : coordinator.countBeginWrite();
    boolean settled = coordinator != null && coordinator.countActiveWriter() == 0;
    T value = current(coordinator, writes, settled);
    if (value != null) {
      return value;
    }
    synchronized (reading) {
      value = current(coordinator, writes, settled);
      if (value == null) {
        value = dsg.calculateRead(() -> read.apply(dsg));
        if (settled) {
          kept = new Kept<>(coordinator, writes, value);
        }
      }
      return value;
    }
  }

  private T current(TransactionCoordinator coordinator, long writes, boolean settled) {
    Kept<T> k = kept;
    return settled && k != null && k.coordinator() == coordinator && k.writes() == writes
        ? k.value()
        : null;
  }

  /** The transaction coordinator of a TDB2 store, through any wrappers; null for other stores. */
  static TransactionCoordinator coordinator(DatasetGraph dsg) {
    DatasetGraph storage = dsg;
    while (!TDBInternal.isTDB2(storage) && storage instanceof DatasetGraphWrapper wrapper) {
      storage = wrapper.getWrapped();
    }
    return TDBInternal.isTDB2(storage) ? TDBInternal.getTransactionCoordinator(storage) : null;
  }

  private record Kept<T>(TransactionCoordinator coordinator, long writes, T value) {}
}
