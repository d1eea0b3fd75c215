package org.w3id.spkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The corpus ships the seed fact sheet byte for byte. */
class CorpusTest {

  static final String SEED =
      "2023-12-20-fact-sheet-strengthening-us-international-space-partnerships.md";

  @Test
  void corpus_holdsTheSeedFactSheet() throws IOException {
    List<Path> files = TestFiles.filesBelow(TestFiles.CORPUS, ".md");
    assertThat(files).extracting(p -> p.getFileName().toString()).contains(SEED);
    assertThat(Files.readString(TestFiles.CORPUS.resolve(SEED))).startsWith("---\n");
  }

  @Test
  void seedInCorpus_isByteIdenticalToTheSharedSeed() throws IOException {
    Path shared = Path.of("..", "shared", "seed", SEED);
    assumeTrue(Files.isRegularFile(shared), "no ../shared/seed beside this checkout");
    assertThat(Files.readAllBytes(TestFiles.CORPUS.resolve(SEED)))
        .isEqualTo(Files.readAllBytes(shared));
  }
}
