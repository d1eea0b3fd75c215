package org.w3id.spkg.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command line of a benchmark program: {@code --name value} options (repeatable ones kept in
 * order) and {@code --flag} switches, checked against the names the program knows.
 */
final class HarnessOptions {

  private final Map<String, List<String>> values = new HashMap<>();

  private HarnessOptions() {}

  /**
   * Parses {@code args}; {@code valued} names take a value, {@code flags} do not. An unknown name
   * or a missing value is an {@link IllegalArgumentException} that says which.
   */
  static HarnessOptions parse(String[] args, List<String> valued, List<String> flags) {
    HarnessOptions o = new HarnessOptions();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      String name = a;
      String value = null;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      if (flags.contains(name) && value == null) {
        o.values.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
      } else if (valued.contains(name)) {
        if (value == null) {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException(name + " needs a value");
          }
          value = args[++i];
        }
        o.values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      } else {
        throw new IllegalArgumentException(
            "unknown option " + a + "; expected one of " + valued + " (with a value) or " + flags);
      }
    }
    return o;
  }

  String get(String name, String fallback) {
    List<String> v = values.get(name);
    return v == null ? fallback : v.get(v.size() - 1);
  }

  List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  boolean flag(String name) {
    return values.containsKey(name);
  }

  int integer(String name, int fallback) {
    return Integer.parseInt(get(name, Integer.toString(fallback)));
  }

  Path path(String name, String fallback) {
    return Path.of(get(name, fallback));
  }

  /** A comma-separated list; empty when the option is absent and {@code fallback} is empty. */
  List<String> list(String name, String fallback) {
    String v = get(name, fallback);
    return v.isBlank() ? List.of() : List.of(v.split(","));
  }
}
