package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.w3id.spkg.server.MediaTypes.ENTITY_VARIANTS;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.spkg.server.MediaTypes.MediaRange;
import org.w3id.spkg.server.MediaTypes.Variant;

/** Accept headers as real clients send them, and the edge cases of RFC 9110's rules. */
class MediaTypesTest {

  static Stream<Arguments> realClients() {
    return Stream.of(
        Arguments.of("curl", "*/*", Variant.TURTLE),
        Arguments.of("no Accept header", null, Variant.TURTLE),
        Arguments.of("empty Accept header", "", Variant.TURTLE),
        Arguments.of(
            "Chrome",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
            Variant.HTML),
        Arguments.of(
            "Firefox",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            Variant.HTML),
        Arguments.of(
            "Firefox (older)",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,*/*;q=0.8",
            Variant.HTML),
        Arguments.of(
            "Internet Explorer 11",
            "text/html, application/xhtml+xml, image/jxr, */*",
            Variant.HTML),
        Arguments.of(
            "Jena RDFDataMgr, graphs",
            "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,"
                + "application/rdf+xml;q=0.7,*/*;q=0.3",
            Variant.TURTLE),
        Arguments.of(
            "Jena RDFDataMgr, datasets",
            "application/trig,application/n-quads;q=0.9,application/ld+json;q=0.8,*/*;q=0.3",
            Variant.JSONLD),
        Arguments.of(
            "RDF4J Rio, Turtle preferred",
            "application/n-triples;q=0.7, text/plain;q=0.7, application/rdf+xml;q=0.4, "
                + "application/xml;q=0.4, text/xml;q=0.4, text/turtle, application/x-turtle, "
                + "application/trig;q=0.8, application/x-trig;q=0.8, application/n-quads;q=0.7, "
                + "text/x-nquads;q=0.7, application/ld+json;q=0.8",
            Variant.TURTLE),
        Arguments.of(
            "rdflib, format=turtle",
            "text/turtle, application/x-turtle, */*;q=0.1",
            Variant.TURTLE),
        Arguments.of(
            "rdflib, format=json-ld",
            "application/ld+json, application/json;q=0.9, */*;q=0.1",
            Variant.JSONLD),
        Arguments.of("rdflib, format=xml", "application/rdf+xml, */*;q=0.1", Variant.RDFXML),
        Arguments.of(
            "rdflib (old)", "application/rdf+xml,application/xhtml+xml;q=0.5", Variant.RDFXML),
        Arguments.of("N-Triples client", "application/n-triples", Variant.NTRIPLES),
        Arguments.of(
            "N-Triples preferred, RDF/XML accepted",
            "application/n-triples; q=1.0, application/rdf+xml; q=0.9",
            Variant.NTRIPLES),
        Arguments.of("fetch() of a JSON API", "application/json", Variant.JSONLD),
        Arguments.of(
            "JSON-LD with a profile",
            "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#compacted\","
                + "text/turtle;q=0.5",
            Variant.JSONLD));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realClients")
  void choose_realClientHeader_givesTheExpectedVariant(
      String client, String accept, Variant expected) {
    assertThat(MediaTypes.choose(accept, ENTITY_VARIANTS)).contains(expected);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("text/*", Variant.TURTLE),
        Arguments.of("application/*", Variant.JSONLD),
        Arguments.of("Text/Turtle", Variant.TURTLE),
        Arguments.of("text/html;q=0.1, text/turtle;q=0.5", Variant.TURTLE),
        Arguments.of("text/turtle ; q=0.5 , application/ld+json; q=0.6", Variant.JSONLD),
        Arguments.of("text/turtle;q=0, */*", Variant.JSONLD),
        Arguments.of("*/*;q=0.1, text/html;q=0", Variant.TURTLE),
        Arguments.of("application/ld+json, */*", Variant.JSONLD),
        Arguments.of("text/html, */*", Variant.HTML),
        Arguments.of("text/html, text/turtle", Variant.TURTLE),
        Arguments.of("application/rdf+xml;q=0.5, text/html;q=.3", Variant.RDFXML),
        Arguments.of("text/html;q=abc, application/n-triples;q=0.2", Variant.NTRIPLES),
        Arguments.of("garbage", Variant.TURTLE),
        Arguments.of("text/*;q=0.5, text/html", Variant.HTML),
        Arguments.of("text/*, text/turtle;q=0.2", Variant.HTML),
        Arguments.of("*/*;q=0.5, application/*;q=0.9, text/turtle;q=0.7", Variant.JSONLD),
        Arguments.of("*/*;q=0.9, application/n-triples;q=0.9", Variant.NTRIPLES),
        Arguments.of("application/x-turtle", Variant.TURTLE),
        Arguments.of("application/json;q=0, application/*", Variant.JSONLD));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void choose_edgeCase_followsTheRules(String accept, Variant expected) {
    assertThat(MediaTypes.choose(accept, ENTITY_VARIANTS)).contains(expected);
  }

  @Test
  void choose_nothingOnOffer_isEmpty() {
    assertThat(MediaTypes.choose("image/png", ENTITY_VARIANTS)).isEmpty();
    assertThat(MediaTypes.choose("text/turtle;q=0", ENTITY_VARIANTS)).isEmpty();
    assertThat(MediaTypes.choose("*/*;q=0", ENTITY_VARIANTS)).isEmpty();
    assertThat(MediaTypes.choose("application/xml, text/xml", ENTITY_VARIANTS)).isEmpty();
  }

  @Test
  void choose_onlyOffered_neverAnotherVariant() {
    assertThat(MediaTypes.choose("text/html", List.of(Variant.TURTLE))).isEmpty();
    assertThat(MediaTypes.choose("*/*", List.of(Variant.HTML, Variant.TURTLE)))
        .contains(Variant.HTML);
  }

  @Test
  void parse_keepsParametersAndQualityAndSkipsUnreadableRanges() {
    List<MediaRange> ranges =
        MediaTypes.parse(
            "text/html;level=1;q=0.7;ext=x, application/ld+json;profile=\"a,b;c\", bad, */x,"
                + " text/plain;q=2, ,image/*;q=.5");
    assertThat(ranges)
        .containsExactly(
            new MediaRange("text", "html", Map.of("level", "1"), 0.7),
            new MediaRange("application", "ld+json", Map.of("profile", "a,b;c"), 1),
            new MediaRange("image", "*", Map.of(), 0.5));
  }

  @Test
  void mediaRange_outOfRangeQuality_isRefused() {
    assertThatThrownBy(() -> new MediaRange("text", "html", Map.of(), 1.5))
        .hasMessageContaining("between 0 and 1, got 1.5");
  }

  @Test
  void forFormat_everyDocumentedName_namesItsVariant() {
    Map<String, Variant> names =
        Map.of(
            "ttl", Variant.TURTLE,
            "turtle", Variant.TURTLE,
            "jsonld", Variant.JSONLD,
            "json", Variant.JSONLD,
            "rdf", Variant.RDFXML,
            "xml", Variant.RDFXML,
            "nt", Variant.NTRIPLES,
            "ntriples", Variant.NTRIPLES,
            "html", Variant.HTML,
            "TTL", Variant.TURTLE);
    names.forEach((name, v) -> assertThat(Variant.forFormat(name)).as(name).contains(v));
    assertThat(Variant.forFormat("n3")).isEqualTo(Optional.empty());
    assertThat(Variant.forFormat(null)).isEmpty();
  }

  @Test
  void describe_listsMediaTypesWithTheirFormatNames() {
    assertThat(MediaTypes.describe(ENTITY_VARIANTS))
        .contains("text/turtle (?format=ttl, ?format=turtle)")
        .contains("application/ld+json (?format=jsonld, ?format=json)")
        .contains("text/html (?format=html)");
  }
}
