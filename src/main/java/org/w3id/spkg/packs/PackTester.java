package org.w3id.spkg.packs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.w3id.spkg.SpkgException;

/**
 * Runs pack queries with their defaults and compares each answer with its {@link Expectation}. A
 * query without an expectation fails, so that no query ships untested; so does one whose answer
 * could differ on another store ({@link PortableQuery}: SAMPLE, GROUP_CONCAT, RAND and the like, an
 * ORDER BY that leaves ties).
 */
public final class PackTester {

  private final PackRunner runner;
  private final Map<String, String> overrides;

  /**
   * @param overrides parameter values used instead of the defaults wherever a query has that
   *     parameter (the stand-in endpoint for {@code endpoint}, in tests)
   */
  public PackTester(PackRunner runner, Map<String, String> overrides) {
    this.runner = Objects.requireNonNull(runner, "runner");
    this.overrides = Map.copyOf(overrides);
  }

  /** Tests each query of {@code pack}, in order. */
  public List<Outcome> test(Pack pack) {
    List<Outcome> outcomes = new ArrayList<>();
    for (PackQuery q : pack.queries()) {
      outcomes.add(test(q));
    }
    return outcomes;
  }

  /** Tests one query; failures of any kind come back as a failed outcome with the reason. */
  public Outcome test(PackQuery query) {
    long start = System.nanoTime();
    try {
      Expectation expected = Expectation.of(query);
      PackResult result = runner.run(query, values(query));
      List<String> diff = new ArrayList<>(PortableQuery.problems(query));
      diff.addAll(PortableQuery.orderProblems(query.query(), result.table()));
      diff.addAll(expected.differences(result.table(), query.ordered()));
      return new Outcome(query, diff, result.table().size(), result.elapsed());
    } catch (SpkgException e) {
      return new Outcome(
          query, List.of(e.getMessage()), -1, Duration.ofNanos(System.nanoTime() - start));
    }
  }

  private Map<String, String> values(PackQuery query) {
    Map<String, String> values = new java.util.HashMap<>();
    overrides.forEach(
        (name, value) -> {
          if (query.parameter(name).isPresent()) {
            values.put(name, value);
          }
        });
    return values;
  }

  /**
   * The result of testing one query.
   *
   * @param differences what differs from the expectation (or why the query could not be tested);
   *     empty when it passed
   * @param rows rows answered, or -1 when the query did not run
   */
  public record Outcome(PackQuery query, List<String> differences, int rows, Duration elapsed) {

    public Outcome {
      differences = List.copyOf(differences);
    }

    public boolean passed() {
      return differences.isEmpty();
    }
  }
}
