package org.w3id.spkg.server.api;

import java.util.Objects;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The small JSON pieces the OpenAPI description is built of ({@link OpenApiDocument} for the
 * operations, {@link OpenApiParameters} for their parameters): one-key objects and references to
 * the document's components.
 */
final class OpenApiJson {

  private OpenApiJson() {}

  /** A reference to a component: {@code {"$ref": "#/components/responses/NotFound"}}. */
  static JsonObject ref(String component) {
    return object("$ref", "#/components/" + component);
  }

  /** A one-key object; a value that is not JSON is written as its string. */
  static JsonObject object(String key, Object value) {
    JsonObject o = new JsonObject();
    Objects.requireNonNull(value, key);
    if (value instanceof JsonValue v) {
      o.put(key, v);
    } else {
      o.put(key, value.toString());
    }
    return o;
  }
}
