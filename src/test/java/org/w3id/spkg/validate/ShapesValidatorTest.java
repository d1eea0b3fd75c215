package org.w3id.spkg.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.w3id.spkg.RdfFileReader;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.OntologyFiles;

/**
 * The shapes catch each defect they are written for, and nothing else: each file in {@code
 * shapes/invalid/} names the results it must produce in {@code # expect:} lines.
 */
class ShapesValidatorTest {

  private static final Path FIXTURES = Path.of("src/test/resources/shapes");
  private static final ShapesValidator VALIDATOR =
      ShapesValidator.withBackground(OntologyFiles.at(TestFiles.ONTOLOGY));

  @Test
  void commonFixture_conforms() {
    ValidationOutcome outcome =
        VALIDATOR.validate(RdfFileReader.readGraph(FIXTURES.resolve("common.ttl")));
    assertThat(outcome.results()).isEmpty();
    assertThat(outcome.conforms()).isTrue();
  }

  @Test
  void modellingExamples_conform() {
    Graph examples =
        RdfFileReader.readGraph(TestFiles.ONTOLOGY.resolve("examples/modelling-patterns.ttl"));
    ValidationOutcome outcome = VALIDATOR.validate(examples);
    assertThat(outcome.results()).isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> eachInvalidFixture_givesExactlyTheExpectedResults() {
    return TestFiles.filesBelow(FIXTURES.resolve("invalid"), ".ttl").stream()
        .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
  }

  private static void check(Path file) throws IOException {
    Set<String> expected =
        Files.readAllLines(file).stream()
            .filter(line -> line.startsWith("# expect: "))
            .map(line -> line.substring("# expect: ".length()).trim())
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(expected).as("expect lines in %s", file).isNotEmpty();

    Graph data = RdfFileReader.readGraph(FIXTURES.resolve("common.ttl"));
    RdfFileReader.readInto(file, data);
    ValidationOutcome outcome = VALIDATOR.validate(data);

    Set<String> actual =
        outcome.results().stream()
            .map(v -> v.focus() + " " + v.shape() + " " + (v.path().isEmpty() ? "-" : v.path()))
            .collect(Collectors.toCollection(TreeSet::new));
    assertThat(outcome.conforms()).isFalse();
    assertThat(actual).isEqualTo(expected);
    assertThat(outcome.results()).allSatisfy(v -> assertThat(v.message()).isNotBlank());
  }
}
