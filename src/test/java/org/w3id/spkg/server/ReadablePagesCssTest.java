package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.server.http.HtmlTemplates;
import org.w3id.spkg.server.ontology.OntologyDocumentation;

/**
 * What the browser checks found on the ontology and API pages at 390 px and against WCAG AA (issue
 * #16 item 9), pinned in their style sheets: the ontology's tables wrap long names instead of
 * widening the page (it was 652 px wide), its links are underlined, and the white text of Swagger
 * UI's badges sits on backgrounds dark enough for 4.5:1.
 */
class ReadablePagesCssTest {

  private static final Pattern BACKGROUND = Pattern.compile("background: (#[0-9a-f]{6});");

  @Test
  void ontologyTables_wrapLongNames_andLinksAreUnderlined() {
    String css =
        HtmlTemplates.resource(OntologyDocumentation.class, "ontology-doc/ontology-doc.css");
    assertThat(css).containsPattern("table \\{[^}]*table-layout: fixed");
    assertThat(css).containsPattern("th, td \\{[^}]*overflow-wrap: anywhere");
    assertThat(css).containsPattern("(?m)^a \\{[^}]*text-decoration: underline");
    assertThat(css).doesNotContainPattern("\\.anchor \\{[^}]*color: var\\(--line\\)");
  }

  @Test
  void swaggerBadges_haveAAContrastWithWhiteText() {
    String page =
        HtmlTemplates.resource(org.w3id.spkg.server.api.PacksApi.class, "swagger-ui.html");
    Matcher m = BACKGROUND.matcher(page);
    int badges = 0;
    while (m.find()) {
      badges++;
      assertThat(contrastWithWhite(m.group(1))).as(m.group(1)).isGreaterThanOrEqualTo(4.5);
    }
    assertThat(badges).as("the overrides of Swagger UI's badge colours").isGreaterThanOrEqualTo(5);
  }

  private static double contrastWithWhite(String hex) {
    double l = 0;
    double[] weights = {0.2126, 0.7152, 0.0722};
    for (int i = 0; i < 3; i++) {
      double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
      l += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return 1.05 / (l + 0.05);
  }
}
