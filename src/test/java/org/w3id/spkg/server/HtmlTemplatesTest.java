package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.http.Html;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.pages.EntityPage;

/** The templates escape text, take HTML only from templates, and refuse a missing value. */
class HtmlTemplatesTest {

  private static final HtmlTemplates T =
      HtmlTemplates.of(EntityPage.class, "entity-page/", "fragments.html");

  @Test
  void text_isEscapedOnce() {
    Html link =
        T.render(
            "link",
            HtmlTemplates.values("href", "/a?b=1&c=2", "external", false, "text", "<b>&amp;"));
    assertThat(link.text())
        .isEqualTo("<a href=\"/a?b=1&amp;c=2\"><b>&amp;amp;</a>".replace("<b>", "&lt;b&gt;"));
  }

  @Test
  void html_fromATemplate_isInsertedAsItIs() {
    Html claim = T.render("text", Map.of("text", "a < b"));
    Html fact = T.render("fact", Map.of("claim", claim, "evidence", Html.EMPTY));
    assertThat(fact.text()).contains("<div class=\"claim\">a &lt; b</div>");
  }

  @Test
  void text_whereHtmlGoes_isRefused() {
    assertThatThrownBy(() -> T.render("fact", Map.of("claim", "<i>x</i>", "evidence", Html.EMPTY)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("{{{claim}}} of fact takes Html");
  }

  @Test
  void html_whereTextGoes_isRefused() {
    assertThatThrownBy(
            () ->
                T.render(
                    "link",
                    HtmlTemplates.values(
                        "href", "/", "external", false, "text", new Html("<i>x</i>"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("would escape HTML");
  }

  @Test
  void missingValue_isRefused() {
    assertThatThrownBy(() -> T.render("link", Map.of("href", "/")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("No value for the placeholder text of the template link");
  }
}
