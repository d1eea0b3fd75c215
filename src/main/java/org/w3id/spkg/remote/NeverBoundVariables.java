package org.w3id.spkg.remote;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.E_Coalesce;
import org.apache.jena.sparql.expr.E_Conditional;
import org.apache.jena.sparql.expr.E_LogicalAnd;
import org.apache.jena.sparql.expr.E_LogicalOr;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.ExprVars;
import org.apache.jena.sparql.syntax.PatternVars;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Takes out of a query sent to another store the {@code COALESCE} arguments that can only be an
 * error because they read a variable the query never binds — a pack parameter left unset, as in
 * {@code FILTER (COALESCE(?nation = ?__nation_iri, true))}. SPARQL makes such an argument an error,
 * so {@code COALESCE} goes on to the next one; Virtuoso 7 instead turns the comparison of two
 * variables into a join and drops every row ({@code docs/upstream/virtuoso.md}). The rewritten
 * query has the same answers on any store that follows SPARQL. Only arguments made of functions
 * that pass an error on are taken out; one with {@code BOUND}, {@code COALESCE}, {@code IF}, {@code
 * ||}, {@code &&} or {@code EXISTS} is kept.
 */
final class NeverBoundVariables {

  private NeverBoundVariables() {}

  /** The query without the COALESCE arguments that read a variable it never binds. */
  static Query simplify(Query query) {
    if (query.getQueryPattern() == null) {
      return query;
    }
    Set<Var> bound = new HashSet<>(PatternVars.vars(query.getQueryPattern()));
    return QueryTransformOps.transform(
        query, new ElementTransformCopyBase(), new DropErrors(bound));
  }

  private static final class DropErrors extends ExprTransformCopy {
    private final Set<Var> bound;

    DropErrors(Set<Var> bound) {
      this.bound = bound;
    }

    @Override
    public Expr transform(ExprFunctionN func, ExprList args) {
      if (!(func instanceof E_Coalesce)) {
        return super.transform(func, args);
      }
      ExprList kept = new ExprList();
      for (Expr arg : args) {
        if (!alwaysAnError(arg)) {
          kept.add(arg);
        }
      }
      if (kept.isEmpty() || kept.size() == args.size()) {
        return super.transform(func, args);
      }
      return kept.size() == 1 ? kept.get(0) : new E_Coalesce(kept);
    }

    private boolean alwaysAnError(Expr arg) {
      Collection<Var> vars = ExprVars.getVarsMentioned(arg);
      return vars.stream().anyMatch(v -> !bound.contains(v)) && strict(arg);
    }

    /** Whether an error anywhere in {@code e} is its value. */
    private static boolean strict(Expr e) {
      if (e instanceof E_Bound
          || e instanceof E_Coalesce
          || e instanceof E_Conditional
          || e instanceof E_LogicalOr
          || e instanceof E_LogicalAnd
          || e instanceof ExprFunctionOp) {
        return false;
      }
      if (e.isFunction()) {
        for (Expr a : e.getFunction().getArgs()) {
          if (!strict(a)) {
            return false;
          }
        }
      }
      return true;
    }
  }
}
