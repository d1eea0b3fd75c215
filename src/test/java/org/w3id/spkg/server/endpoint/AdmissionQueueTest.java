package org.w3id.spkg.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.spkg.server.endpoint.QueryClass.CHEAP;
import static org.w3id.spkg.server.endpoint.QueryClass.EXPENSIVE;
import static org.w3id.spkg.server.endpoint.QueryClass.MEDIUM;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.endpoint.AdmissionQueue.Outcome;

/** Who runs and who waits: the turns, the share kept from expensive queries, the order. */
class AdmissionQueueTest {

  /** Half the default queue wait: 5 s. */
  private static final long OVERDUE = 5_000_000_000L;

  private final AtomicLong now = new AtomicLong();

  private AdmissionQueue<String> queue(int maxRunning, int maxQueued) {
    return new AdmissionQueue<>(maxRunning, maxQueued, OVERDUE, now::get);
  }

  @Test
  void withTwoTurns_twoExpensiveQueries_runOneAtATime_andACheapOneRunsAtOnce() {
    AdmissionQueue<String> queue = queue(2, 8);

    assertThat(queue.offer("e1", EXPENSIVE)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("e2", EXPENSIVE)).isEqualTo(Outcome.QUEUED);
    assertThat(queue.offer("c1", CHEAP)).isEqualTo(Outcome.RUN);

    assertThat(queue.running()).isEqualTo(2);
    assertThat(queue.expensiveRunning()).isEqualTo(1);
    assertThat(queue.queued()).isEqualTo(1);
  }

  @Test
  void whenATurnFrees_theWaitingCheapQueryGoesBeforeTheExpensiveOnes_thenMedium() {
    AdmissionQueue<String> queue = queue(2, 8);
    queue.offer("m1", MEDIUM);
    queue.offer("m2", MEDIUM);
    queue.offer("e1", EXPENSIVE);
    queue.offer("m3", MEDIUM);
    queue.offer("c1", CHEAP);

    assertThat(queue.finish(MEDIUM)).containsExactly("c1");
    assertThat(queue.finish(CHEAP)).containsExactly("m3");
    assertThat(queue.finish(MEDIUM)).containsExactly("e1");
    assertThat(queue.queued()).isZero();
  }

  @Test
  void theLastTurn_isKeptFromExpensiveQueries_evenWithNothingElseWaiting() {
    AdmissionQueue<String> queue = queue(3, 8);
    queue.offer("e1", EXPENSIVE);
    queue.offer("e2", EXPENSIVE);
    queue.offer("m1", MEDIUM);

    assertThat(queue.offer("e3", EXPENSIVE)).isEqualTo(Outcome.QUEUED);
    assertThat(queue.finish(MEDIUM)).as("the freed turn is the kept one").isEmpty();
    assertThat(queue.finish(EXPENSIVE)).containsExactly("e3");
    assertThat(queue.expensiveRunning()).isEqualTo(2);
  }

  @Test
  void withOneTurn_anExpensiveQueryMayTakeIt() {
    AdmissionQueue<String> queue = queue(1, 1);

    assertThat(queue.offer("e1", EXPENSIVE)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("c1", CHEAP)).isEqualTo(Outcome.QUEUED);
    assertThat(queue.offer("c2", CHEAP)).isEqualTo(Outcome.FULL);
    assertThat(queue.finish(EXPENSIVE)).containsExactly("c1");
  }

  @Test
  void aTurnFreedByAnExpensiveQuery_goesToAWaitingMediumOne_andTheExpensiveOneWaitsOn() {
    AdmissionQueue<String> queue = queue(2, 8);
    queue.offer("e1", EXPENSIVE);
    queue.offer("m1", MEDIUM);
    queue.offer("e2", EXPENSIVE);
    queue.offer("m2", MEDIUM);

    assertThat(queue.finish(EXPENSIVE)).containsExactly("m2");
    assertThat(queue.finish(MEDIUM)).containsExactly("e2");
  }

  @Test
  void aMediumNewcomer_runsAtOnceInTheKeptTurn_whileExpensiveOnesWait() {
    AdmissionQueue<String> queue = queue(3, 8);
    queue.offer("e1", EXPENSIVE);
    queue.offer("e2", EXPENSIVE);
    queue.offer("e3", EXPENSIVE);

    assertThat(queue.offer("m1", MEDIUM)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("m2", MEDIUM)).as("every turn taken").isEqualTo(Outcome.QUEUED);
    assertThat(queue.finish(EXPENSIVE)).containsExactly("m2");
  }

  @Test
  void theQueueBound_countsEveryClass_andAWithdrawnQueryFreesItsPlace() {
    AdmissionQueue<String> queue = queue(1, 2);
    queue.offer("m1", MEDIUM);
    queue.offer("e1", EXPENSIVE);
    queue.offer("c1", CHEAP);

    assertThat(queue.offer("c2", CHEAP)).isEqualTo(Outcome.FULL);
    assertThat(queue.withdraw("e1", EXPENSIVE)).isTrue();
    assertThat(queue.withdraw("e1", EXPENSIVE)).as("already gone").isFalse();
    assertThat(queue.offer("c2", CHEAP)).isEqualTo(Outcome.QUEUED);
    assertThat(queue.finish(MEDIUM)).containsExactly("c1");
    assertThat(queue.withdraw("c1", CHEAP)).as("running, no longer waiting").isFalse();
  }

  @Test
  void finishingMoreThanRan_isAnError() {
    AdmissionQueue<String> queue = queue(2, 2);
    queue.offer("m1", MEDIUM);

    assertThatThrownBy(() -> queue.finish(EXPENSIVE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no expensive request is running");
  }

  @Test
  void aQueryThatWaitedHalfTheQueueWait_goesBeforeCheaperOnes_theOldestFirst() {
    AdmissionQueue<String> queue = queue(2, 8);
    queue.offer("m1", MEDIUM);
    queue.offer("m2", MEDIUM);
    queue.offer("e1", EXPENSIVE);
    now.addAndGet(1_000_000_000L);
    queue.offer("m3", MEDIUM);
    now.set(OVERDUE - 1);
    queue.offer("c1", CHEAP);

    assertThat(queue.finish(MEDIUM)).as("e1 waited 5 s less 1 ns").containsExactly("c1");
    now.incrementAndGet();
    assertThat(queue.finish(CHEAP)).as("e1 waited 5 s, m3 4 s").containsExactly("e1");
    now.addAndGet(1_000_000_000L);
    assertThat(queue.finish(MEDIUM)).containsExactly("m3");
  }

  @Test
  void anOverdueExpensiveQuery_stillNeverTakesTheKeptTurn() {
    AdmissionQueue<String> queue = queue(2, 8);
    queue.offer("e1", EXPENSIVE);
    queue.offer("m1", MEDIUM);
    queue.offer("e2", EXPENSIVE);
    queue.offer("c1", CHEAP);
    now.addAndGet(2 * OVERDUE);

    assertThat(queue.finish(MEDIUM)).containsExactly("c1");
    assertThat(queue.finish(EXPENSIVE)).containsExactly("e2");
  }
}
