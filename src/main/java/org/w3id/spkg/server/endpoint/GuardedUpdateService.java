package org.w3id.spkg.server.endpoint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.fuseki.servlets.ActionErrorException;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_Update;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.QueryDeniedException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.JenaException;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;

/**
 * Fuseki's SPARQL Update service held to the {@link ServicePolicy}: {@code LOAD} reads only from
 * the URLs SERVICE may call (never a {@code file:} or loopback URL outside the allow-list), and an
 * update refused by the policy — a LOAD, or a SERVICE in its WHERE — is answered 422 with the
 * reason, as a query is, not 500. A refused update changes nothing.
 *
 * <p>The update is read whole before it runs, to check its LOADs, so its size is bounded: a larger
 * request is answered 413 (data that large goes in with the Graph Store Protocol, which streams, or
 * with {@code spkg ingest}).
 */
public final class GuardedUpdateService extends SPARQL_Update {

  private final ServicePolicy policy;
  private final long maxBytes;

  /**
   * @param policy what LOAD and SERVICE may reach
   * @param maxBytes the largest update request read; a larger one is answered 413
   */
  public GuardedUpdateService(ServicePolicy policy, long maxBytes) {
    this.policy = policy;
    this.maxBytes = maxBytes;
  }

  @Override
  protected void execute(HttpAction action, InputStream input) {
    byte[] body;
    try {
      body = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, maxBytes + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the update request", e);
    }
    if (body.length > maxBytes) {
      ServletOps.error(
          413,
          "An update request over "
              + maxBytes
              + " bytes is not read: send data that large to /spkg/data (the Graph Store"
              + " Protocol, which streams it) or load it with spkg ingest");
    }
    refuseLoads(new String(body, StandardCharsets.UTF_8));
    try {
      super.execute(action, new ByteArrayInputStream(body));
    } catch (ActionErrorException e) {
      for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
        if (t instanceof QueryDeniedException denied) {
          ServletOps.error(422, denied.getMessage());
        }
      }
      throw e;
    }
  }

  /** Answers 422 if the update LOADs from a source the policy does not allow. */
  private void refuseLoads(String text) {
    UpdateRequest request;
    try {
      request = UpdateFactory.create(text, Syntax.syntaxARQ);
    } catch (JenaException e) {
      return; // Fuseki's own parse answers with the error and its place.
    }
    for (Update u : request.getOperations()) {
      if (u instanceof UpdateLoad load && !policy.allows(load.getSource())) {
        ServletOps.error(422, policy.loadRefusal(load.getSource()));
      }
    }
  }
}
