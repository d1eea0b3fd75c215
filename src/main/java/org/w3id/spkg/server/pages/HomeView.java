package org.w3id.spkg.server.pages;

import java.util.Objects;
import org.w3id.spkg.server.http.Html;

/** A page of the home page's family (documents, network, timeline): its status, title and body. */
record HomeView(int status, String title, Html body) {
  HomeView {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }
}
