package org.w3id.spkg.server.endpoint;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.w3id.spkg.server.http.PublicBase;
import org.w3id.spkg.server.http.ResourceServlet;
import org.w3id.spkg.store.RdfExport;

/**
 * The whole store as gzipped files, at stable URLs that the VoID description names: {@code
 * /dumps/spkg.trig.gz} (TriG) and {@code /dumps/spkg.nq.gz} (N-Quads), every named graph
 * (documents, ontology, reference, inferred, meta) with its name, written by {@link RdfExport}: the
 * same content gives the same bytes.
 *
 * <p><b>Served as files, not as encoded content.</b> The response is {@code Content-Type:
 * application/gzip} with {@code Content-Disposition: attachment; filename="spkg.trig.gz"} and no
 * {@code Content-Encoding}. Sending {@code application/trig} with {@code Content-Encoding: gzip}
 * would say "TriG, compressed for the transfer": browsers and {@code curl --compressed} would then
 * unpack it and save plain TriG under a {@code .gz} name, and proxies may recompress it. As a file,
 * what is downloaded is what the URL names, byte for byte; the syntax is in the name and in VoID.
 *
 * <p>The quads are read in one read transaction and then written, sorted, straight through gzip to
 * the response (no copy of the output is kept). At most two dumps are written at a time; a third
 * request is answered 503 with {@code Retry-After}. {@code HEAD} answers the headers without
 * reading the store.
 *
 * <pre>{@code
 * builder.addServlet(DumpServlet.PATH_SPEC, new DumpServlet(dsg));
 * }</pre>
 */
public final class DumpServlet extends ResourceServlet {

  /** Where the servlet is mounted: {@code /dumps/*}. */
  public static final String PATH_SPEC = "/dumps/*";

  private static final long serialVersionUID = 1L;
  private static final int CONCURRENT_DUMPS = 2;

  /** The dumps on offer. */
  public enum Dump {
    TRIG("spkg.trig.gz", RdfExport.Format.trig, "application/trig"),
    NQUADS("spkg.nq.gz", RdfExport.Format.nquads, "application/n-quads");

    private final String fileName;
    private final RdfExport.Format format;
    private final String contentMediaType;

    Dump(String fileName, RdfExport.Format format, String contentMediaType) {
      this.fileName = fileName;
      this.format = format;
      this.contentMediaType = contentMediaType;
    }

    /** The file name, also the last segment of the URL: {@code spkg.trig.gz}. */
    public String fileName() {
      return fileName;
    }

    /** The media type of the file once gunzipped: {@code application/trig}. */
    public String contentMediaType() {
      return contentMediaType;
    }

    /** The path of the dump below the server's base: {@code dumps/spkg.trig.gz}. */
    public String path() {
      return "dumps/" + fileName;
    }

    static Optional<Dump> named(String fileName) {
      return Arrays.stream(values()).filter(d -> d.fileName.equals(fileName)).findFirst();
    }
  }

  private final transient DatasetGraph dataset;
  private final transient Semaphore writing = new Semaphore(CONCURRENT_DUMPS);

  /** Serves dumps of {@code dataset}. */
  public DumpServlet(DatasetGraph dataset) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Dump> dump = dump(request, response);
    if (dump.isEmpty()) {
      return;
    }
    if (!writing.tryAcquire()) {
      response.setHeader("Retry-After", "30");
      text(response, 503, CONCURRENT_DUMPS + " dumps are being written; try again in a minute.\n");
      return;
    }
    try {
      List<Quad> quads = dataset.calculateRead(() -> Iter.toList(dataset.find()));
      headers(response, dump.get());
      try (OutputStream out = response.getOutputStream();
          GZIPOutputStream gzip = new GZIPOutputStream(out, 64 * 1024)) {
        RdfExport.write(quads, dump.get().format, gzip);
      }
    } finally {
      writing.release();
    }
  }

  @Override
  protected void doHead(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<Dump> dump = dump(request, response);
    if (dump.isPresent()) {
      headers(response, dump.get());
      response.flushBuffer(); // committed now: no "Content-Length: 0" for a body of unknown length
    }
  }

  /** The dump the request names; empty after answering 404 if it names none. */
  private static Optional<Dump> dump(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String name = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
    Optional<Dump> dump = Dump.named(name);
    if (dump.isEmpty()) {
      String base = PublicBase.localBase(request);
      text(
          response,
          404,
          "No dump named '"
              + name
              + "'. The dumps are:\n"
              + Arrays.stream(Dump.values())
                  .map(d -> base + d.path() + "  (" + d.contentMediaType() + ", gzipped)")
                  .collect(Collectors.joining("\n"))
              + "\n");
    }
    return dump;
  }

  private static void headers(HttpServletResponse response, Dump dump) {
    response.setStatus(200);
    response.setContentType("application/gzip");
    response.setHeader("Content-Disposition", "attachment; filename=\"" + dump.fileName + "\"");
  }

  private static void text(HttpServletResponse response, int status, String text)
      throws IOException {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType("text/plain; charset=utf-8");
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }
}
