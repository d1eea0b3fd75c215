package org.w3id.spkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's HTML is built from template files on the classpath: {@code {{name}}} placeholders
 * filled with values that are already HTML, text escaped with {@link #html}, and files of named
 * fragments, each starting at a {@code <!-- fragment: name -->} line.
 */
final class HtmlTemplates {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
  private static final Pattern FRAGMENT_START = Pattern.compile("<!-- fragment: ([\\w-]+) -->");

  private HtmlTemplates() {}

  /** Replaces each {@code {{name}}} by its value; the values are already HTML. */
  static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException("No value for the placeholder " + m.group());
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    return m.appendTail(out).toString();
  }

  /** Text escaped for HTML element content and quoted attribute values. */
  static String html(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** The named fragments of a fragments file, in file order. */
  static Map<String, String> fragments(String file) {
    Map<String, String> result = new LinkedHashMap<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : (file + "\n<!-- fragment: end -->").split("\n")) {
      Matcher m = FRAGMENT_START.matcher(line.strip());
      if (m.matches()) {
        if (name != null) {
          result.put(name, body.toString());
        }
        name = m.group(1);
        body.setLength(0);
      } else if (name != null) {
        body.append(line).append('\n');
      }
    }
    return Map.copyOf(result);
  }

  /** A text file next to {@code anchor} on the classpath ({@code path} relative to it). */
  static String resource(Class<?> anchor, String path) {
    try (InputStream in = anchor.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing the classpath resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the classpath resource " + path, e);
    }
  }
}
