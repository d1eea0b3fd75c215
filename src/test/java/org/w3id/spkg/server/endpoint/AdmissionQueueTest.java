package org.w3id.spkg.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.spkg.server.endpoint.QueryClass.CHEAP;
import static org.w3id.spkg.server.endpoint.QueryClass.EXPENSIVE;
import static org.w3id.spkg.server.endpoint.QueryClass.MEDIUM;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.endpoint.AdmissionQueue.Outcome;

/** Who runs and who waits: the two lanes and their turns, the queue bound, the order. */
class AdmissionQueueTest {

  /** Half the default queue wait: 5 s. */
  private static final long OVERDUE = 5_000_000_000L;

  private final AtomicLong now = new AtomicLong();

  private AdmissionQueue<String> queue(int maxRunning, int maxQueued) {
    return new AdmissionQueue<>(maxRunning, maxQueued, OVERDUE, now::get);
  }

  @Test
  void expensiveQueriesFillTheirLane_andCheapAndMediumOnesRunInTheOther() {
    AdmissionQueue<String> queue = queue(2, 8);

    assertThat(queue.offer("e1", EXPENSIVE)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("e2", EXPENSIVE)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("e3", EXPENSIVE)).isEqualTo(Outcome.QUEUED);
    assertThat(queue.offer("c1", CHEAP)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("m1", MEDIUM)).isEqualTo(Outcome.RUN);
    assertThat(queue.offer("c2", CHEAP)).as("the light lane is full too").isEqualTo(Outcome.QUEUED);

    assertThat(queue.running()).isEqualTo(4);
    assertThat(queue.expensiveRunning()).isEqualTo(2);
    assertThat(queue.queued()).isEqualTo(2);
    assertThat(queue.finish(EXPENSIVE)).containsExactly("e3");
    assertThat(queue.finish(MEDIUM)).containsExactly("c2");
  }

  @Test
  void inTheLightLane_aFreedTurnGoesToTheWaitingCheapQueryFirst_thenMedium() {
    AdmissionQueue<String> queue = queue(2, 8);
    queue.offer("m1", MEDIUM);
    queue.offer("m2", MEDIUM);
    queue.offer("m3", MEDIUM);
    queue.offer("c1", CHEAP);

    assertThat(queue.finish(MEDIUM)).containsExactly("c1");
    assertThat(queue.finish(CHEAP)).containsExactly("m3");
    assertThat(queue.queued()).isZero();
  }

  @Test
  void aTurnFreedInOneLane_isNotGivenToTheOther() {
    AdmissionQueue<String> queue = queue(1, 8);
    queue.offer("e1", EXPENSIVE);
    queue.offer("m1", MEDIUM);
    queue.offer("e2", EXPENSIVE);
    queue.offer("m2", MEDIUM);

    assertThat(queue.finish(EXPENSIVE)).containsExactly("e2");
    assertThat(queue.finish(MEDIUM)).containsExactly("m2");
    assertThat(queue.finish(EXPENSIVE)).isEmpty();
  }

  @Test
  void aNewcomer_doesNotOvertakeItsLanesWaitingQueriesOfItsClassOrCheaper() {
    AdmissionQueue<String> queue = queue(1, 8);
    queue.offer("m1", MEDIUM);
    queue.offer("c1", CHEAP);
    queue.finish(MEDIUM); // c1 runs
    queue.offer("m2", MEDIUM);

    assertThat(queue.offer("e1", EXPENSIVE)).as("its own lane is free").isEqualTo(Outcome.RUN);
    assertThat(queue.offer("c2", CHEAP)).isEqualTo(Outcome.QUEUED);
    assertThat(queue.finish(CHEAP)).as("cheap first").containsExactly("c2");
  }

  @Test
  void theQueueBound_countsBothLanes_andAWithdrawnQueryFreesItsPlace() {
    AdmissionQueue<String> queue = queue(1, 2);
    queue.offer("m1", MEDIUM);
    queue.offer("e0", EXPENSIVE);
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
    queue.finish(MEDIUM);
    assertThatThrownBy(() -> queue.finish(CHEAP))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no cheap request is running");
  }

  @Test
  void aQueryThatWaitedHalfTheQueueWait_goesBeforeCheaperOnes_theOldestFirst() {
    AdmissionQueue<String> queue = queue(1, 8);
    queue.offer("m1", MEDIUM);
    queue.offer("m2", MEDIUM);
    now.addAndGet(1_000_000_000L);
    queue.offer("m3", MEDIUM);
    now.set(OVERDUE - 1);
    queue.offer("c1", CHEAP);

    assertThat(queue.finish(MEDIUM)).as("m2 waited 5 s less 1 ns").containsExactly("c1");
    now.incrementAndGet();
    assertThat(queue.finish(CHEAP)).as("m2 waited 5 s, m3 4 s").containsExactly("m2");
    queue.offer("c2", CHEAP);
    assertThat(queue.finish(MEDIUM)).as("m3 waited 4 s").containsExactly("c2");
    now.addAndGet(1_000_000_000L);
    assertThat(queue.finish(CHEAP)).containsExactly("m3");
  }
}
