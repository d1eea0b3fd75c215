package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  private static final String PREFIXES =
      "@prefix spkg: <https://w3id.org/spkg/ontology#> .\n"
          + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n";

  @TempDir Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  @Test
  void referenceData_conforms() {
    CommandRun run = CommandRun.of("validate", "ontology/reference");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains(": conforms");
  }

  @Test
  void violation_isReportedWithFocusNodeLabelPathAndMessage() throws IOException {
    Path file =
        write(
            "atlantis.ttl",
            PREFIXES
                + "<https://w3id.org/spkg/id/nation/XA> a spkg:Nation ;"
                + " rdfs:label \"Atlantis\"@en ; spkg:isoAlpha2 \"XA\" .\n");
    CommandRun run = CommandRun.of("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains("Violation: nation:XA (\"Atlantis\")")
        .contains("path:    spkg:isoAlpha3")
        .contains("needs exactly one spkg:isoAlpha3")
        .contains("shape:   spkgsh:CountryShape")
        .contains("does not conform: 1 violation(s)");
  }

  @Test
  void turtleFormat_writesTheShaclReport() throws IOException {
    Path file =
        write(
            "atlantis.ttl",
            PREFIXES + "<https://w3id.org/spkg/id/nation/XA> a spkg:Nation ; rdfs:label \"A\" .\n");
    CommandRun run = CommandRun.of("validate", "--format", "turtle", file.toString());
    assertThat(run.exitCode()).isEqualTo(1);
    Model report = ModelFactory.createDefaultModel().read(new StringReader(run.out()), null, "TTL");
    assertThat(
            report.contains(
                null,
                RDF.type,
                report.createResource("http://www.w3.org/ns/shacl#ValidationReport")))
        .isTrue();
  }

  @Test
  void standalone_validatesTheFileWithoutReferenceData() throws IOException {
    // An agency whose nation is only typed in the reference data: fine with it, not without.
    Path file =
        write(
            "agency.ttl",
            PREFIXES
                + "<https://w3id.org/spkg/id/agency/x> a spkg:Agency ; rdfs:label \"X\" ;"
                + " spkg:nation <https://w3id.org/spkg/id/nation/JP> .\n");
    assertThat(CommandRun.of("validate", file.toString()).exitCode()).isZero();
    CommandRun alone = CommandRun.of("validate", "--standalone", file.toString());
    assertThat(alone.exitCode()).isEqualTo(1);
    assertThat(alone.out()).contains("spkg:nation");
  }

  @Test
  void syntaxError_exits3_withFileLineAndColumn() throws IOException {
    Path file = write("broken.ttl", PREFIXES + "<urn:a> a spkg:Nation ;\n  rdfs:label .\n");
    CommandRun run = CommandRun.of("validate", file.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("spkg: " + file + ":4:");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void missingFile_exits3_namingIt() {
    CommandRun run = CommandRun.of("validate", dir.resolve("nope.ttl").toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("nope.ttl").contains("no such file");
  }

  @Test
  void folderWithoutRdf_exits3() throws IOException {
    write("notes.md", "# not RDF");
    CommandRun run = CommandRun.of("validate", dir.toString());
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("folder has no RDF files");
  }

  @Test
  void noPath_isAUsageError() {
    CommandRun run = CommandRun.of("validate");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("PATH");
  }
}
