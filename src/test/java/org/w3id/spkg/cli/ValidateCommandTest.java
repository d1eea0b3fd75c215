package org.w3id.spkg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
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

  /** A JSON-LD file with one nation, its terms from the context {@code context}. */
  private Path jsonLd(String name, String context) throws IOException {
    return write(
        name,
        "{\"@context\": \""
            + context
            + "\", \"@id\": \"https://w3id.org/spkg/id/nation/JP\", \"label\": \"Japan\"}");
  }

  @Test
  void remoteJsonLdContext_isNotFetched_andTheFileIsRefused() throws IOException {
    AtomicInteger requests = new AtomicInteger();
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] context =
        "{\"@context\": {\"label\": \"http://www.w3.org/2000/01/rdf-schema#label\"}}"
            .getBytes(StandardCharsets.UTF_8);
    server.createContext(
        "/",
        exchange -> {
          requests.incrementAndGet();
          exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
          exchange.sendResponseHeaders(200, context.length);
          try (var body = exchange.getResponseBody()) {
            body.write(context);
          }
        });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/ctx";
      Path file = jsonLd("remote.jsonld", url);

      CommandRun run = CommandRun.of("validate", file.toString());

      assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
      assertThat(run.err())
          .contains(file + ": the @context " + url + " is remote")
          .contains("--allow-remote-context");
      assertThat(requests).hasValue(0);

      CommandRun allowed = CommandRun.of("validate", "--allow-remote-context", file.toString());
      assertThat(allowed.exitCode()).as(allowed.out() + allowed.err()).isIn(0, 1);
      assertThat(requests).hasValue(1);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void fileJsonLdContext_isNotRead_andTheFileIsRefused() throws IOException {
    Path file = jsonLd("local.jsonld", "file:///etc/hostname");

    CommandRun run = CommandRun.of("validate", file.toString());

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.err())
        .contains(file + ": the @context file:")
        .contains("/etc/hostname is remote")
        .contains("--allow-remote-context");
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
