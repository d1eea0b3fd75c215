package org.w3id.spkg.store;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;

/**
 * A string that a regular expression reads through a query's cancel signal: every {@value
 * #CHECK_EVERY} characters read, it looks at the signal and, once the query is cancelled (its time
 * limit passed), throws {@link QueryCancelledException}. {@code java.util.regex} reads its input
 * only through {@link #charAt}, so a pattern that backtracks for hours over a short string (such as
 * {@code ^(.*a){20}b$}) stops within moments of the time limit, and its thread is free again.
 *
 * <p>The static methods are SPARQL's REGEX and REPLACE over such strings, with Jena's meaning: the
 * flags {@code smixq}, a REPLACE that keeps the language tag or datatype of its input.
 */
final class CancellableText implements CharSequence {

  /** How many characters are read between two looks at the signal. */
  static final int CHECK_EVERY = 4096;

  private final String text;
  private final AtomicBoolean cancel;
  private int untilCheck = CHECK_EVERY;

  CancellableText(String text, AtomicBoolean cancel) {
    this.text = text;
    this.cancel = cancel;
  }

  @Override
  public char charAt(int index) {
    if (--untilCheck == 0) {
      untilCheck = CHECK_EVERY;
      if (cancel.get()) {
        throw new QueryCancelledException();
      }
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  /** A plain string: the matcher copies pieces out this way, it does not match on them. */
  @Override
  public CharSequence subSequence(int start, int end) {
    return text.substring(start, end);
  }

  @Override
  public String toString() {
    return text;
  }

  /**
   * The pattern of a regex function whose pattern and flags are constant strings, compiled once
   * when the query is planned; null when either is computed per row.
   *
   * @param flags null for none
   */
  static Pattern constantPattern(String function, Expr pattern, Expr flags) {
    return isString(pattern) && (flags == null || isString(flags))
        ? compile(function, pattern.getConstant(), flags == null ? null : flags.getConstant())
        : null;
  }

  private static boolean isString(Expr e) {
    return e.isConstant() && e.getConstant().isString();
  }

  /** The pattern of a REGEX or REPLACE: {@code pattern} with {@code flags} (null for none). */
  static Pattern compile(String function, NodeValue pattern, NodeValue flags) {
    String p = NodeValueOps.checkAndGetStringLiteral(function, pattern).getLiteralLexicalForm();
    String f =
        flags == null
            ? null
            : NodeValueOps.checkAndGetStringLiteral(function, flags).getLiteralLexicalForm();
    return RegexEngine.makePattern(function, p, f);
  }

  /** SPARQL's REGEX: whether {@code pattern} matches somewhere in the string {@code value}. */
  static boolean find(NodeValue value, Pattern pattern, AtomicBoolean cancel) {
    String text = NodeValueOps.checkAndGetStringLiteral("REGEX", value).getLiteralLexicalForm();
    return pattern.matcher(new CancellableText(text, cancel)).find();
  }

  /**
   * SPARQL's REPLACE: {@code value} with every match of {@code pattern} replaced. As in Jena, an
   * empty match counts only when it is the first match; the answer keeps the language tag or
   * datatype of {@code value}, and is {@code value} itself when nothing changed.
   */
  static NodeValue replace(
      NodeValue value, Pattern pattern, NodeValue replacement, AtomicBoolean cancel) {
    Node node = NodeValueOps.checkAndGetStringLiteral("REPLACE", value);
    String with =
        NodeValueOps.checkAndGetStringLiteral("REPLACE", replacement).getLiteralLexicalForm();
    String text = node.getLiteralLexicalForm();
    Matcher m = pattern.matcher(new CancellableText(text, cancel));
    StringBuilder out = null;
    try {
      while (m.find()) {
        if (out == null) {
          out = new StringBuilder(text.length());
        } else if (m.start() == m.end()) {
          continue;
        }
        m.appendReplacement(out, with);
      }
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new ExprEvalException("REPLACE: the replacement '" + with + "' is not valid: " + e);
    }
    if (out == null) {
      return value;
    }
    m.appendTail(out);
    String result = out.toString();
    if (result.equals(text)) {
      return value;
    }
    return NodeValue.makeNode(
        NodeFactory.createLiteral(result, node.getLiteralLanguage(), node.getLiteralDatatype()));
  }
}
