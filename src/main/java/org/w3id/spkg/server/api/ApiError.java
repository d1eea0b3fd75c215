package org.w3id.spkg.server.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.apache.jena.atlas.json.JsonObject;
import org.w3id.spkg.InputException;
import org.w3id.spkg.packs.ParameterException;

/**
 * An error of the packs API, sent as {@code {"error": {"status": 400, "message": "…", "parameter":
 * "region"}}}. The message is the problem text the CLI prints for the same mistake.
 *
 * @param status the HTTP status
 * @param message what is wrong and what to do
 * @param parameter the parameter at fault, or null
 */
record ApiError(int status, String message, String parameter) {

  ApiError {
    Objects.requireNonNull(message, "message");
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an error status is 4xx or 5xx, got " + status);
    }
  }

  static ApiError of(int status, String message) {
    return new ApiError(status, message, null);
  }

  /** A value a query cannot take: 400, naming the parameter. */
  static ApiError of(ParameterException e) {
    return new ApiError(400, e.problem(), e.parameter());
  }

  /** Something the request names that is not there (a pack, a query): 404. */
  static ApiError notFound(InputException e) {
    return new ApiError(404, e.problem(), null);
  }

  JsonObject toJson() {
    JsonObject error = new JsonObject();
    error.put("status", status);
    error.put("message", message);
    if (parameter != null) {
      error.put("parameter", parameter);
    }
    JsonObject json = new JsonObject();
    json.put("error", error);
    return json;
  }

  /** Sends the error; a response already under way is left as it is. */
  void send(HttpServletResponse response) throws IOException {
    if (response.isCommitted()) {
      return;
    }
    response.resetBuffer();
    response.setStatus(status);
    response.setHeader("Cache-Control", "no-store");
    JsonResponses.send(response, toJson());
  }
}
