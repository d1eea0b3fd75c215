package org.w3id.spkg.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The threads of the slow lane lower their own operating-system priority, and only their own: read
 * back from {@code /proc}, where there is one (Linux), with {@code renice} installed and allowed.
 */
class LowPriorityThreadsTest {

  private static void assumeLinuxWithRenice() throws Exception {
    assumeThat(LowPriorityThreads.ownThreadId())
        .as("/proc/thread-self: thread priorities are lowered on Linux only")
        .isNotNull();
    assumeThat(ReniceProbe.worksHere()).as("renice installed and allowed here").isTrue();
  }

  @Test
  void aThreadFromTheFactory_runsAtTheNiceValue_andTheCallerKeepsItsOwn() throws Exception {
    assumeLinuxWithRenice();
    String caller = LowPriorityThreads.ownThreadId();
    Integer callerNice = LowPriorityThreads.niceOf(caller);
    assertThat(callerNice).as("read from /proc/self/task/%s/stat", caller).isNotNull();
    assumeThat(callerNice).as("this JVM runs at a nice value below 12").isLessThan(12);
    ExecutorService lane = Executors.newSingleThreadExecutor(new LowPriorityThreads("t-", 12));
    try {
      CompletableFuture<String> tid =
          CompletableFuture.supplyAsync(LowPriorityThreads::ownThreadId, lane);
      CompletableFuture<Boolean> lowered =
          CompletableFuture.supplyAsync(
              () -> LowPriorityThreads.isLowered(Thread.currentThread()), lane);

      assertThat(LowPriorityThreads.niceOf(tid.get(10, TimeUnit.SECONDS))).isEqualTo(12);
      assertThat(tid.get()).isNotEqualTo(caller);
      assertThat(LowPriorityThreads.niceOf(caller)).as("the caller's").isEqualTo(callerNice);
      assertThat(lowered.get(10, TimeUnit.SECONDS)).isTrue();
      assertThat(LowPriorityThreads.isLowered(Thread.currentThread())).isFalse();
    } finally {
      lane.shutdownNow();
    }
  }

  @Test
  void theThreadsAreNamedAndDaemons() {
    Thread thread = new LowPriorityThreads("slow-", 10).newThread(() -> {});

    assertThat(thread.getName()).isEqualTo("slow-1");
    assertThat(thread.isDaemon()).isTrue();
  }

  @Test
  void aNiceValueThatDoesNotLowerThePriority_isRefused() {
    assertThatThrownBy(() -> new LowPriorityThreads("x-", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 to 19");
    assertThatThrownBy(() -> new LowPriorityThreads("x-", 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("got 20");
  }
}
