package org.w3id.spkg.vocab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.w3id.spkg.RdfFileReader;
import org.w3id.spkg.TestFiles;

/** Every Turtle file of the ontology folder parses with Jena and with RDF4J Rio, alike. */
class OntologyFilesParseTest {

  @TestFactory
  Stream<DynamicTest> everyTurtleFile_parsesWithJenaAndRio_toTheSameNumberOfTriples() {
    return TestFiles.filesBelow(TestFiles.ONTOLOGY, ".ttl").stream()
        .map(file -> DynamicTest.dynamicTest(file.toString(), () -> checkParses(file)));
  }

  private static void checkParses(Path file) throws IOException {
    Graph jena = RdfFileReader.readGraph(file);
    Model rio;
    try (InputStream in = Files.newInputStream(file)) {
      rio = Rio.parse(in, file.toUri().toString(), RDFFormat.TURTLE);
    }
    assertThat(jena.size()).as("triples read by Jena from %s", file).isPositive();
    assertThat(rio.size()).as("triples read by Rio from %s", file).isEqualTo(jena.size());
  }
}
