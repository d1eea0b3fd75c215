package org.w3id.spkg.store;

import java.util.Optional;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A state of a store, so that what is computed from it (the home page, the listing pages' indexes,
 * the OpenAPI document) can be kept while the state lasts. A TDB2 store names its states by the
 * write transactions it has begun: read the state before the read transactions that compute from
 * it; with no writer active, the count names a state that they see whole, and any write after it
 * changes the count. A store that another server writes ({@link Versioned}, the remote store of
 * {@code spkg serve --endpoint}) cannot say when it changes, and names its states by time instead.
 *
 * @param store what counts the states (TDB2's transaction coordinator, a versioned store)
 * @param version the state's number
 * @param written whether this process makes every change (a local store): then what the last ingest
 *     kept in the meta graph is current while no write happened since
 */
public record StoreState(Object store, long version, boolean written) {

  /** A store that names its own states, for a store written elsewhere. */
  public interface Versioned {
    /** The number of the state the store is taken to be in now. */
    long version();
  }

  /**
   * The state of {@code dsg} now; empty for a store that names no states (kept values are then read
   * again every time) or while a write runs.
   */
  public static Optional<StoreState> of(DatasetGraph dsg) {
    DatasetGraph storage = dsg;
    while (!TDBInternal.isTDB2(storage)
        && !(storage instanceof Versioned)
        && storage instanceof DatasetGraphWrapper wrapper) {
      storage = wrapper.getWrapped();
    }
    if (storage instanceof Versioned versioned) {
      return Optional.of(new StoreState(versioned, versioned.version(), false));
    }
    if (!TDBInternal.isTDB2(storage)) {
      return Optional.empty();
    }
    TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(storage);
    long writes = coordinator.countBeginWrite();
    return coordinator.countActiveWriter() == 0
        ? Optional.of(new StoreState(coordinator, writes, true))
        : Optional.empty();
  }
}
