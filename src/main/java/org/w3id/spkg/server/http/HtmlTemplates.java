package org.w3id.spkg.server.http;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the server's HTML is escaped: every page is rendered by Mustache from template files on the
 * classpath, and a template escapes what it inserts. {@code {{name}}} inserts text, escaped ({@code
 * & < > " '}); {@code {{{name}}}} inserts HTML and takes only an {@link Html}, the output of
 * another template; {@code {{#name}}…{{/name}}} repeats for each item of a list (of maps) or shows
 * when a value is true or non-empty. A file of fragments holds several templates, each starting at
 * a {@code <!-- fragment: name -->} line.
 *
 * <p>Each render checks its values against the template: a placeholder with no value, text given to
 * {@code {{{name}}}} or HTML given to {@code {{name}}} (which would escape it twice) is an {@link
 * IllegalStateException}, so a forgotten value or a wrong brace fails in tests, not in a page.
 *
 * <pre>{@code
 * HtmlTemplates t = HtmlTemplates.of(MyPage.class, "entity-page/", "fragments.html");
 * Html link = t.render("link", Map.of("href", href, "text", label));
 * }</pre>
 */
public final class HtmlTemplates {

  private static final Pattern FRAGMENT_START = Pattern.compile("<!-- fragment: ([\\w.-]+) -->");
  private static final Pattern TAG =
      Pattern.compile("\\{\\{(\\{)?\\s*([#^/!&]?)\\s*([\\w.-]+)\\s*}?}}");

  /** The one frame of every page, {@code frame.html} beside this class, and its header's style. */
  private static final HtmlTemplates FRAME =
      of(HtmlTemplates.class, "", "frame.html", "site-header.css");

  /** The style sheet of the site header, inlined in the frame's {@code <style>}. */
  private static final Html SITE_STYLE = FRAME.render("site-header.css");

  /** One compiled template and the placeholders it has, for checking values. */
  private record Template(Mustache mustache, Slots slots) {}

  /** The placeholders of a template or section: names inserted escaped, raw, and sections. */
  private record Slots(Map<String, Boolean> raw, Map<String, Slots> sections) {}

  private final Map<String, Template> templates;

  private HtmlTemplates(Map<String, Template> templates) {
    this.templates = Map.copyOf(templates);
  }

  /**
   * The templates of the files in {@code folder} (relative to {@code anchor}'s package): a file
   * whose first line starts a fragment gives its fragments, any other file one template named as
   * the file ({@code page.html}).
   */
  public static HtmlTemplates of(Class<?> anchor, String folder, String... files) {
    DefaultMustacheFactory factory = new EscapingFactory();
    Map<String, Template> compiled = new LinkedHashMap<>();
    for (String file : files) {
      String text = resource(anchor, folder + file);
      Map<String, String> parts =
          text.contains("<!-- fragment: ") ? fragments(text) : Map.of(file, text);
      parts.forEach(
          (name, body) ->
              compiled.put(
                  name,
                  new Template(factory.compile(new StringReader(body), name), slots(name, body))));
    }
    return new HtmlTemplates(compiled);
  }

  /**
   * A page in the one frame of every page ({@code frame.html}): {@code title}, {@code head} and
   * {@code body}, below the site header (home, search box, query editor, API docs, ontology). The
   * header links from {@code siteBase}, the server's root as the page reaches it (defaults to
   * {@code "/"}; a page that may sit below a proxy's path gives a relative one like {@code "../"}).
   * The header's style is inlined: a page whose policy refuses inline styles allows {@link
   * #siteStyleSource()}.
   */
  public static Html page(Map<String, Object> values) {
    Map<String, Object> all = new LinkedHashMap<>(values);
    all.putIfAbsent("siteBase", "/");
    all.put("siteStyle", SITE_STYLE);
    return FRAME.render("frame.html", all);
  }

  /**
   * The Content-Security-Policy source that allows the frame's inline header style and nothing
   * else: {@code 'sha256-…'}.
   */
  public static String siteStyleSource() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(SITE_STYLE.text().getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK has no SHA-256", e);
    }
  }

  /** The template {@code name} rendered with {@code values}. */
  public Html render(String name, Map<String, ?> values) {
    Template t = templates.get(name);
    if (t == null) {
      throw new IllegalStateException("No template " + name + "; there are " + templates.keySet());
    }
    check(name, t.slots(), values);
    StringWriter out = new StringWriter();
    t.mustache().execute(out, values);
    return new Html(out.toString());
  }

  /**
   * Values for a render, as name, value, name, value…; a null value (or empty {@link Html}) is
   * absent, so {@code {{#name}}…{{/name}}} around it shows nothing.
   */
  public static Map<String, Object> values(Object... nameValue) {
    if (nameValue.length % 2 != 0) {
      throw new IllegalArgumentException("values come as name, value pairs");
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < nameValue.length; i += 2) {
      Object v = nameValue[i + 1];
      m.put((String) nameValue[i], v instanceof Html h && h.isEmpty() ? null : v);
    }
    return m;
  }

  /** A template with no placeholders (a style sheet, a fixed fragment) as it is. */
  public Html render(String name) {
    return render(name, Map.of());
  }

  private static void check(String template, Slots slots, Map<String, ?> values) {
    slots
        .raw()
        .forEach(
            (name, raw) -> {
              if (!values.containsKey(name)) {
                throw new IllegalStateException(
                    "No value for the placeholder " + name + " of the template " + template);
              }
              Object v = values.get(name);
              if (raw && v != null && !(v instanceof Html)) {
                throw new IllegalStateException(
                    "{{{"
                        + name
                        + "}}} of "
                        + template
                        + " takes Html made by a template, got "
                        + v);
              }
              if (!raw && v instanceof Html) {
                throw new IllegalStateException(
                    "{{"
                        + name
                        + "}} of "
                        + template
                        + " would escape HTML; write {{{"
                        + name
                        + "}}}");
              }
            });
    slots
        .sections()
        .forEach(
            (name, inner) -> {
              if (values.get(name) instanceof Iterable<?> items) {
                for (Object item : items) {
                  if (item instanceof Map<?, ?> map) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> m = (Map<String, ?>) map;
                    check(template + "#" + name, inner, m);
                  }
                }
              }
            });
  }

  /** The placeholders of a template, by section. */
  private static Slots slots(String name, String body) {
    Deque<Slots> open = new ArrayDeque<>();
    Deque<String> names = new ArrayDeque<>();
    open.push(new Slots(new LinkedHashMap<>(), new LinkedHashMap<>()));
    Matcher m = TAG.matcher(body);
    while (m.find()) {
      String kind = m.group(2);
      String tag = m.group(3);
      switch (kind) {
        case "#", "^" -> {
          Slots inner = new Slots(new LinkedHashMap<>(), new LinkedHashMap<>());
          open.peek().sections().put(tag, inner);
          open.push(inner);
          names.push(tag);
        }
        case "/" -> {
          if (names.isEmpty() || !names.pop().equals(tag)) {
            throw new IllegalStateException(
                "Template " + name + ": {{/" + tag + "}} closes nothing");
          }
          open.pop();
        }
        case "!" -> {}
        default -> {
          if (open.size() == 1 || !tag.equals(".")) {
            open.peek().raw().put(tag, m.group(1) != null || kind.equals("&"));
          }
        }
      }
    }
    List<String> unclosed = new ArrayList<>(names);
    if (!unclosed.isEmpty()) {
      throw new IllegalStateException("Template " + name + ": sections not closed: " + unclosed);
    }
    return open.peek();
  }

  /** The named fragments of a fragments file, in file order. */
  private static Map<String, String> fragments(String file) {
    Map<String, String> result = new LinkedHashMap<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    String text = file.endsWith("\n") ? file.substring(0, file.length() - 1) : file;
    for (String line : (text + "\n<!-- fragment: end -->").split("\n")) {
      Matcher m = FRAGMENT_START.matcher(line.strip());
      if (m.matches()) {
        if (name != null) {
          result.put(name, body.substring(0, Math.max(0, body.length() - 1)));
        }
        name = m.group(1);
        body.setLength(0);
      } else if (name != null) {
        body.append(line).append('\n');
      }
    }
    return result;
  }

  /** A text file next to {@code anchor} on the classpath ({@code path} relative to it). */
  public static String resource(Class<?> anchor, String path) {
    try (InputStream in = anchor.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("Missing the classpath resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the classpath resource " + path, e);
    }
  }

  /**
   * Text escaped as the templates escape it, for HTML and XML alike: {@code & < > " '} only
   * (Mustache's own escaper also escapes {@code =} and backquotes, which is correct but changes
   * every link's query).
   */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Mustache with {@link #escape}. */
  private static final class EscapingFactory extends DefaultMustacheFactory {
    @Override
    public void encode(String value, Writer writer) {
      try {
        writer.write(escape(value));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
