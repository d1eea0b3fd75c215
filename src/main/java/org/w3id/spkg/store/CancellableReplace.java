package org.w3id.spkg.store;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL's REPLACE that stops when its query is cancelled ({@link CancellableText}). It is written
 * and printed as REPLACE, so a SERVICE call sends it unchanged.
 */
final class CancellableReplace extends E_StrReplace {

  private final AtomicBoolean cancel;
  private final Pattern constant;

  /**
   * @param flags null for none
   * @param cancel the cancel signal of the query the expression belongs to
   */
  CancellableReplace(Expr value, Expr pattern, Expr replacement, Expr flags, AtomicBoolean cancel) {
    super(value, pattern, replacement, flags);
    this.cancel = cancel;
    this.constant = CancellableText.constantPattern("REPLACE", pattern, flags);
  }

  /**
   * Refuses to evaluate without the query's environment: the optimizer folds constant expressions
   * this way, before the query's time limit can cancel anything, so the expression is left to run
   * with the query.
   */
  @Override
  public NodeValue eval(List<NodeValue> args) {
    throw new ExprEvalException("REPLACE is evaluated with its query only");
  }

  @Override
  public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
    Pattern p =
        constant != null
            ? constant
            : CancellableText.compile("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
    return CancellableText.replace(args.get(0), p, args.get(2), cancel);
  }

  @Override
  public Expr copy(ExprList args) {
    return new CancellableReplace(
        args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, cancel);
  }
}
