package org.w3id.spkg.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {

  @Test
  void resultsComeBackInTheOrderOfTheItems_whateverOrderTheyFinishIn() {
    List<Integer> items = IntStream.range(0, 200).boxed().toList();
    List<Integer> taken = new ArrayList<>();
    List<String> takenOn = new ArrayList<>();
    java.util.Set<String> workedOn = ConcurrentHashMap.newKeySet();
    InOrder.map(
        items,
        3,
        "test-pool",
        i -> {
          workedOn.add(Thread.currentThread().getName());
          // Earlier items take longer, so later ones finish first.
          busy((200 - i) % 7);
          return i * 2;
        },
        r -> {
          taken.add(r);
          takenOn.add(Thread.currentThread().getName());
          return true;
        });
    assertThat(taken).isEqualTo(items.stream().map(i -> i * 2).toList());
    assertThat(takenOn).containsOnly(Thread.currentThread().getName());
    assertThat(workedOn).allMatch(n -> n.startsWith("test-pool-"));
  }

  @Test
  void resultsWaitingToBeTaken_areBounded() {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger mostAhead = new AtomicInteger();
    AtomicInteger takenCount = new AtomicInteger();
    InOrder.map(
        IntStream.range(0, 500).boxed().toList(),
        2,
        "test-pool",
        i -> {
          int ahead = started.incrementAndGet() - takenCount.get();
          mostAhead.accumulateAndGet(ahead, Math::max);
          return i;
        },
        r -> {
          busy(1);
          takenCount.incrementAndGet();
          return true;
        });
    assertThat(takenCount).hasValue(500);
    // Two threads, four results each at most, plus the one being taken.
    assertThat(mostAhead.get()).isLessThanOrEqualTo(2 * 4 + 1);
  }

  @Test
  void anErrorOfTheWork_isThrownOnTheCallersThread() {
    List<Integer> taken = new ArrayList<>();
    assertThatThrownBy(
            () ->
                InOrder.map(
                    IntStream.range(0, 50).boxed().toList(),
                    2,
                    "test-pool",
                    i -> {
                      if (i == 20) {
                        throw new OutOfMemoryError("test");
                      }
                      return i;
                    },
                    taken::add))
        .isInstanceOf(OutOfMemoryError.class)
        .hasMessage("test");
    assertThat(taken).isEqualTo(IntStream.range(0, 20).boxed().toList());
  }

  @Test
  void oneThread_worksOnTheCallersThread() {
    List<String> on = new ArrayList<>();
    InOrder.map(List.of(1, 2), 1, "test-pool", i -> Thread.currentThread().getName(), on::add);
    assertThat(on).containsOnly(Thread.currentThread().getName());
    assertThat(InOrder.threadsFor(1)).isEqualTo(1);
    assertThat(InOrder.threadsFor(0)).isEqualTo(1);
  }

  @Test
  void whenAResultIsDeclined_noMoreAreTaken_andItsPositionIsReturned() {
    for (int threads : new int[] {1, 3}) {
      List<Integer> taken = new ArrayList<>();
      AtomicInteger worked = new AtomicInteger();
      int first =
          InOrder.map(
              IntStream.range(0, 1000).boxed().toList(),
              threads,
              "test-pool",
              i -> {
                worked.incrementAndGet();
                return i;
              },
              r -> r < 10 && taken.add(r));
      assertThat(first).as("threads %d", threads).isEqualTo(10);
      assertThat(taken).isEqualTo(IntStream.range(0, 10).boxed().toList());
      // Work stops with the window: a few results ahead at most, not the thousand.
      assertThat(worked.get()).isLessThanOrEqualTo(10 + threads * 4 + 1);
    }
  }

  private static void busy(int millis) {
    long end = System.nanoTime() + millis * 1_000_000L;
    while (System.nanoTime() < end) {
      Thread.onSpinWait();
    }
  }
}
