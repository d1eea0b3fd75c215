package org.w3id.spkg.server;

import java.time.Duration;
import java.util.Set;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.spkg.server.endpoint.AdmissionLimits;
import org.w3id.spkg.server.endpoint.QueryAdmission;
import org.w3id.spkg.server.endpoint.RequestBodyDeadline;
import org.w3id.spkg.server.endpoint.TraceRefused;
import org.w3id.spkg.server.endpoint.WriteEndpoints;
import org.w3id.spkg.server.http.Compression;
import org.w3id.spkg.server.http.CorsHandler;
import org.w3id.spkg.server.http.ResponseHeaders;
import org.w3id.spkg.server.http.ServedDataset;

/**
 * spkg's connector settings and the Jetty handlers it puts in front of everything Fuseki serves,
 * outermost first: gzip, response headers, {@code TRACE} refused, CORS, the request-body deadline,
 * then admission control for the requests that run queries.
 */
final class JettyGuards {

  /** The output buffer of each connector: Jetty pools buffers only up to 64 KiB. */
  static final int OUTPUT_BUFFER_BYTES = 32 * 1024;

  /** A connection on which nothing moves for this long is closed: 30 s. */
  static final Duration IDLE_TIMEOUT = Duration.ofSeconds(30);

  private JettyGuards() {}

  /**
   * Installs the guards on {@code jetty} (built, not started).
   *
   * @return the admission control among them
   */
  static QueryAdmission install(
      Server jetty,
      boolean trustProxy,
      AdmissionLimits admission,
      Duration bodyDeadline,
      Set<String> corsOrigins) {
    for (Connector c : jetty.getConnectors()) {
      if (c instanceof ServerConnector connector) {
        connector.setIdleTimeout(IDLE_TIMEOUT.toMillis());
      }
      HttpConnectionFactory factory = c.getConnectionFactory(HttpConnectionFactory.class);
      if (factory != null) {
        HttpConfiguration http = factory.getHttpConfiguration();
        http.setOutputBufferSize(OUTPUT_BUFFER_BYTES);
        if (trustProxy) {
          http.addCustomizer(new ForwardedRequestCustomizer());
        }
      }
    }
    // Only the write endpoints (which ask for credentials first) take bodies over 256 KiB.
    QueryAdmission queries = new QueryAdmission(jetty.getHandler(), admission);
    RequestBodyDeadline bodies =
        new RequestBodyDeadline(
            queries, (int) ServedDataset.MAX_QUERY_BYTES, bodyDeadline, WriteEndpoints::isWrite);
    jetty.setHandler(
        Compression.around(
            new ResponseHeaders(
                new TraceRefused(new CorsHandler(bodies, corsOrigins, ServedDataset.NAME)))));
    return queries;
  }
}
