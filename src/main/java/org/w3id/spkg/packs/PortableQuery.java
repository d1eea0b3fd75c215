package org.w3id.spkg.packs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGroup;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_Str;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprAggregator;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunction0;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprFunction2;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcat;
import org.apache.jena.sparql.expr.aggregate.AggGroupConcatDistinct;
import org.apache.jena.sparql.expr.aggregate.AggSample;
import org.apache.jena.sparql.expr.aggregate.AggSampleDistinct;
import org.apache.jena.sparql.expr.aggregate.Aggregator;

/**
 * What makes a pack query's answer depend on the store that runs it, found in its text: SPARQL 1.1
 * leaves some answers to the implementation, and a pack's answer must be the same on every
 * conforming store (its expected file, an {@code --endpoint}, grlc over another store).
 *
 * <ul>
 *   <li>{@code SAMPLE} — any value of the group (§18.5.1.8);
 *   <li>{@code GROUP_CONCAT} — the order of the values is not defined (§18.5.1.7), even over an
 *       ordered subquery: the concatenated string differs between stores;
 *   <li>{@code RAND()}, {@code NOW()}, {@code UUID()}, {@code STRUUID()}, {@code BNODE()} — a new
 *       value on every run;
 *   <li>an {@code ORDER BY} that does not fix a total order: rows that tie come in any order
 *       (§15.1), so an answer compared in order differs between stores, and a page of a paginated
 *       query may repeat or skip rows. Every projected variable must be a sort key, as itself or as
 *       {@code STR(?v)}; a paginated query must have an {@code ORDER BY}.
 * </ul>
 *
 * <p>Found in an answer ({@link #orderProblems}): an {@code ORDER BY} on a variable whose values
 * are literals SPARQL does not order — with a language tag, of a datatype its operators do not
 * compare ({@code xsd:date}, {@code xsd:gYear}, …), or of kinds it does not compare with each other
 * (a number and a string) — leaves their order to the store (§15.1, §17.3); sort on {@code
 * STR(?v)}.
 */
final class PortableQuery {

  private static final Set<String> VOLATILE = Set.of("rand", "now", "uuid", "struuid", "bnode");

  private PortableQuery() {}

  /** Why {@code query}'s answer may depend on the store; empty when nothing does. */
  static List<String> problems(PackQuery query) {
    return problems(query.query(), query.header().pagination() > 0);
  }

  /**
   * Why {@code query}'s answer may depend on the store; empty when nothing does.
   *
   * @param paginated whether the query is run a page at a time (then its order must be total)
   */
  static List<String> problems(Query query, boolean paginated) {
    Set<String> found = new TreeSet<>();
    Walker.walk(
        Algebra.compile(query),
        new OpVisitorBase() {
          @Override
          public void visit(OpGroup group) {
            for (ExprAggregator e : group.getAggregators()) {
              Aggregator agg = e.getAggregator();
              if (agg instanceof AggSample || agg instanceof AggSampleDistinct) {
                found.add(
                    "SAMPLE picks any value of its group, so the answer depends on the store; use"
                        + " MIN or MAX, or one row per value");
              } else if (agg instanceof AggGroupConcat || agg instanceof AggGroupConcatDistinct) {
                found.add(
                    "GROUP_CONCAT joins values in an order SPARQL does not define (not even over"
                        + " an ordered subquery), so the string depends on the store; give one row"
                        + " per value, or COUNT, MIN or MAX");
              }
            }
          }
        },
        new ExprVisitorBase() {
          @Override
          public void visit(ExprFunction0 func) {
            check(func);
          }

          @Override
          public void visit(ExprFunction1 func) {
            check(func);
          }

          @Override
          public void visit(ExprFunction2 func) {
            check(func);
          }

          @Override
          public void visit(ExprFunctionN func) {
            check(func);
          }

          private void check(ExprFunction func) {
            String name = func.getFunctionPrintName(null);
            if (name != null && VOLATILE.contains(name.toLowerCase(Locale.ROOT))) {
              found.add(
                  name.toUpperCase(Locale.ROOT)
                      + "() gives a new value on every run, so no two answers agree");
            }
          }
        });
    List<String> problems = new ArrayList<>(found);
    List<String> unordered = unorderedVariables(query);
    if (paginated && !query.hasOrderBy()) {
      problems.add("a paginated query needs an ORDER BY that names every projected variable");
    } else if (!unordered.isEmpty()) {
      problems.add(
          "ORDER BY leaves rows that tie in any order"
              + (paginated ? ", so pages may repeat or skip them" : "")
              + "; add "
              + String.join(" ", unordered)
              + " as sort keys (as themselves or STR(...)) so that every store gives one order");
    }
    return problems;
  }

  /**
   * The sort keys of {@code query} that are bare variables whose values in {@code answer} SPARQL
   * does not order: literals with a language tag or of a datatype its {@code <} does not compare,
   * or literals of kinds it does not compare with each other. IRIs, blank nodes and unbound values
   * are ordered against everything (§15.1).
   */
  static List<String> orderProblems(Query query, ResultTable answer) {
    if (!query.hasOrderBy() || answer.isAsk()) {
      return List.of();
    }
    List<String> problems = new ArrayList<>();
    for (SortCondition c : query.getOrderBy()) {
      if (!c.getExpression().isVariable()) {
        continue;
      }
      Var v = c.getExpression().asVar();
      Set<String> kinds = new TreeSet<>();
      for (var row : answer.rows()) {
        Node n = row.get(v);
        if (n != null && n.isLiteral()) {
          kinds.add(kind(n));
        }
      }
      boolean unordered = kinds.stream().anyMatch(k -> !ORDERED_KINDS.contains(k));
      if (unordered || kinds.size() > 1) {
        problems.add(
            "ORDER BY ?"
                + v.getVarName()
                + " compares "
                + String.join(" and ", kinds)
                + " literals, whose order SPARQL leaves to the store; sort on STR(?"
                + v.getVarName()
                + ")");
      }
    }
    return problems;
  }

  private static final Set<String> ORDERED_KINDS =
      Set.of("numeric", "string", "boolean", "xsd:dateTime");

  private static String kind(Node literal) {
    if (!literal.getLiteralLanguage().isEmpty()) {
      return "language-tagged";
    }
    String datatype = literal.getLiteralDatatypeURI();
    if (XSDDatatype.XSDstring.getURI().equals(datatype)) {
      return "string";
    } else if (XSDDatatype.XSDboolean.getURI().equals(datatype)) {
      return "boolean";
    } else if (XSDDatatype.XSDdateTime.getURI().equals(datatype)) {
      return "xsd:dateTime";
    } else if (NodeValue.makeNode(literal).isNumber()) {
      return "numeric";
    }
    return datatype.startsWith(XSDDatatype.XSD + "#")
        ? "xsd:" + datatype.substring(XSDDatatype.XSD.length() + 1)
        : "<" + datatype + ">";
  }

  /** True if the query's ORDER BY names every projected variable, so the order is total. */
  static boolean ordersTotally(Query query) {
    return query.hasOrderBy() && unorderedVariables(query).isEmpty();
  }

  /** The projected variables that are not sort keys (as {@code ?v} or {@code STR(?v)}). */
  private static List<String> unorderedVariables(Query query) {
    if (!query.isSelectType() || !query.hasOrderBy()) {
      return List.of();
    }
    Set<Var> keys = new java.util.HashSet<>();
    for (SortCondition c : query.getOrderBy()) {
      Expr e = c.getExpression();
      if (e instanceof E_Str str) {
        e = str.getArg();
      }
      if (e.isVariable()) {
        keys.add(e.asVar());
      }
    }
    return query.getProjectVars().stream()
        .filter(v -> !keys.contains(v))
        .map(v -> "?" + v.getVarName())
        .toList();
  }
}
