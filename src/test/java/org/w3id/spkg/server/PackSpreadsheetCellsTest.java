package org.w3id.spkg.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Pack answers over HTTP as CSV and TSV are safe to open in a spreadsheet: a value that starts like
 * a formula gets a leading {@code '}; {@code raw=true} gives the bytes as stored.
 */
class PackSpreadsheetCellsTest {

  private static final String ECHO = "api/packs/sample/06-echo";
  private static final String FORMULA = "=HYPERLINK(\"http://x.example/\",\"x\") click";

  private static ServedPacks served;

  @BeforeAll
  static void start() throws Exception {
    served = ServedPacks.start(10_000);
  }

  @AfterAll
  static void stop() {
    if (served != null) {
      served.close();
    }
  }

  private static String text(String value) {
    return "?text=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  @Test
  void csv_formulaGetsALeadingQuote() throws Exception {
    HttpResponse<String> r = served.get(ECHO + ".csv" + text(FORMULA), null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().split("\r\n")[1]).startsWith("\"'=HYPERLINK(");
  }

  @Test
  void tsv_atSignGetsALeadingQuote_byAcceptToo() throws Exception {
    HttpResponse<String> r = served.get(ECHO + text("@SUM(A1:A9)"), "text/tab-separated-values");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().split("\n")[1]).startsWith("\"'@SUM(A1:A9)\"");
  }

  @Test
  void rawTrue_givesTheValueAsStored() throws Exception {
    HttpResponse<String> r = served.get(ECHO + ".csv" + text("=1+2") + "&raw=true", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().split("\r\n")[1]).startsWith("=1+2,");
  }

  @Test
  void negativeNumber_isLeftAlone() throws Exception {
    HttpResponse<String> r = served.get(ECHO + ".csv?count=-5", null);

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body().split("\r\n")[1]).endsWith(",-5");
  }

  @Test
  void rawThatIsNotABoolean_is400() throws Exception {
    HttpResponse<String> r = served.get(ECHO + ".csv?raw=maybe", null);

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).contains("'raw' is true or false");
  }
}
