package org.w3id.spkg.server.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.http.ResourceServlet;
import org.w3id.spkg.server.http.StaticFiles;

/**
 * The Swagger UI page of the packs API at {@code /api/}, over {@code /api/openapi.json}. The page
 * is the template {@code api/swagger-ui.html} next to this class; Swagger UI's scripts and styles
 * come from its webjar, served at {@code /api/swagger-ui/{file}} from {@code
 * META-INF/resources/webjars/swagger-ui/{version}/} (the version read from the webjar's {@code
 * pom.properties}). The page links each file with {@code ?v=} its version, and that URL is cached
 * for good. Without inline scripts, the page runs under a Content-Security-Policy that allows only
 * this server.
 */
final class SwaggerUi extends ResourceServlet {

  /** Where the servlet is mounted: {@code /api/*} (the more specific API paths go elsewhere). */
  static final String PATH_SPEC = "/api/*";

  private static final long serialVersionUID = 1L;
  private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
  private static final String WEBJAR_POM = "META-INF/maven/org.webjars/swagger-ui/pom.properties";
  private static final String INIT = "swagger-init.js";
  private static final Pattern ASSET =
      Pattern.compile("[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(js|css|png)");
  private static final String CSP =
      "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline';"
          + " object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

  private final String version = webjarVersion();
  private final StaticFiles init = StaticFiles.hashed(SwaggerUi.class, "");
  private final StaticFiles webjar =
      StaticFiles.versioned(SwaggerUi.class, WEBJAR + version + "/", version);
  private final String initVersion = init.version(INIT).orElseThrow();
  private final byte[] page = page(version, initVersion);

  private static byte[] page(String version, String initVersion) {
    HtmlTemplates t = HtmlTemplates.of(SwaggerUi.class, "", "swagger-ui.html");
    Map<String, Object> v = HtmlTemplates.values("version", version, "initVersion", initVersion);
    return HtmlTemplates.page(
            HtmlTemplates.values(
                "title",
                "spkg query packs API",
                "siteBase",
                "../",
                "head",
                t.render("head", v),
                "body",
                t.render("body", v)))
        .text()
        .getBytes(StandardCharsets.UTF_8);
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = Objects.toString(request.getPathInfo(), "");
    if (path.isEmpty()) {
      String query = request.getQueryString();
      response.sendRedirect(
          request.getContextPath() + "/api/" + (query == null ? "" : "?" + query));
    } else if (path.equals("/") || path.equals("/index.html")) {
      response.setHeader("Content-Security-Policy", CSP);
      response.setHeader("Referrer-Policy", "same-origin");
      send(response, "text/html;charset=utf-8", page);
    } else if (path.equals("/" + INIT)) {
      init.serve(INIT, request, response);
    } else if (path.startsWith("/swagger-ui/") && ASSET.matcher(path.substring(12)).matches()) {
      String name = path.substring(12);
      if (!webjar.serve(name, request, response)) {
        ApiError.of(404, "Swagger UI " + version + " has no file '" + name + "'").send(response);
      }
    } else {
      ApiError.of(
              404,
              "no such resource; the API is /api/packs, described at /api/openapi.json and shown"
                  + " at /api/")
          .send(response);
    }
  }

  private static void send(HttpServletResponse response, String type, byte[] body)
      throws IOException {
    response.setContentType(type);
    response.setContentLength(body.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(body);
    }
  }

  private static InputStream resource(String name) {
    return SwaggerUi.class.getClassLoader().getResourceAsStream(name);
  }

  /** The webjar's version, from its {@code pom.properties}. */
  static String webjarVersion() {
    Properties props = new Properties();
    try (InputStream in = resource(WEBJAR_POM)) {
      if (in == null) {
        throw new IllegalStateException(
            "Swagger UI's webjar is not on the classpath (no " + WEBJAR_POM + "); rebuild spkg");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + WEBJAR_POM, e);
    }
    return Objects.requireNonNull(props.getProperty("version"), WEBJAR_POM + " has no version");
  }
}
