package org.w3id.spkg.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.RdfFileReader;
import org.w3id.spkg.TestFiles;
import org.w3id.spkg.vocab.SPKG;

/** The rules in the code and their descriptions in ontology/reference/rules.ttl agree. */
class RuleCatalogTest {

  @Test
  void everyRule_isDescribed_andEveryDescriptionIsARule() {
    Model rules =
        org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
            RdfFileReader.readGraph(TestFiles.ONTOLOGY.resolve("reference/rules.ttl")));
    Set<String> described = new TreeSet<>();
    rules
        .listSubjectsWithProperty(RDF.type, SPKG.ExtractionRule)
        .forEachRemaining(
            r -> {
              assertThat(r.getProperty(RDFS.comment)).as(r.getURI()).isNotNull();
              described.add(r.getURI());
            });
    Set<String> inCode =
        Arrays.stream(Rule.values()).map(Rule::iri).collect(Collectors.toCollection(TreeSet::new));
    assertThat(described).isEqualTo(inCode);
  }
}
