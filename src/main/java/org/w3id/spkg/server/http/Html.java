package org.w3id.spkg.server.http;

import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A piece of HTML made by rendering a template ({@link HtmlTemplates#render}): the only kind of
 * value a template inserts unescaped, as {@code {{{name}}}}. Text is never wrapped in one by hand;
 * it goes into a template as a {@code String} and is escaped there. The one other producer is the
 * evidence-quote renderer ({@code pages.QuoteHtml}), which escapes everything but the links and
 * emphasis it makes itself from a quote's Markdown.
 *
 * @param text the HTML
 */
public record Html(String text) {

  /** No HTML at all. */
  public static final Html EMPTY = new Html("");

  public Html {
    Objects.requireNonNull(text, "text");
  }

  /** The pieces one after the other, each followed by {@code separator} but the last. */
  public static Html join(Stream<Html> pieces, String separator) {
    return new Html(pieces.map(Html::text).collect(Collectors.joining(separator)));
  }

  /** Whether there is no HTML. */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  @Override
  public String toString() {
    return text;
  }
}
