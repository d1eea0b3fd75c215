package org.w3id.spkg.ingest;

import java.util.List;

/**
 * What the relevance gate decided for one document (see {@link DocumentIngester#relevance}).
 *
 * @param label {@code space} (mainly about space activities), {@code mixed} (a part is) or {@code
 *     none}
 * @param score the summed weights of the cues of its statements about space and of its title
 * @param cues the cues that decided, the most frequent first
 * @param sections each section's decision, in document order
 */
public record DocumentRelevance(
    String label, double score, List<String> cues, List<SectionRelevance> sections) {

  public DocumentRelevance {
    cues = List.copyOf(cues);
    sections = List.copyOf(sections);
  }

  /** Whether the document is about space, wholly or in part. */
  public boolean aboutSpace() {
    return !label.equals("none");
  }

  /**
   * A section's decision.
   *
   * @param heading the heading's text
   * @param space whether the section is about space
   * @param score the summed weights of its heading's and statements' cues
   * @param cues the cues that decided
   */
  public record SectionRelevance(String heading, boolean space, double score, List<String> cues) {
    public SectionRelevance {
      cues = List.copyOf(cues);
    }
  }
}
