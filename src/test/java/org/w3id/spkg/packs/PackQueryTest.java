package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.spkg.InputException;

class PackQueryTest {

  private static final String BODY =
      """

      PREFIX ex: <http://example.org/>
      SELECT ?s WHERE { ?s ex:in ?_region_iri . OPTIONAL { ?s ex:since ?__from_xsd_date } }
      """;

  private static PackQuery parse(String text) {
    return PackQuery.parse("p", Path.of("p/01-q.rq"), "p/01-q.rq", text);
  }

  @Test
  void header_andParameters_areRead() {
    PackQuery q =
        parse(
            """
            #+ summary: Things in a region
            #+ description: >
            #+   Every thing in a region.
            #+ tags:
            #+   - geo
            #+ defaults:
            #+   - region: http://example.org/r1
            #+ enumerate:
            #+   - region
            #+ pagination: 20
            #+ method: get
            #+ timeout: 500ms
            """
                + BODY);
    assertThat(q.id()).isEqualTo("p/01-q");
    assertThat(q.header().summary()).isEqualTo("Things in a region");
    assertThat(q.header().description()).isEqualTo("Every thing in a region.");
    assertThat(q.header().tags()).containsExactly("geo");
    assertThat(q.header().pagination()).isEqualTo(20);
    assertThat(q.header().method()).isEqualTo("GET");
    assertThat(q.header().timeout()).isEqualTo(Duration.ofMillis(500));
    assertThat(q.parameters())
        .extracting(Parameter::name, Parameter::required, Parameter::defaultValue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("region", true, "http://example.org/r1"),
            org.assertj.core.groups.Tuple.tuple("from", false, null));
    assertThat(q.parameter("region").orElseThrow().enumerated()).isTrue();
    assertThat(q.body()).startsWith("PREFIX ex:");
    assertThat(q.ordered()).isFalse();
  }

  @Test
  void grlcDefaultKeys_withTheTypeSuffix_areAccepted() {
    PackQuery q =
        parse("#+ summary: s\n#+ defaults:\n#+   - region_iri: http://example.org/r\n" + BODY);
    assertThat(q.parameter("region").orElseThrow().defaultValue())
        .isEqualTo("http://example.org/r");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "#+ description: no summary | 1 | no summary",
        "#+ summary: s\\n#+ sumary: typo | 2 | unknown decorator 'sumary'",
        "#+ summary: [unclosed | 1 | not YAML",
        "#+ summary: s\\n#+ defaults:\\n#+   - region: not an iri | 3 | the default of parameter"
            + " 'region' must be an IRI",
        "#+ summary: s\\n#+ defaults:\\n#+   - nowhere: 1 | 3 | 'nowhere', which is not a parameter",
        "#+ summary: s\\n#+ enumerate:\\n#+   - elsewhere | 3 | 'elsewhere', which is not a"
            + " parameter",
        "#+ summary: s\\n#+ pagination: -1 | 2 | pagination must be a positive",
        "#+ summary: s\\n#+ method: DELETE | 2 | method must be GET or POST",
        "#+ summary: s\\n#+ timeout: soon | 2 | timeout must be seconds"
      })
  void badHeaders_areReported_withTheLine(String header, int line, String message) {
    assertThatThrownBy(() -> parse(header.replace("\\n", "\n") + "\n" + BODY))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(message)
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(line))
        .hasMessageStartingWith("p/01-q.rq:" + line);
  }

  @Test
  void noHeader_isReported() {
    assertThatThrownBy(() -> parse(BODY.strip()))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("'#+ summary:'");
  }

  @Test
  void badQuery_isReported_withLineAndColumnOfTheFile() {
    assertThatThrownBy(() -> parse("#+ summary: s\n\nSELECT ?s WHERE { ?s ?p }\n"))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).line()).isEqualTo(3))
        .hasMessageContaining("not a SPARQL query");
  }

  @Test
  void missingPrefix_isAnError_asGrlcNeedsItsOwnPrefixes() {
    assertThatThrownBy(() -> parse("#+ summary: s\n\nSELECT ?s WHERE { ?s spkg:x ?o }\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("spkg");
  }

  @Test
  void paginationWithItsOwnLimit_isRefused() {
    assertThatThrownBy(
            () ->
                parse("#+ summary: s\n#+ pagination: 5\n\nSELECT ?s WHERE { ?s ?p ?o } LIMIT 3\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("may not have its own LIMIT");
  }

  @Test
  void updateOrConstruct_isRefused() {
    assertThatThrownBy(() -> parse("#+ summary: s\n\nCONSTRUCT WHERE { ?s ?p ?o }\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("SELECT or an ASK");
  }

  @Test
  void twoVariablesForOneName_areRefused() {
    assertThatThrownBy(() -> parse("#+ summary: s\n\nSELECT * WHERE { ?_x_iri ?p ?_x_integer }\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("are both the parameter 'x'");
  }
}
