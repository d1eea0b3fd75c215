package org.w3id.spkg.server.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;

/** JSON documents of the packs API: written with Jena's JSON writer, UTF-8, with their length. */
final class JsonResponses {

  /** The media type of the API's own JSON (listings, errors, the OpenAPI document). */
  static final String CONTENT_TYPE = "application/json;charset=utf-8";

  private JsonResponses() {}

  static byte[] bytes(JsonValue json) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.write(out, json);
    out.write('\n');
    return out.toByteArray();
  }

  /** Sends {@code json} with the status already set. */
  static void send(HttpServletResponse response, JsonValue json) throws IOException {
    send(response, bytes(json));
  }

  static void send(HttpServletResponse response, byte[] json) throws IOException {
    response.setContentType(CONTENT_TYPE);
    response.setContentLength(json.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(json);
    }
  }
}
