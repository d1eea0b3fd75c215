package org.w3id.spkg.packs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Var;
import org.w3id.spkg.vocab.EntityIris;

/**
 * A parameter of a pack query, named the grlc/BASIL way: {@code ?_name_type} is required, {@code
 * ?__name_type} optional (left unbound when no value is given). The type suffix says how a value
 * becomes an RDF term: {@code _iri}, {@code _integer}, {@code _number} (xsd:decimal), {@code
 * _literal} (a plain string, also the type when there is no suffix), {@code _en} or another
 * language tag, and {@code _prefix_local} for a datatype such as {@code _xsd_date}.
 *
 * @param name the name callers use ({@code partnership} for {@code ?_partnership_iri})
 * @param variable the SPARQL variable, without {@code ?}
 * @param required whether the query needs a value
 * @param type how values are typed
 * @param datatype the datatype IRI for {@link Type#TYPED}, the language tag for {@link
 *     Type#LANGUAGE}, else null
 * @param defaultValue the value from {@code #+ defaults:}, or null
 * @param allowed the values {@code #+ enumerate:} lists, empty when it lists none
 * @param enumerated whether {@code #+ enumerate:} names this parameter (values listed or from the
 *     graph)
 */
public record Parameter(
    String name,
    String variable,
    boolean required,
    Type type,
    String datatype,
    String defaultValue,
    List<String> allowed,
    boolean enumerated) {

  /** How a value becomes an RDF term. */
  public enum Type {
    IRI("an IRI"),
    INTEGER("an integer"),
    NUMBER("a number"),
    LITERAL("a string"),
    LANGUAGE("a string"),
    TYPED("a literal");

    private final String description;

    Type(String description) {
      this.description = description;
    }
  }

  /** A variable that names a parameter: one or two underscores, then a word. */
  public static final Pattern VARIABLE = Pattern.compile("__?[A-Za-z0-9]+(?:_[A-Za-z0-9]+)*");

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(?:-[A-Za-z0-9]+)*");

  public Parameter {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(variable, "variable");
    Objects.requireNonNull(type, "type");
    allowed = List.copyOf(allowed);
  }

  /**
   * The parameter a variable names, or an explanation of why its suffix is not a type.
   *
   * @param prefixes the query's prefixes, for {@code _prefix_local} datatypes
   * @throws IllegalArgumentException with what is wrong, for the caller to place in the file
   */
  static Parameter of(String variable, PrefixMapping prefixes) {
    boolean required = !variable.startsWith("__");
    String[] parts = variable.substring(required ? 1 : 2).split("_");
    String name = parts[0];
    Type type;
    String datatype = null;
    if (parts.length == 1) {
      type = Type.LITERAL;
    } else if (parts.length == 2) {
      String code = parts[1];
      switch (code.toLowerCase(Locale.ROOT)) {
        case "iri" -> type = Type.IRI;
        case "integer" -> type = Type.INTEGER;
        case "number" -> type = Type.NUMBER;
        case "literal" -> type = Type.LITERAL;
        default -> {
          if (!LANGUAGE_TAG.matcher(code).matches()) {
            throw new IllegalArgumentException(
                "?"
                    + variable
                    + ": the suffix _"
                    + code
                    + " is not a type; use _iri, _integer, _number, _literal, a language tag"
                    + " such as _en, or a datatype such as _xsd_date");
          }
          type = Type.LANGUAGE;
          datatype = code;
        }
      }
    } else if (parts.length == 3) {
      String namespace = prefixes.getNsPrefixURI(parts[1]);
      if (namespace == null && parts[1].equals("xsd")) {
        namespace = XSDDatatype.XSD + "#";
      }
      if (namespace == null) {
        throw new IllegalArgumentException(
            "?"
                + variable
                + ": the datatype prefix "
                + parts[1]
                + ": is not declared; add a PREFIX line for it");
      }
      type = Type.TYPED;
      datatype = namespace + parts[2];
    } else {
      throw new IllegalArgumentException(
          "?"
              + variable
              + ": a parameter is ?_name or ?_name_type with a one-word name (no underscore in it)");
    }
    return new Parameter(name, variable, required, type, datatype, null, List.of(), false);
  }

  Parameter withDefault(String value) {
    return new Parameter(name, variable, required, type, datatype, value, allowed, enumerated);
  }

  Parameter withEnumeration(List<String> values) {
    return new Parameter(name, variable, required, type, datatype, defaultValue, values, true);
  }

  public Var var() {
    return Var.alloc(variable);
  }

  /** What a value must be, for messages and for the OpenAPI description. */
  public String expected() {
    return switch (type) {
      case IRI -> "an IRI (like " + EntityIris.NS + "nation/JP, or the short form nation/JP)";
      case INTEGER -> "an integer (like 3)";
      case NUMBER -> "a number (like 2.5)";
      case LITERAL -> "a string";
      case LANGUAGE -> "a string (tagged @" + datatype + ")";
      case TYPED -> "a literal of " + shortDatatype() + example();
    };
  }

  /** The datatype as {@code xsd:date} where it is one of XSD's, else the IRI. */
  public String shortDatatype() {
    String xsd = XSDDatatype.XSD + "#";
    return datatype.startsWith(xsd) ? "xsd:" + datatype.substring(xsd.length()) : datatype;
  }

  private String example() {
    return switch (shortDatatype()) {
      case "xsd:date" -> " (like 2024-01-31)";
      case "xsd:gYear" -> " (like 2024)";
      case "xsd:dateTime" -> " (like 2024-01-31T12:00:00Z)";
      default -> "";
    };
  }

  /**
   * The value as an RDF term of this parameter's type.
   *
   * @throws ParameterException naming the parameter, the type expected and the value
   */
  public Node term(String value) {
    Objects.requireNonNull(value, "value");
    return switch (type) {
      case IRI -> iri(value);
      case INTEGER -> typed(value, XSDDatatype.XSDinteger, this::isInteger);
      case NUMBER -> typed(value, XSDDatatype.XSDdecimal, this::isDecimal);
      case LITERAL -> NodeFactory.createLiteralString(value);
      case LANGUAGE -> NodeFactory.createLiteralLang(value, datatype);
      case TYPED -> {
        RDFDatatype dt = TypeMapper.getInstance().getSafeTypeByName(datatype);
        yield typed(value, dt, dt::isValid);
      }
    };
  }

  /** The value as an RDF term in SPARQL syntax ({@code <iri>}, {@code "2024-01-01"^^xsd:date}). */
  public String sparql(String value) {
    return NodeFmtLib.strNT(term(value));
  }

  private Node iri(String value) {
    String iri = value.strip();
    if (!iri.isEmpty() && !iri.contains(":") && !iri.startsWith("/")) {
      iri = EntityIris.NS + iri;
    }
    boolean wellFormed = !iri.isEmpty() && iri.chars().noneMatch(Parameter::forbiddenInIri);
    if (wellFormed) {
      try {
        wellFormed = IRIx.create(iri).isAbsolute();
      } catch (IRIException e) {
        wellFormed = false;
      }
    }
    if (!wellFormed) {
      throw invalid(value);
    }
    return NodeFactory.createURI(iri);
  }

  /** Characters an IRI may not hold (RFC 3987), which could also end an IRI in SPARQL text. */
  private static boolean forbiddenInIri(int c) {
    return c <= 0x20 || "<>\"{}|^`\\".indexOf(c) >= 0;
  }

  private Node typed(String value, RDFDatatype datatype, java.util.function.Predicate<String> ok) {
    String lexical = value.strip();
    if (!ok.test(lexical)) {
      throw invalid(value);
    }
    return NodeFactory.createLiteralDT(lexical, datatype);
  }

  private boolean isInteger(String s) {
    try {
      new BigInteger(s);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private boolean isDecimal(String s) {
    try {
      new BigDecimal(s);
      return !s.contains("e") && !s.contains("E");
    } catch (NumberFormatException e) {
      return false;
    }
  }

  ParameterException invalid(String value) {
    return new ParameterException(
        name, "parameter '" + name + "' must be " + expected() + "; got " + quote(value));
  }

  static String quote(String value) {
    String shown = value.length() > 80 ? value.substring(0, 80) + "…" : value;
    return "'" + shown + "'";
  }
}
