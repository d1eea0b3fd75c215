package org.w3id.spkg.server.api;

import static org.w3id.spkg.server.api.OpenApiJson.object;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Node;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3id.spkg.SpkgException;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.PackRunner;
import org.w3id.spkg.packs.Parameter;

/**
 * The parameters of a pack query in the OpenAPI document: query parameters of a GET operation, or
 * the fields of a form for a query whose header says {@code #+ method: POST}. Each has a schema by
 * its type — an IRI is a string of format {@code uri}, {@code _integer} an integer, {@code _number}
 * a number, {@code _xsd_date} a string of format {@code date}, anything else a string — with its
 * default and, for an enumerated parameter, the values allowed: those the header lists, or those
 * the data holds (read with {@link PackRunner#allowedValues}, as grlc does), left out when there
 * are more than {@value #MAX_ENUM}.
 */
final class OpenApiParameters {

  /** The most values an enumeration lists; a parameter with more lists none. */
  static final int MAX_ENUM = 200;

  private static final Logger LOG = LoggerFactory.getLogger(OpenApiParameters.class);
  private static final String FORM = "application/x-www-form-urlencoded";

  private final PackRunner runner;

  OpenApiParameters(PackRunner runner) {
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /** Adds the parameters of {@code q} to its {@code operation}. */
  void addTo(JsonObject operation, PackQuery q) {
    List<Field> fields = new ArrayList<>();
    for (Parameter p : q.parameters()) {
      List<JsonValue> allowed = allowed(q, p);
      fields.add(
          new Field(
              p.name(),
              p.required() && p.defaultValue() == null,
              description(p, allowed.size()),
              schema(p, allowed)));
    }
    int size = q.header().pagination();
    if (size > 0) {
      JsonObject page = object("type", "integer");
      page.put("minimum", 1);
      page.put("default", 1);
      fields.add(
          new Field(PackRunner.PAGE, false, "The page, from 1, of " + size + " rows.", page));
    }
    JsonObject raw = object("type", "boolean");
    raw.put("default", false);
    fields.add(
        new Field(
            PackFormats.RAW,
            false,
            "CSV and TSV only: true gives the cells as the store holds them. By default a cell that"
                + " starts with =, +, -, @, a tab or a carriage return, and is not a plain number,"
                + " gets a leading ' so that a spreadsheet shows it rather than running it as a"
                + " formula.",
            raw));
    if (q.header().method().equals("POST")) {
      operation.put("requestBody", form(fields));
    } else if (!fields.isEmpty()) {
      JsonArray parameters = new JsonArray();
      for (Field f : fields) {
        JsonObject json = object("name", f.name());
        json.put("in", "query");
        json.put("required", f.required());
        json.put("description", f.description());
        json.put("schema", f.schema());
        parameters.add(json);
      }
      operation.put("parameters", parameters);
    }
  }

  private static JsonObject form(List<Field> fields) {
    JsonObject properties = new JsonObject();
    JsonArray required = new JsonArray();
    for (Field f : fields) {
      JsonObject schema = f.schema();
      schema.put("description", f.description());
      properties.put(f.name(), schema);
      if (f.required()) {
        required.add(f.name());
      }
    }
    JsonObject schema = object("type", "object");
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    JsonObject body = new JsonObject();
    body.put("required", !required.isEmpty());
    body.put("content", object(FORM, object("schema", schema)));
    return body;
  }

  private static JsonObject schema(Parameter p, List<JsonValue> allowed) {
    JsonObject schema =
        switch (p.type()) {
          case IRI -> uri();
          case INTEGER -> object("type", "integer");
          case NUMBER -> object("type", "number");
          case TYPED -> p.shortDatatype().equals("xsd:date") ? date() : string();
          case LITERAL, LANGUAGE -> string();
        };
    if (p.defaultValue() != null) {
      schema.put("default", json(p, p.term(p.defaultValue())));
    }
    if (!allowed.isEmpty() && allowed.size() <= MAX_ENUM) {
      JsonArray values = new JsonArray();
      values.addAll(allowed);
      schema.put("enum", values);
    }
    return schema;
  }

  /**
   * What the parameter takes, in words.
   *
   * @param allowed how many values an enumerated parameter allows
   */
  private static String description(Parameter p, int allowed) {
    String expected = p.expected();
    StringBuilder d =
        new StringBuilder(Character.toUpperCase(expected.charAt(0)) + expected.substring(1));
    d.append('.');
    if (!p.required()) {
      d.append(" Optional: without a value the query matches any.");
    }
    if (p.enumerated() && p.allowed().isEmpty()) {
      d.append(
          allowed > MAX_ENUM
              ? " One of the " + allowed + " values the data holds for it."
              : " One of the values the data holds for it" + (allowed == 0 ? " (none now)." : "."));
    }
    return d.append(" The query's `?").append(p.variable()).append("`.").toString();
  }

  /**
   * The values an enumerated parameter allows, as a client sends them: the IRI, or the literal's
   * text; only those that the runner would accept back.
   */
  private List<JsonValue> allowed(PackQuery q, Parameter p) {
    if (!p.enumerated()) {
      return List.of();
    }
    List<Node> nodes;
    try {
      nodes = runner.allowedValues(q, p);
    } catch (SpkgException e) {
      LOG.warn("{}: cannot list the values of '{}': {}", q.id(), p.name(), e.getMessage());
      return List.of();
    }
    List<JsonValue> values = new ArrayList<>();
    for (Node n : nodes) {
      String text = n.isURI() ? n.getURI() : n.isLiteral() ? n.getLiteralLexicalForm() : null;
      try {
        if (text != null && p.term(text).equals(n)) {
          values.add(json(p, n));
        }
      } catch (SpkgException e) {
        LOG.debug("{}: the value {} of '{}' cannot be given: {}", q.id(), n, p.name(), e);
      }
    }
    return values;
  }

  private static JsonValue json(Parameter p, Node term) {
    return switch (p.type()) {
      case IRI -> new JsonString(term.getURI());
      case INTEGER -> JsonNumber.valueInteger(term.getLiteralLexicalForm());
      case NUMBER -> JsonNumber.valueDecimal(term.getLiteralLexicalForm());
      default -> new JsonString(term.getLiteralLexicalForm());
    };
  }

  private static JsonObject uri() {
    JsonObject schema = string();
    schema.put("format", "uri");
    return schema;
  }

  private static JsonObject date() {
    JsonObject schema = string();
    schema.put("format", "date");
    return schema;
  }

  private static JsonObject string() {
    return object("type", "string");
  }

  /** One parameter, as a query parameter or a form field. */
  private record Field(String name, boolean required, String description, JsonObject schema) {}
}
