package org.w3id.spkg.server.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /favicon.ico}, which browsers ask for on every site whatever its pages link: the spkg mark
 * (the editor's icon at 32 px), revalidated by its {@code ETag} like every static file.
 */
public final class Favicon extends ResourceServlet {

  /** Where browsers look for it. */
  public static final String PATH_SPEC = "/favicon.ico";

  private static final long serialVersionUID = 1L;
  private static final StaticFiles FILES = StaticFiles.hashed(Favicon.class, "");

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!FILES.serve("favicon.ico", request, response)) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND, "favicon.ico is not in the jar");
    }
  }
}
