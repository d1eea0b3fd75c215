package org.w3id.spkg;

import java.util.Objects;

/**
 * Input that spkg cannot use: a file that is missing, unreadable or does not parse. Carries where
 * the problem is (source, and line and column where known) apart from what it is, so the message
 * reads {@code file:line:col: what. hint}.
 */
public class InputException extends SpkgException {

  private static final long serialVersionUID = 1L;

  /** Line or column not known. */
  public static final long UNKNOWN = -1;

  private final String source;
  private final long line;
  private final long column;
  private final String problem;

  /**
   * @param source the file or other input, as the user named it
   * @param line 1-based line, or {@link #UNKNOWN}
   * @param column 1-based column, or {@link #UNKNOWN}
   * @param problem what is wrong and what to do about it
   * @param cause the underlying exception, or null
   */
  public InputException(String source, long line, long column, String problem, Throwable cause) {
    super(format(source, line, column, problem), cause);
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
    this.problem = Objects.requireNonNull(problem, "problem");
  }

  public InputException(String source, String problem) {
    this(source, UNKNOWN, UNKNOWN, problem, null);
  }

  public String source() {
    return source;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  public String problem() {
    return problem;
  }

  private static String format(String source, long line, long column, String problem) {
    StringBuilder where = new StringBuilder(source);
    if (line > 0) {
      where.append(':').append(line);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    return where + ": " + problem;
  }
}
