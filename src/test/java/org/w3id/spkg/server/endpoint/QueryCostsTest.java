package org.w3id.spkg.server.endpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The cost model: a decayed average per key, its classes, and its bound. */
class QueryCostsTest {

  private static final long MS = 1_000_000L;

  @Test
  void anUnknownQuery_isMedium() {
    QueryCosts costs = new QueryCosts();

    assertThat(costs.classOf("sparql:0123")).isEqualTo(QueryClass.MEDIUM);
    assertThat(costs.averageNanos("sparql:0123")).isEqualTo(-1);
  }

  @Test
  void theFirstRun_setsTheAverage_andLaterRunsWeighThirtyPercent() {
    QueryCosts costs = new QueryCosts();

    costs.record("q", 10 * MS);
    assertThat(costs.averageNanos("q")).isEqualTo(10.0 * MS);
    costs.record("q", 110 * MS);

    assertThat(costs.averageNanos("q")).isCloseTo(40.0 * MS, offset(1.0));
  }

  @Test
  void theClass_followsTheAverageAcrossTheThresholdsPastTheMargin() {
    QueryCosts costs = new QueryCosts();

    costs.record("q", 20 * MS);
    assertThat(costs.classOf("q")).isEqualTo(QueryClass.CHEAP);
    costs.record("q", 2_000 * MS); // 20 + 0.3 × 1,980 = 614 ms
    assertThat(costs.classOf("q")).isEqualTo(QueryClass.MEDIUM);
    costs.record("q", 2_000 * MS); // 614 + 0.3 × 1,386 = 1,030 ms: not yet 1.5 s
    assertThat(costs.classOf("q")).isEqualTo(QueryClass.MEDIUM);
    costs.record("q", 4_000 * MS); // 1,030 + 0.3 × 2,970 = 1,921 ms
    assertThat(costs.classOf("q")).isEqualTo(QueryClass.EXPENSIVE);
  }

  @Test
  void aQueryWhoseAverageSitsAtAThreshold_keepsItsClass() {
    QueryCosts cheap = new QueryCosts();
    cheap.record("q", 90 * MS);
    QueryCosts medium = new QueryCosts();
    medium.record("q", 110 * MS);

    for (long ms : new long[] {120, 80, 140, 70, 130}) {
      cheap.record("q", ms * MS);
      medium.record("q", ms * MS);
      assertThat(cheap.classOf("q")).as("after %d ms", ms).isEqualTo(QueryClass.CHEAP);
      assertThat(medium.classOf("q")).as("after %d ms", ms).isEqualTo(QueryClass.MEDIUM);
    }
  }

  @Test
  void aClassChanges_onlyPastTheMargin_upOrDown() {
    assertThat(QueryClass.after(QueryClass.CHEAP, 149 * MS)).isEqualTo(QueryClass.CHEAP);
    assertThat(QueryClass.after(QueryClass.CHEAP, 150 * MS)).isEqualTo(QueryClass.MEDIUM);
    assertThat(QueryClass.after(QueryClass.CHEAP, 1_500 * MS)).isEqualTo(QueryClass.EXPENSIVE);
    assertThat(QueryClass.after(QueryClass.MEDIUM, 67 * MS)).isEqualTo(QueryClass.MEDIUM);
    assertThat(QueryClass.after(QueryClass.MEDIUM, 66 * MS)).isEqualTo(QueryClass.CHEAP);
    assertThat(QueryClass.after(QueryClass.MEDIUM, 1_499 * MS)).isEqualTo(QueryClass.MEDIUM);
    assertThat(QueryClass.after(QueryClass.EXPENSIVE, 667 * MS)).isEqualTo(QueryClass.EXPENSIVE);
    assertThat(QueryClass.after(QueryClass.EXPENSIVE, 666 * MS)).isEqualTo(QueryClass.MEDIUM);
    assertThat(QueryClass.after(QueryClass.EXPENSIVE, 66 * MS)).isEqualTo(QueryClass.CHEAP);
    assertThat(QueryClass.after(QueryClass.INSTANT, 14_999_999)).isEqualTo(QueryClass.INSTANT);
    assertThat(QueryClass.after(QueryClass.INSTANT, 15 * MS)).isEqualTo(QueryClass.CHEAP);
    assertThat(QueryClass.after(QueryClass.INSTANT, 150 * MS)).isEqualTo(QueryClass.MEDIUM);
    assertThat(QueryClass.after(QueryClass.CHEAP, 6_700_000)).isEqualTo(QueryClass.CHEAP);
    assertThat(QueryClass.after(QueryClass.CHEAP, 6_600_000)).isEqualTo(QueryClass.INSTANT);
    assertThat(QueryClass.after(QueryClass.EXPENSIVE, 6 * MS)).isEqualTo(QueryClass.INSTANT);
  }

  @Test
  void theThresholds_areInstantBelow10Ms_cheapBelow100Ms_andExpensiveFrom1s() {
    assertThat(QueryClass.ofNanos(Duration.ofMillis(9).toNanos())).isEqualTo(QueryClass.INSTANT);
    assertThat(QueryClass.ofNanos(Duration.ofMillis(10).toNanos())).isEqualTo(QueryClass.CHEAP);
    assertThat(QueryClass.ofNanos(Duration.ofMillis(99).toNanos())).isEqualTo(QueryClass.CHEAP);
    assertThat(QueryClass.ofNanos(Duration.ofMillis(100).toNanos())).isEqualTo(QueryClass.MEDIUM);
    assertThat(QueryClass.ofNanos(Duration.ofMillis(999).toNanos())).isEqualTo(QueryClass.MEDIUM);
    assertThat(QueryClass.ofNanos(Duration.ofSeconds(1).toNanos())).isEqualTo(QueryClass.EXPENSIVE);
    assertThat(QueryClass.EXPENSIVE.label()).isEqualTo("expensive");
    assertThat(QueryClass.INSTANT.label()).isEqualTo("instant");
  }

  @Test
  void beyondItsCapacity_itForgetsTheLeastRecentlyUsedKey() {
    QueryCosts costs = new QueryCosts(2);
    costs.record("a", 5 * MS);
    costs.record("b", 5 * MS);
    costs.classOf("a"); // a used after b

    costs.record("c", 5 * MS);

    assertThat(costs.size()).isEqualTo(2);
    assertThat(costs.averageNanos("b")).as("least recently used").isEqualTo(-1);
    assertThat(costs.classOf("a")).isEqualTo(QueryClass.INSTANT);
    assertThat(costs.classOf("c")).isEqualTo(QueryClass.INSTANT);
  }

  @Test
  void aCapacityBelowOne_isRefused() {
    assertThatThrownBy(() -> new QueryCosts(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1, got 0");
  }
}
