package org.w3id.spkg.eval;

/**
 * A confusion count and the figures drawn from it.
 *
 * @param truePositives found and expected
 * @param falsePositives found, not expected (spurious)
 * @param falseNegatives expected, not found (missed)
 */
public record Scores(int truePositives, int falsePositives, int falseNegatives) {

  /** No counts yet. */
  public static final Scores NONE = new Scores(0, 0, 0);

  /** These counts and {@code other}'s, added. */
  public Scores plus(Scores other) {
    return new Scores(
        truePositives + other.truePositives,
        falsePositives + other.falsePositives,
        falseNegatives + other.falseNegatives);
  }

  /** Found and expected over found; 1 when nothing was found (nothing spurious). */
  public double precision() {
    int found = truePositives + falsePositives;
    return found == 0 ? 1.0 : (double) truePositives / found;
  }

  /** Found and expected over expected; 1 when nothing was expected (nothing missed). */
  public double recall() {
    int expected = truePositives + falseNegatives;
    return expected == 0 ? 1.0 : (double) truePositives / expected;
  }

  /** The harmonic mean of precision and recall. */
  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
