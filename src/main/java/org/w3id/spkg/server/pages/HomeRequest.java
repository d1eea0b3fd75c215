package org.w3id.spkg.server.pages;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The GET parameters of a listing page (documents, network, timeline), checked: each names a
 * parameter the page takes, at most once, with a value it knows. What is wrong is a {@link
 * BadParameter} whose message says what was given, what the page takes and how to mend the link;
 * the page answers it with 400.
 */
final class HomeRequest {

  /** The earliest and latest year a page takes. */
  static final int MIN_YEAR = 1900;

  static final int MAX_YEAR = 2200;

  private final Map<String, String[]> parameters;

  /**
   * The parameters of a request to a page that takes {@code known}; any other is a {@link
   * BadParameter}, as is one given twice.
   */
  HomeRequest(Map<String, String[]> parameters, Collection<String> known) {
    this.parameters = Map.copyOf(parameters);
    Set<String> unknown = new TreeSet<>(parameters.keySet());
    unknown.removeAll(known);
    if (!unknown.isEmpty()) {
      throw new BadParameter(
          "The page takes no parameter "
              + String.join(", ", unknown)
              + ". It takes "
              + String.join(", ", known)
              + "; remove the others from the address.");
    }
    parameters.forEach(
        (name, values) -> {
          if (values.length > 1) {
            throw new BadParameter(
                "The parameter " + name + " is given " + values.length + " times; give it once.");
          }
        });
  }

  /** The value of {@code name}, absent when it is not given or empty. */
  Optional<String> value(String name) {
    String[] values = parameters.get(name);
    return values == null || values[0].isBlank() ? Optional.empty() : Optional.of(values[0].trim());
  }

  /** The value of {@code name}, one of {@code allowed} ({@code what} names them in a message). */
  Optional<String> choice(String name, Collection<String> allowed, String what) {
    Optional<String> v = value(name);
    if (v.isPresent() && !allowed.contains(v.get())) {
      List<String> some = allowed.stream().sorted().limit(30).toList();
      throw new BadParameter(
          "Unknown "
              + name
              + " '"
              + v.get()
              + "'. The "
              + what
              + " in the store are: "
              + (some.isEmpty() ? "none" : String.join(", ", some))
              + (allowed.size() > some.size() ? ", … (" + allowed.size() + " in all)" : "")
              + ". Pick one of them, or leave "
              + name
              + " out for all.");
    }
    return v;
  }

  /**
   * The year {@code name} gives, four digits (or {@code undated} where {@code allowed} has it), one
   * of {@code allowed} ({@code what} names them in a message).
   */
  Optional<String> yearChoice(String name, Collection<String> allowed, String what) {
    Optional<String> v = value(name);
    if (v.isPresent() && !v.get().matches("[0-9]{4}") && !allowed.contains(v.get())) {
      throw new BadParameter(
          "The parameter "
              + name
              + " is '"
              + v.get()
              + "', not a year of four digits, such as "
              + name
              + "=2023.");
    }
    return choice(name, allowed, what);
  }

  /** The year {@code name} gives, four digits between {@link #MIN_YEAR} and {@link #MAX_YEAR}. */
  Optional<Integer> year(String name) {
    Optional<String> v = value(name);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    int year = number(name, v.get(), "a year of four digits, such as " + name + "=2023");
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new BadParameter(
          "The "
              + name
              + " "
              + year
              + " is out of range: give a year from "
              + MIN_YEAR
              + " to "
              + MAX_YEAR
              + ".");
    }
    return Optional.of(year);
  }

  /** A whole number from {@code min} to {@code max}; {@code fallback} when not given. */
  int number(String name, int min, int max, int fallback) {
    Optional<String> v = value(name);
    if (v.isEmpty()) {
      return fallback;
    }
    int n = number(name, v.get(), "a whole number from " + min + " to " + max);
    if (n < min || n > max) {
      throw new BadParameter(
          "The "
              + name
              + " "
              + n
              + " is out of range: give a whole number from "
              + min
              + " to "
              + max
              + ".");
    }
    return n;
  }

  /**
   * The page asked for ({@link PageNumber}: 1 when not given) of a list of {@code total} rows,
   * {@code size} a page; an empty list has its first page.
   */
  int page(long total, int size) {
    try {
      return PageNumber.parse(value("page").orElse(null)).within(total, size).value();
    } catch (PageNumber.Refused e) {
      String message = e.getMessage();
      throw new BadParameter(
          e.status(),
          e.status() == 404
              ? message.substring(0, message.length() - 1) + ", with these filters."
              : message);
    }
  }

  private static int number(String name, String value, String expected) {
    if (!value.matches("[0-9]{1,9}")) {
      throw new BadParameter(
          "The parameter " + name + " is '" + value + "', not " + expected + ".");
    }
    return Integer.parseInt(value);
  }

  /**
   * A parameter the page cannot answer: the page says the message with its status, 400 (or 404 for
   * a page past the last).
   */
  static final class BadParameter extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    BadParameter(String message) {
      this(400, message);
    }

    BadParameter(int status, String message) {
      super(message);
      this.status = status;
    }

    int status() {
      return status;
    }
  }
}
