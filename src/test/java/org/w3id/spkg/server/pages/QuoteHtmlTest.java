package org.w3id.spkg.server.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** An evidence quote's Markdown shown as text with its links, and nothing else let through. */
class QuoteHtmlTest {

  private static String html(String markdown) {
    return QuoteHtml.of(markdown).text();
  }

  @Test
  void link_toTheWeb_becomesAnAnchorWithItsText() {
    assertThat(html("Signed by [ESA](https://www.esa.int/About) in Paris."))
        .isEqualTo(
            "Signed by <a rel=\"external nofollow\" href=\"https://www.esa.int/About\">ESA</a>"
                + " in Paris.");
  }

  @Test
  void boldAndEmphasis_becomeStrongAndEm() {
    assertThat(html("The **Artemis Accords** were *signed* by _Japan_."))
        .isEqualTo("The <strong>Artemis Accords</strong> were <em>signed</em> by <em>Japan</em>.");
  }

  @Test
  void javascriptLink_becomesPlainText() {
    assertThat(html("Click [here](javascript:alert(1)) or [there](JavaScript&#58;alert(2))."))
        .isEqualTo("Click here or there.");
  }

  @Test
  void relativeAndMailLinksAndImages_becomeTheirText() {
    assertThat(
            html("See [the annex](annex.md), [us](mailto:a@b.c) and ![a logo](https://x.y/l.png)."))
        .isEqualTo("See the annex, us and a logo.");
  }

  @Test
  void scriptInTheText_isEscaped() {
    String out = html("Tom <script>alert(1)</script> and <b onclick=\"x()\">bold</b>.");
    assertThat(out)
        .doesNotContain("<script", "<b ")
        .isEqualTo(
            "Tom &lt;script&gt;alert(1)&lt;/script&gt; and &lt;b onclick=&quot;x()&quot;&gt;bold"
                + "&lt;/b&gt;.");
    Document d = Jsoup.parseBodyFragment(out);
    assertThat(d.select("script, b")).isEmpty();
  }

  @Test
  void unmatchedBracketAndStar_stayAsText() {
    assertThat(html("Section [3 of the * treaty")).isEqualTo("Section [3 of the * treaty");
    assertThat(html("a ** b ](c) 5 * 3")).isEqualTo("a ** b ](c) 5 * 3");
  }

  @Test
  void unmatchedEmphasisMarks_atAWordsEdge_areDropped() {
    // A sentence cut from "**U.S.-Japan Cooperation:** The US and Japan…" keeps a closing "**".
    assertThat(html("Cooperation:** The *US and snake_case x**y"))
        .isEqualTo("Cooperation: The US and snake_case x**y");
  }

  @Test
  void ampersand_isEscapedOnce() {
    assertThat(html("R&D & AT&amp;T")).isEqualTo("R&amp;D &amp; AT&amp;T");
  }

  @Test
  void linkUrl_isEscapedInItsAttribute() {
    String out = html("[a](https://x.y/?q=\"<b>\"&r=1)");
    Document d = Jsoup.parseBodyFragment(out);
    assertThat(d.select("a").attr("href")).startsWith("https://x.y/?q=");
    assertThat(d.select("b")).isEmpty();
  }

  @Test
  void blocks_areFlattened_andLineBreaksAreSpaces() {
    assertThat(html("# Title\n> quoted  \nline\n\n---\n\n2. The Parties agree"))
        .isEqualTo("Title quoted line 2. The Parties agree");
  }

  @Test
  void spaceAtEitherEnd_isKeptAsOne() {
    assertThat(html("  the **end** ")).isEqualTo(" the <strong>end</strong> ");
    assertThat(html("   ")).isEqualTo(" ");
    assertThat(html("")).isEmpty();
  }

  @Test
  void looseMarks_beforePunctuationOrANoBreakSpace_areDropped() {
    // Sentences cut from bold-led items of the real briefings (issue #16 item 1).
    assertThat(html("over their full college tuition and fees**."))
        .isEqualTo("over their full college tuition and fees.");
    assertThat(html("LEADERSHIP:**\u00a0Today, the President"))
        .isEqualTo("LEADERSHIP:\u00a0Today, the President");
    assertThat(html("Online Resources Hub**: Federal agencies"))
        .isEqualTo("Online Resources Hub: Federal agencies");
    assertThat(html("\u00a0****To ensure")).isEqualTo("\u00a0To ensure");
    assertThat(html("Dialogue on Space:\u00a0** Experts from"))
        .isEqualTo("Dialogue on Space:\u00a0 Experts from");
    assertThat(html("$1.25 million for **")).isEqualTo("$1.25 million for ");
    assertThat(html("**: ")).isEqualTo(": ");
    assertThat(html("**   \n* ****To ensure")).isEqualTo(" * To ensure");
  }

  @Test
  void presentationalTags_areDropped_theirTextKept() {
    assertThat(html("Space Climate Observatory:</u>** Vice President Harris"))
        .isEqualTo("Space Climate Observatory: Vice President Harris");
    assertThat(html("in partnership<s>s</s> with")).isEqualTo("in partnerships with");
  }
}
