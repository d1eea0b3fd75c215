package org.w3id.spkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RdfFileReaderTest {

  @TempDir Path dir;

  @Test
  void readGraph_readsTurtleAndTrig_quadsIntoOneGraph() throws IOException {
    Path trig = dir.resolve("data.trig");
    Files.writeString(
        trig,
        "<http://example.org/g1> { <http://example.org/a> <http://example.org/p> 1 }"
            + " <http://example.org/g2> { <http://example.org/b> <http://example.org/p> 2 }"
            + " <http://example.org/c> <http://example.org/p> 3 .",
        StandardCharsets.UTF_8);
    assertThat(RdfFileReader.readGraph(trig).size()).isEqualTo(3);
  }

  @Test
  void syntaxError_isReportedWithFileLineAndColumn() throws IOException {
    Path bad = dir.resolve("bad.ttl");
    Files.writeString(
        bad,
        "<http://example.org/a> <http://example.org/p> 1 .\n<http://example.org/b> <http://example.org/p> .\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> RdfFileReader.readGraph(bad))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.source()).isEqualTo(bad.toString());
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.column()).isPositive();
              assertThat(e.getMessage()).startsWith(bad + ":2:").contains("Turtle");
            });
  }

  @Test
  void binaryFile_isRefusedWithItsName() throws IOException {
    Path binary = dir.resolve("image.ttl");
    Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, (byte) 0xff, (byte) 0xfe});
    assertThatThrownBy(() -> RdfFileReader.readGraph(binary))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith(binary.toString());
  }

  @Test
  void missingFile_unknownExtensionAndFolder_areRefusedClearly() throws IOException {
    Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
    assertThatThrownBy(() -> RdfFileReader.readGraph(dir.resolve("missing.ttl")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("no such file");
    assertThatThrownBy(() -> RdfFileReader.readGraph(text))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("unknown RDF syntax");
    assertThatThrownBy(() -> RdfFileReader.readGraph(dir))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("is a folder");
  }

  @Test
  void emptyFile_isAnEmptyGraph() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.ttl"), "");
    assertThat(RdfFileReader.readGraph(empty).isEmpty()).isTrue();
  }
}
