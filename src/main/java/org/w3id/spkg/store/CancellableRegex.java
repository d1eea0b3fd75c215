package org.w3id.spkg.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's REGEX that stops when its query is cancelled ({@link CancellableText}). It is written
 * and printed as REGEX, so a SERVICE call sends it unchanged.
 */
final class CancellableRegex extends E_Regex {

  private final AtomicBoolean cancel;
  private final Pattern constant;

  /**
   * @param flags null for none
   * @param cancel the cancel signal of the query the expression belongs to
   */
  CancellableRegex(Expr value, Expr pattern, Expr flags, AtomicBoolean cancel) {
    super(value, pattern, flags);
    this.cancel = cancel;
    this.constant = CancellableText.constantPattern("REGEX", pattern, flags);
  }

  /**
   * Refuses to evaluate without the query's environment: the optimizer folds constant expressions
   * this way, before the query's time limit can cancel anything, so the expression is left to run
   * with the query.
   */
  @Override
  public NodeValue eval(List<NodeValue> args) {
    throw new ExprEvalException("REGEX is evaluated with its query only");
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    Pattern p =
        constant != null
            ? constant
            : CancellableText.compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
    return NodeValue.booleanReturn(CancellableText.find(args.get(0), p, cancel));
  }

  @Override
  public Expr copy(ExprList args) {
    return new CancellableRegex(
        args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, cancel);
  }
}
