package org.w3id.spkg.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.spkg.InputException;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.OntologyFiles;

class CorpusGeneratorTest {

  private static CorpusGenerator generator;

  @TempDir Path dir;

  @BeforeAll
  static void create() {
    generator = CorpusGenerator.create(OntologyFiles.at(TestFiles.ONTOLOGY));
  }

  @Test
  void sameSeed_writesTheSameBytes() throws IOException {
    generator.write(dir.resolve("a"), 30, 7, false);
    generator.write(dir.resolve("b"), 30, 7, false);
    List<String> names = names(dir.resolve("a"));
    assertThat(names).hasSize(31).isEqualTo(names(dir.resolve("b")));
    for (String name : names) {
      assertThat(Files.readAllBytes(dir.resolve("b").resolve(name)))
          .as(name)
          .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(name)));
    }
  }

  @Test
  void anotherSeed_givesOtherDocumentsAndOtherPrograms() {
    List<GeneratedDocument> one = generator.documents(1).limit(10).toList();
    List<GeneratedDocument> two = generator.documents(2).limit(10).toList();
    for (int i = 0; i < 10; i++) {
      assertThat(two.get(i).text()).isNotEqualTo(one.get(i).text());
    }
    Set<String> acronyms = new HashSet<>(acronyms(one));
    acronyms.retainAll(acronyms(two));
    assertThat(acronyms.size()).isLessThan(acronyms(one).size() / 4);
  }

  @Test
  void documentN_doesNotDependOnHowManyAreAsked() {
    List<GeneratedDocument> few = generator.documents(5).limit(5).toList();
    List<GeneratedDocument> more = generator.documents(5).limit(12).toList();
    assertThat(more.subList(0, 5)).isEqualTo(few);
  }

  @Test
  void documents_areInTheGenre() {
    Pattern date = Pattern.compile("(?m)^date: '(\\d{4}-\\d{2}-\\d{2})'$");
    for (GeneratedDocument doc : generator.documents(11).limit(50).toList()) {
      String text = doc.text();
      assertThat(text).startsWith("---\n").contains("\ntitle: \"").endsWith("\\###\n");
      Matcher m = date.matcher(text);
      assertThat(m.find()).as(doc.fileName()).isTrue();
      LocalDate d = LocalDate.parse(m.group(1));
      assertThat(d).isBetween(LocalDate.of(2015, 1, 1), LocalDate.of(2030, 12, 31));
      assertThat(doc.fileName()).matches("\\d{7}-" + d + "-[a-z0-9-]+\\.md");
      assertThat(text).contains("source_url: https://example.org/bench/" + d.getYear() + "/");
      assertThat(doc.initiatives()).isBetween(3, 12);
      assertThat(text.split("\n-   \\*\\*", -1)).hasSize(doc.initiatives() + 1);
      assertThat(doc.sections()).isGreaterThanOrEqualTo(Math.min(2, doc.initiatives()));
      assertThat(doc.sentences()).isGreaterThan(doc.initiatives());
      assertThat(text).doesNotContain("{").doesNotContain("}");
      String body = text.substring(text.indexOf("\n---\n") + 5);
      for (String line : body.split("\n")) {
        if (!line.startsWith("#")) {
          assertThat(line.length()).as(line).isLessThanOrEqualTo(72);
        }
      }
    }
  }

  @Test
  void inventedPrograms_areDefinedOncePerCorpus_andNoneIsAReferenceName() {
    List<GeneratedDocument> docs = generator.documents(3).limit(200).toList();
    List<String> acronyms = acronyms(docs);
    assertThat(acronyms).hasSizeGreaterThan(300).doesNotHaveDuplicates();
    ReferenceNames reference =
        ReferenceNames.of(OntologyFiles.at(TestFiles.ONTOLOGY).reference(), Set.of());
    for (String a : acronyms) {
      assertThat(reference.surfaces).doesNotContain(a);
      assertThat(docs.stream().filter(d -> d.text().contains("(" + a + ")")).count()).as(a).isOne();
    }
  }

  @Test
  void manifest_hasARowPerDocument_withItsBytesAndCounts() throws IOException {
    CorpusSummary summary = generator.write(dir.resolve("c"), 8, 9, false);
    List<String> rows = Files.readAllLines(summary.manifest(), StandardCharsets.UTF_8);
    assertThat(rows).hasSize(9);
    assertThat(rows.get(0)).isEqualTo(CorpusGenerator.MANIFEST_HEADER);
    List<GeneratedDocument> docs = generator.documents(9).limit(8).toList();
    long bytes = 0;
    for (int i = 0; i < 8; i++) {
      String[] cells = rows.get(i + 1).split("\t");
      GeneratedDocument doc = docs.get(i);
      Path file = dir.resolve("c").resolve(cells[0]);
      assertThat(cells[0]).isEqualTo(doc.fileName());
      assertThat(Long.parseLong(cells[1])).isEqualTo(Files.size(file));
      assertThat(Integer.parseInt(cells[3])).isEqualTo(doc.initiatives());
      assertThat(Integer.parseInt(cells[4])).isEqualTo(doc.sentences());
      assertThat(Integer.parseInt(cells[5])).isEqualTo(doc.acronyms().size());
      bytes += Files.size(file);
    }
    assertThat(summary.bytes()).isEqualTo(bytes);
    assertThat(summary.documents()).isEqualTo(8);
    assertThat(summary.initiatives())
        .isEqualTo(docs.stream().mapToLong(GeneratedDocument::initiatives).sum());
  }

  @Test
  void outThatIsAFile_isRefused() throws IOException {
    Path file = Files.writeString(dir.resolve("file.txt"), "x");
    assertThatThrownBy(() -> generator.write(file, 3, 1, true))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(file + ": is a file, not a folder");
  }

  @Test
  void aFolderThatIsNotEmpty_isRefused_andLeftAlone() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("busy"));
    Files.writeString(folder.resolve("notes.md"), "mine");
    assertThatThrownBy(() -> generator.write(folder, 3, 1, false))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not empty (1 entry)")
        .hasMessageContaining("--force");
    assertThat(names(folder)).containsExactly("notes.md");
  }

  @Test
  void replace_deletesAnEarlierCorpus_andKeepsOtherFiles() throws IOException {
    Path folder = dir.resolve("again");
    generator.write(folder, 6, 1, false);
    Files.writeString(folder.resolve("notes.txt"), "mine");
    CorpusSummary summary = generator.write(folder, 2, 2, true);
    assertThat(summary.otherEntries()).isOne();
    assertThat(names(folder)).hasSize(4).contains("notes.txt", CorpusGenerator.MANIFEST);
    assertThat(names(folder).stream().filter(n -> n.endsWith(".md")))
        .containsExactlyElementsOf(
            generator.documents(2).limit(2).map(GeneratedDocument::fileName).toList());
  }

  @Test
  void documentCountOutOfRange_isRefused() {
    assertThatThrownBy(() -> generator.write(dir.resolve("none"), 0, 1, false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(dir.resolve("none")).doesNotExist();
  }

  private static List<String> acronyms(List<GeneratedDocument> docs) {
    return docs.stream().flatMap(d -> d.acronyms().stream()).toList();
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
