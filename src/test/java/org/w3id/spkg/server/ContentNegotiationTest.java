package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.spkg.packs.ResultFormat;
import org.w3id.spkg.server.api.PackFormats;
import org.w3id.spkg.server.http.ContentNegotiation;
import org.w3id.spkg.server.http.ContentNegotiation.Chosen;
import org.w3id.spkg.server.http.ContentNegotiation.MediaRange;
import org.w3id.spkg.server.http.ContentNegotiation.Offer;
import org.w3id.spkg.server.http.ContentNegotiation.Outcome;
import org.w3id.spkg.server.http.ContentNegotiation.Refused;
import org.w3id.spkg.server.pages.EntityResource;

/**
 * The whole content negotiation policy of the server, in one place: Accept headers as real clients
 * send them, the edge cases of RFC 9110's rules, ties, aliases, {@code ?format=}, and the 400 and
 * 406 answers. The entity documents ({@link EntityResource#FORMATS}) serve as the example offers.
 */
class ContentNegotiationTest {

  private static final ContentNegotiation<String> ENTITY = EntityResource.FORMATS;

  private static Optional<String> choose(String accept, ContentNegotiation<String> offers) {
    return offers.choose(accept).map(Offer::value);
  }

  private static ContentNegotiation<String> only(String... formats) {
    return ContentNegotiation.of(
        List.of(formats).stream().map(f -> ENTITY.byFormat(f).orElseThrow()).toList());
  }

  static Stream<Arguments> realClients() {
    return Stream.of(
        Arguments.of("curl", "*/*", "ttl"),
        Arguments.of("no Accept header", null, "ttl"),
        Arguments.of("empty Accept header", "", "ttl"),
        Arguments.of(
            "Chrome",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
                + "image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7",
            "html"),
        Arguments.of(
            "Firefox", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", "html"),
        Arguments.of(
            "Firefox (older)",
            "text/html,application/xhtml+xml,application/xml;q=0.9,image/webp,*/*;q=0.8",
            "html"),
        Arguments.of(
            "Internet Explorer 11", "text/html, application/xhtml+xml, image/jxr, */*", "html"),
        Arguments.of(
            "Jena RDFDataMgr, graphs",
            "text/turtle,application/n-triples;q=0.9,application/ld+json;q=0.8,"
                + "application/rdf+xml;q=0.7,*/*;q=0.3",
            "ttl"),
        Arguments.of(
            "Jena RDFDataMgr, datasets",
            "application/trig,application/n-quads;q=0.9,application/ld+json;q=0.8,*/*;q=0.3",
            "jsonld"),
        Arguments.of(
            "RDF4J Rio, Turtle preferred",
            "application/n-triples;q=0.7, text/plain;q=0.7, application/rdf+xml;q=0.4, "
                + "application/xml;q=0.4, text/xml;q=0.4, text/turtle, application/x-turtle, "
                + "application/trig;q=0.8, application/x-trig;q=0.8, application/n-quads;q=0.7, "
                + "text/x-nquads;q=0.7, application/ld+json;q=0.8",
            "ttl"),
        Arguments.of(
            "rdflib, format=turtle", "text/turtle, application/x-turtle, */*;q=0.1", "ttl"),
        Arguments.of(
            "rdflib, format=json-ld",
            "application/ld+json, application/json;q=0.9, */*;q=0.1",
            "jsonld"),
        Arguments.of("rdflib, format=xml", "application/rdf+xml, */*;q=0.1", "rdf"),
        Arguments.of("rdflib (old)", "application/rdf+xml,application/xhtml+xml;q=0.5", "rdf"),
        Arguments.of("N-Triples client", "application/n-triples", "nt"),
        Arguments.of(
            "N-Triples preferred, RDF/XML accepted",
            "application/n-triples; q=1.0, application/rdf+xml; q=0.9",
            "nt"),
        Arguments.of("fetch() of a JSON API", "application/json", "jsonld"),
        Arguments.of(
            "JSON-LD with a profile",
            "application/ld+json;profile=\"http://www.w3.org/ns/json-ld#compacted\","
                + "text/turtle;q=0.5",
            "jsonld"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("realClients")
  void choose_realClientHeader_givesTheExpectedVariant(
      String client, String accept, String expected) {
    assertThat(choose(accept, ENTITY)).contains(expected);
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of("text/*", "ttl"),
        Arguments.of("application/*", "jsonld"),
        Arguments.of("Text/Turtle", "ttl"),
        Arguments.of("text/html;q=0.1, text/turtle;q=0.5", "ttl"),
        Arguments.of("text/turtle ; q=0.5 , application/ld+json; q=0.6", "jsonld"),
        Arguments.of("text/turtle;q=0, */*", "jsonld"),
        Arguments.of("*/*;q=0.1, text/html;q=0", "ttl"),
        Arguments.of("application/ld+json, */*", "jsonld"),
        Arguments.of("text/html, */*", "html"),
        Arguments.of("text/html, text/turtle", "ttl"),
        Arguments.of("application/rdf+xml;q=0.5, text/html;q=.3", "rdf"),
        Arguments.of("text/html;q=abc, application/n-triples;q=0.2", "nt"),
        Arguments.of("garbage", "ttl"),
        Arguments.of("text/*;q=0.5, text/html", "html"),
        Arguments.of("text/*, text/turtle;q=0.2", "html"),
        Arguments.of("*/*;q=0.5, application/*;q=0.9, text/turtle;q=0.7", "jsonld"),
        Arguments.of("*/*;q=0.9, application/n-triples;q=0.9", "nt"),
        Arguments.of("application/x-turtle", "ttl"),
        Arguments.of("application/json;q=0, application/*", "jsonld"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void choose_edgeCase_followsTheRules(String accept, String expected) {
    assertThat(choose(accept, ENTITY)).contains(expected);
  }

  @Test
  void choose_nothingOnOffer_isEmpty() {
    assertThat(choose("image/png", ENTITY)).isEmpty();
    assertThat(choose("text/turtle;q=0", ENTITY)).isEmpty();
    assertThat(choose("*/*;q=0", ENTITY)).isEmpty();
    assertThat(choose("text/xml, image/*", ENTITY)).isEmpty();
  }

  @Test
  void choose_aliasesNamedExactly_giveTheirRdfSyntax() {
    // Issue #16 item 7: these were 406 on entities.
    assertThat(choose("application/xml, text/xml", ENTITY)).contains("rdf");
    assertThat(choose("text/plain", ENTITY)).contains("nt");
    assertThat(choose("text/n3", ENTITY)).contains("ttl");
    assertThat(choose("text/*", ENTITY)).contains("ttl");
  }

  @Test
  void choose_onlyOffered_neverAnotherVariant() {
    assertThat(choose("text/html", only("ttl"))).isEmpty();
    assertThat(choose("*/*", only("html", "ttl"))).contains("html");
  }

  @Test
  void parse_keepsParametersAndQualityAndSkipsUnreadableRanges() {
    List<MediaRange> ranges =
        ContentNegotiation.parse(
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
    Map<String, String> names =
        Map.of(
            "ttl", "ttl",
            "turtle", "ttl",
            "jsonld", "jsonld",
            "json", "jsonld",
            "rdf", "rdf",
            "xml", "rdf",
            "nt", "nt",
            "ntriples", "nt",
            "html", "html",
            "TTL", "ttl");
    names.forEach(
        (name, v) -> assertThat(ENTITY.byFormat(name).map(Offer::value)).as(name).contains(v));
    assertThat(ENTITY.byFormat("n3")).isEqualTo(Optional.empty());
    assertThat(ENTITY.byFormat(null)).isEmpty();
  }

  @Test
  void describe_listsMediaTypesWithTheirFormatNames() {
    assertThat(ENTITY.describe())
        .contains("text/turtle (?format=ttl, ?format=turtle)")
        .contains("application/ld+json (?format=jsonld, ?format=json)")
        .contains("text/html (?format=html)");
  }

  @Test
  void negotiate_formatParameter_overridesAccept() {
    Outcome<String> o = ENTITY.negotiate("JSONLD", "text/turtle");
    assertThat(o).isInstanceOf(Chosen.class);
    assertThat(((Chosen<String>) o).offer().value()).isEqualTo("jsonld");
    assertThat(ENTITY.negotiate("nt", "image/png")).isInstanceOf(Chosen.class);
  }

  @Test
  void negotiate_unknownFormat_is400ListingTheFormats() {
    Outcome<String> o = ENTITY.negotiate("n3", "text/turtle");
    assertThat(o).isInstanceOf(Refused.class);
    Refused<String> r = (Refused<String>) o;
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.message())
        .contains("Unknown format 'n3'", "ttl|jsonld|rdf|nt|html", "?format=jsonld");
  }

  @Test
  void negotiate_nothingAcceptable_is406ListingWhatIsOffered() {
    Outcome<String> o = ENTITY.negotiate(null, "image/png");
    assertThat(o).isInstanceOf(Refused.class);
    Refused<String> r = (Refused<String>) o;
    assertThat(r.status()).isEqualTo(406);
    assertThat(r.message())
        .contains("'Accept: image/png'")
        .contains("text/turtle (?format=ttl, ?format=turtle)")
        .contains("text/html (?format=html)");
  }

  @Test
  void negotiate_noHeader_givesTheServersFirstChoice() {
    assertThat(ENTITY.negotiate(null, null)).isEqualTo(new Chosen<>(ENTITY.offers().get(0)));
  }

  @Test
  void alias_countsOnlyWhenNamed_neverThroughAWildcard() {
    ContentNegotiation<ResultFormat> results = PackFormats.RESULT_FORMATS;
    assertThat(results.choose("application/json").map(Offer::value)).contains(ResultFormat.json);
    assertThat(results.choose("application/*").map(Offer::value)).contains(ResultFormat.json);
    assertThat(results.choose("text/*").map(Offer::value)).contains(ResultFormat.csv);
    assertThat(results.choose("text/csv;q=0.5, application/json").map(Offer::value))
        .contains(ResultFormat.json);
    assertThat(results.choose(null).map(Offer::value)).contains(ResultFormat.json);
  }

  @Test
  void byFormat_isTheOffersFormatNames_inAnyCase() {
    assertThat(PackFormats.RESULT_FORMATS.byFormat("CSV").map(Offer::value))
        .contains(ResultFormat.csv);
    assertThat(PackFormats.RESULT_FORMATS.byFormat("table")).isEmpty();
  }

  @Test
  void offer_mediaTypeNotInLowerCase_isRefused() {
    assertThatThrownBy(() -> new Offer<>("x", "Text/Turtle", List.of(), List.of()))
        .hasMessageContaining("lower case, got Text/Turtle");
  }
}
