package org.w3id.spkg.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.spkg.server.endpoint.QueryClass.CHEAP;
import static org.w3id.spkg.server.endpoint.QueryClass.EXPENSIVE;
import static org.w3id.spkg.server.endpoint.QueryClass.INSTANT;
import static org.w3id.spkg.server.endpoint.QueryClass.MEDIUM;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.endpoint.AdmissionQueue.Outcome;

/** Who runs and who waits: the three lanes and their turns, the queue bound, the order. */
class AdmissionQueueTest {

  /** Half the default queue wait: 5 s. */
  private static final long OVERDUE = 5_000_000_000L;

  private final AtomicLong now = new AtomicLong();

  private AdmissionQueue<String> queue(int maxRunning, int maxQueued) {
    return new AdmissionQueue<>(maxRunning, maxQueued, OVERDUE, now::get);
  }

  @Test
  void cheapQueriesRunInALaneOfTheirOwn_twiceAsWide_andTheOthersShareTheirLane() {
    AdmissionQueue<String> queue = queue(1, 8);

    assertThat(queue.offer("e1", EXPENSIVE)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("m1", MEDIUM)).isEqualTo(Outcome.QUEUED);
    assertThat(queue.offer("c1", CHEAP)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("c2", CHEAP)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("c3", CHEAP)).isEqualTo(Outcome.QUEUED);

    assertThat(queue.running()).isEqualTo(3);
    assertThat(queue.queued()).isEqualTo(2);
    assertThat(queue.finish(EXPENSIVE)).containsExactly("m1");
    assertThat(queue.finish(CHEAP)).containsExactly("c3");
  }

  @Test
  void instantQueriesRunInALaneOfTheirOwn_besideCheapOnes_andNeverWaitForThem() {
    AdmissionQueue<String> queue = queue(1, 8);
    queue.offer("c1", CHEAP);
    queue.offer("c2", CHEAP);
    assertThat(queue.offer("c3", CHEAP)).isEqualTo(Outcome.QUEUED);

    assertThat(queue.offer("i1", INSTANT)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("i2", INSTANT)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("i3", INSTANT)).as("twice as wide too").isEqualTo(Outcome.QUEUED);
    assertThat(queue.running()).isEqualTo(4);
    assertThat(queue.finish(INSTANT)).containsExactly("i3");
    assertThat(queue.finish(CHEAP)).containsExactly("c3");
    assertThat(queue.finish(INSTANT)).isEmpty();
  }

  @Test
  void inTheSharedLane_aFreedTurnGoesToTheWaitingMediumQueryFirst() {
    AdmissionQueue<String> queue = queue(1, 8);
    queue.offer("e1", EXPENSIVE);
    queue.offer("e2", EXPENSIVE);
    queue.offer("m1", MEDIUM);

    assertThat(queue.finish(EXPENSIVE)).containsExactly("m1");
    assertThat(queue.finish(MEDIUM)).containsExactly("e2");
    assertThat(queue.queued()).isZero();
  }

  @Test
  void aTurnFreedInOneLane_isNotGivenToTheOther() {
    AdmissionQueue<String> queue = queue(1, 8);
    queue.offer("e1", EXPENSIVE);
    queue.offer("c1", CHEAP);
    queue.offer("c2", CHEAP);
    queue.offer("e2", EXPENSIVE);
    queue.offer("c3", CHEAP);

    assertThat(queue.finish(EXPENSIVE)).containsExactly("e2");
    assertThat(queue.finish(CHEAP)).containsExactly("c3");
    assertThat(queue.finish(EXPENSIVE)).isEmpty();
  }

  @Test
  void aNewcomer_doesNotOvertakeItsLanesWaitingQueriesOfItsClassOrCheaper() {
    AdmissionQueue<String> queue = queue(1, 8);
    queue.offer("e1", EXPENSIVE);
    queue.offer("m1", MEDIUM);

    assertThat(queue.offer("m2", MEDIUM)).isEqualTo(Outcome.QUEUED);
    assertThat(queue.offer("c1", CHEAP)).as("its own lane is free").isEqualTo(Outcome.RUN);
    assertThat(queue.finish(EXPENSIVE)).containsExactly("m1");
  }

  @Test
  void theQueueBound_countsBothLanes_andAWithdrawnQueryFreesItsPlace() {
    AdmissionQueue<String> queue = queue(1, 2);
    queue.offer("e1", EXPENSIVE);
    queue.offer("c1", CHEAP);
    queue.offer("c2", CHEAP);
    queue.offer("m1", MEDIUM);
    queue.offer("e2", EXPENSIVE);

    assertThat(queue.offer("c3", CHEAP)).isEqualTo(Outcome.FULL);
    assertThat(queue.withdraw("e2", EXPENSIVE)).isTrue();
    assertThat(queue.withdraw("e2", EXPENSIVE)).as("already gone").isFalse();
    assertThat(queue.offer("c3", CHEAP)).isEqualTo(Outcome.QUEUED);
    assertThat(queue.finish(CHEAP)).containsExactly("c3");
    assertThat(queue.withdraw("c3", CHEAP)).as("running, no longer waiting").isFalse();
  }

  @Test
  void finishingMoreThanRan_isAnError() {
    AdmissionQueue<String> queue = queue(2, 2);
    queue.offer("c1", CHEAP);

    assertThatThrownBy(() -> queue.finish(EXPENSIVE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no expensive request is running");
    queue.finish(CHEAP);
    assertThatThrownBy(() -> queue.finish(CHEAP))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no cheap request is running");
  }

  @Test
  void aQueryThatWaitedHalfTheQueueWait_goesBeforeCheaperOnes_theOldestFirst() {
    AdmissionQueue<String> queue = queue(1, 8);
    queue.offer("e1", EXPENSIVE);
    queue.offer("e2", EXPENSIVE);
    now.addAndGet(1_000_000_000L);
    queue.offer("m1", MEDIUM);
    now.set(OVERDUE - 1);

    assertThat(queue.finish(EXPENSIVE)).as("e2 waited 5 s less 1 ns").containsExactly("m1");
    now.incrementAndGet();
    queue.offer("m2", MEDIUM);
    assertThat(queue.finish(MEDIUM)).as("e2 waited 5 s").containsExactly("e2");
    assertThat(queue.finish(EXPENSIVE)).containsExactly("m2");
  }
}
