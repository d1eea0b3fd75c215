package org.w3id.spkg.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.w3id.spkg.InputException;
import org.w3id.spkg.ingest.DocumentIngester;
import org.w3id.spkg.ingest.DocumentRelevance;
import org.w3id.spkg.ingest.SourceDocument;

/**
 * Measures the relevance gate against documents labelled by reading ({@link RelevanceLabels}):
 * precision and recall of "about space" for documents, and for the sections of documents whose
 * label names them (or that are not about space at all, so every section is not).
 */
public final class RelevanceEvaluation {

  /**
   * A document on which the gate and the label disagree.
   *
   * @param path the document
   * @param label what the reader said
   * @param decided what the gate said
   * @param score the gate's score
   * @param cues the cues that decided
   */
  public record Disagreement(
      String path, String label, String decided, double score, List<String> cues) {}

  /**
   * What the measurement found.
   *
   * @param documents "about space" (space or mixed) for documents
   * @param sections "about space" for the sections that could be judged
   * @param disagreements every document the gate got wrong
   * @param missing labelled paths that are not below the archive root
   */
  public record Result(
      Scores documents, Scores sections, List<Disagreement> disagreements, List<String> missing) {}

  private RelevanceEvaluation() {}

  /**
   * Decides every labelled document below {@code root} and compares.
   *
   * @throws InputException if none of the labelled documents is there
   */
  public static Result run(
      DocumentIngester ingester, List<RelevanceLabels.Label> labels, Path root) {
    Scores documents = Scores.NONE;
    Scores sections = Scores.NONE;
    List<Disagreement> wrong = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (RelevanceLabels.Label label : labels) {
      Path file = root.resolve(label.path());
      if (!Files.isRegularFile(file)) {
        missing.add(label.path());
        continue;
      }
      DocumentRelevance decided = ingester.relevance(SourceDocument.read(file, root));
      documents = documents.plus(count(label.aboutSpace(), decided.aboutSpace()));
      if (label.aboutSpace() != decided.aboutSpace()) {
        wrong.add(
            new Disagreement(
                label.path(), label.label(), decided.label(), decided.score(), decided.cues()));
      }
      if (!label.aboutSpace() || !label.spaceSections().isEmpty()) {
        sections = sections.plus(sections(label, decided));
      }
    }
    if (missing.size() == labels.size()) {
      throw new InputException(
          root.toString(),
          "none of the "
              + labels.size()
              + " labelled documents is below this folder; is it the"
              + " archive's root?");
    }
    return new Result(documents, sections, List.copyOf(wrong), List.copyOf(missing));
  }

  private static Scores sections(RelevanceLabels.Label label, DocumentRelevance decided) {
    Set<String> expected = new HashSet<>();
    label.spaceSections().forEach(h -> expected.add(fold(h)));
    Set<String> seen = new HashSet<>();
    Scores scores = Scores.NONE;
    for (DocumentRelevance.SectionRelevance s : decided.sections()) {
      String heading = fold(s.heading());
      boolean gold = expected.contains(heading);
      seen.add(heading);
      scores = scores.plus(count(gold, s.space()));
    }
    expected.removeAll(seen);
    // A labelled heading the reader saw that is no section of the parse: missed.
    return scores.plus(new Scores(0, 0, expected.size()));
  }

  private static Scores count(boolean expected, boolean found) {
    return new Scores(
        expected && found ? 1 : 0, !expected && found ? 1 : 0, expected && !found ? 1 : 0);
  }

  /** Lower case, letters and digits only, single spaces. */
  static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
