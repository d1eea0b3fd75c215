package org.w3id.spkg.server.api;

import java.util.Optional;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A state of a TDB2 store, named by the write transactions it has begun, so that what is computed
 * from the store can be kept until its next write (as the home page keeps its page). Read the state
 * before the read transactions that compute from it: with no writer active, the count names a state
 * that they see whole, and any write after it changes the count.
 *
 * @param coordinator the store's transaction coordinator (the same store keeps the same one)
 * @param writes the write transactions begun so far
 */
record StoreWrites(TransactionCoordinator coordinator, long writes) {

  /** The state of {@code dsg} now; empty for a store that is not TDB2 or while a write runs. */
  static Optional<StoreWrites> of(DatasetGraph dsg) {
    DatasetGraph storage = dsg;
    while (!TDBInternal.isTDB2(storage) && storage instanceof DatasetGraphWrapper wrapper) {
      storage = wrapper.getWrapped();
    }
    if (!TDBInternal.isTDB2(storage)) {
      return Optional.empty();
    }
    TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(storage);
    long writes = coordinator.countBeginWrite();
    return coordinator.countActiveWriter() == 0
        ? Optional.of(new StoreWrites(coordinator, writes))
        : Optional.empty();
  }
}
