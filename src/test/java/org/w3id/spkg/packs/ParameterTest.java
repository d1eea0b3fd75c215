package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParameterTest {

  private static final PrefixMapping PREFIXES =
      PrefixMapping.Factory.create().setNsPrefix("ex", "http://example.org/dt#");

  @ParameterizedTest
  @CsvSource({
    "_partnership_iri, partnership, true, IRI,",
    "__from_xsd_date, from, false, TYPED, http://www.w3.org/2001/XMLSchema#date",
    "_min_integer, min, true, INTEGER,",
    "_share_number, share, true, NUMBER,",
    "_name, name, true, LITERAL,",
    "_name_literal, name, true, LITERAL,",
    "__title_en, title, false, LANGUAGE, en",
    "_size_ex_bytes, size, true, TYPED, http://example.org/dt#bytes"
  })
  void variableName_givesNameRequirednessAndType(
      String variable, String name, boolean required, Parameter.Type type, String datatype) {
    Parameter p = Parameter.of(variable, PREFIXES);
    assertThat(p.name()).isEqualTo(name);
    assertThat(p.required()).isEqualTo(required);
    assertThat(p.type()).isEqualTo(type);
    assertThat(p.datatype()).isEqualTo(datatype);
  }

  @ParameterizedTest
  @ValueSource(strings = {"_x_nosuchtype", "_x_un_declared", "_a_b_c_d"})
  void unknownSuffix_orUndeclaredPrefix_isExplained(String variable) {
    assertThatThrownBy(() -> Parameter.of(variable, PREFIXES))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("?" + variable + ":");
  }

  @Test
  void values_becomeTermsOfTheirType() {
    assertThat(Parameter.of("_n_iri", PREFIXES).term("nation/JP"))
        .isEqualTo(NodeFactory.createURI("https://w3id.org/spkg/id/nation/JP"));
    assertThat(Parameter.of("_n_iri", PREFIXES).term("http://example.org/a"))
        .isEqualTo(NodeFactory.createURI("http://example.org/a"));
    assertThat(Parameter.of("_n_integer", PREFIXES).term(" 42 "))
        .isEqualTo(NodeFactory.createLiteralDT("42", XSDDatatype.XSDinteger));
    assertThat(Parameter.of("_d_xsd_date", PREFIXES).term("2024-01-31"))
        .isEqualTo(NodeFactory.createLiteralDT("2024-01-31", XSDDatatype.XSDdate));
    assertThat(Parameter.of("_t_en", PREFIXES).term("Moon"))
        .isEqualTo(NodeFactory.createLiteralLang("Moon", "en"));
    assertThat(Parameter.of("_s", PREFIXES).term("x\" } ; DROP ALL #"))
        .isEqualTo(NodeFactory.createLiteralString("x\" } ; DROP ALL #"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "_n_iri | x\" } ; DROP ALL #",
        "_n_iri | > . ?s ?p ?o . <",
        "_n_iri | http://example.org/a> . ?s ?p ?o . <http://x",
        "_n_iri | http://example.org/a b",
        "_n_integer | 3; DROP ALL",
        "_n_integer | 2.5",
        "_n_number | 1e5",
        "_n_xsd_date | 2024-13-45",
        "_n_xsd_date | 2024-01-31\"^^<http://x>"
      })
  void badValues_areRefused_namingParameterTypeAndValue(String variable, String value) {
    Parameter p = Parameter.of(variable, PREFIXES);
    assertThatThrownBy(() -> p.term(value))
        .isInstanceOf(ParameterException.class)
        .hasMessageContaining("parameter 'n' must be " + p.expected())
        .hasMessageContaining("got '" + value.substring(0, Math.min(value.length(), 80)));
  }
}
