package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentKeysTest {

  @Test
  void aNewSource_getsItsFileNameKey_andTheSameSourceKeepsIt() {
    DocumentKeys keys = new DocumentKeys(Map.of());

    assertThat(keys.assign("https://example.org/a 2024-01-02", "a"))
        .isEqualTo(new DocumentKeys.Assigned("a", false));
    assertThat(keys.assign("https://example.org/a 2024-01-02", "a"))
        .isEqualTo(new DocumentKeys.Assigned("a", true));
  }

  @Test
  void anotherSourceWithTheSameName_getsTheNameAndAHashOfItsSource_stableAcrossRuns() {
    DocumentKeys keys = new DocumentKeys(Map.of());
    keys.assign("https://example.org/one/a 2024-01-02", "a");

    DocumentKeys.Assigned second = keys.assign("https://example.org/two/a 2024-01-02", "a");

    assertThat(second.key()).matches("a-[0-9a-f]{8}").isNotEqualTo("a");
    assertThat(second.replaces()).isFalse();
    DocumentKeys later =
        new DocumentKeys(
            Map.of(
                "a",
                "https://example.org/one/a 2024-01-02",
                second.key(),
                "https://example.org/two/a 2024-01-02"));
    assertThat(later.assign("https://example.org/two/a 2024-01-02", "a"))
        .isEqualTo(new DocumentKeys.Assigned(second.key(), true));
    assertThat(later.assign("https://example.org/three/a 2024-01-02", "a").key())
        .isNotIn("a", second.key())
        .startsWith("a-");
  }

  @Test
  void twoStoredGraphsOfOneSource_bothKeepTheirKeys_andAPlaceholderUrlIsNoSource() {
    DocumentKeys keys =
        new DocumentKeys(
            Map.of(
                "a", "https://example.org/a 2024-01-02", "b", "https://example.org/a 2024-01-02"));

    assertThat(keys.assign("https://example.org/other 2024-01-02", "b").key())
        .as("b is held though its source is a's too")
        .startsWith("b-");
    assertThat(DocumentKeys.sourceIdentifier("unknown", "2024-01-02", "x/note.md"))
        .isEqualTo("path:x/note.md");
  }

  @Test
  void aPageRepublishedUnderANewDate_isAnotherDocument() {
    String first = DocumentKeys.sourceIdentifier("https://example.org/list/", "2025-05-06", "x.md");
    String second =
        DocumentKeys.sourceIdentifier("https://example.org/list/", "2025-05-16", "y.md");

    assertThat(first).isNotEqualTo(second);
    assertThat(DocumentKeys.sourceIdentifier(null, "2025-05-06", "folder/x.md"))
        .isEqualTo("path:folder/x.md");
  }

  @Test
  void aGraphOfUnknownSource_isTakenByTheFileOfItsName_butNotByASourceUrl() {
    DocumentKeys keys = new DocumentKeys(Map.of("a", DocumentKeys.UNKNOWN_PREFIX + "graph/a"));

    assertThat(keys.assign("https://example.org/a 2024-01-02", "a").key()).startsWith("a-");
    assertThat(keys.assign("path:a.md", "a")).isEqualTo(new DocumentKeys.Assigned("a", true));
  }
}
