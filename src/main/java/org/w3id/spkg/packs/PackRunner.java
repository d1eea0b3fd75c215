package org.w3id.spkg.packs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.TriplePath;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.w3id.spkg.SpkgException;

/**
 * Binds and runs pack queries on a {@link QueryTarget}. Values are checked by type, and against the
 * values {@code #+ enumerate:} allows, before anything runs; an optional parameter without a value
 * stays unbound. A paginated query gets {@code LIMIT} and {@code OFFSET} for the page asked for.
 *
 * <pre>{@code
 * PackRunner runner = new PackRunner(QueryTarget.dataset(store.datasetGraph(), "data/"));
 * PackResult result = runner.run(query, Map.of("partnership", "program/cspo"), 1);
 * }</pre>
 */
public final class PackRunner {

  /** The name of the page parameter of a paginated query, as grlc names it. */
  public static final String PAGE = "page";

  /** The time limit of a query whose header sets none. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private static final int ENUMERATION_LIMIT = 10_000;
  private static final int SHOWN_ALLOWED = 25;

  private final QueryTarget target;
  private final Duration maxTimeout;

  /** A runner with {@link #DEFAULT_TIMEOUT} as the longest time any query may take. */
  public PackRunner(QueryTarget target) {
    this(target, DEFAULT_TIMEOUT);
  }

  /**
   * @param maxTimeout the longest time any query may take; a header may ask for less, not more
   */
  public PackRunner(QueryTarget target, Duration maxTimeout) {
    this.target = Objects.requireNonNull(target, "target");
    this.maxTimeout = Objects.requireNonNull(maxTimeout, "maxTimeout");
  }

  public QueryTarget target() {
    return target;
  }

  /** The time limit for {@code query}: its header's, at most the runner's. */
  public Duration timeout(PackQuery query) {
    Duration asked = query.header().timeout();
    return asked == null || asked.compareTo(maxTimeout) > 0 ? maxTimeout : asked;
  }

  /**
   * Binds {@code values} (parameter name → value as text; {@code page} for a paginated query) and
   * runs the query.
   *
   * @throws ParameterException if a value is missing, of the wrong type, or not allowed
   */
  public PackResult run(PackQuery query, Map<String, String> values) {
    BoundQuery bound = bind(query, values);
    long start = System.nanoTime();
    ResultTable table = target.run(bound.query(), timeout(query));
    return new PackResult(bound, table, Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Checks {@code values} and substitutes them into the query as RDF terms.
   *
   * @throws ParameterException if a value is missing, of the wrong type, or not allowed
   */
  public BoundQuery bind(PackQuery query, Map<String, String> values) {
    Map<String, String> given = new HashMap<>(values);
    int page = page(query, given.remove(PAGE));
    for (String name : given.keySet()) {
      if (query.parameter(name).isEmpty()) {
        throw new ParameterException(
            name,
            "'"
                + name
                + "' is not a parameter of "
                + query.id()
                + "; its parameters are "
                + names(query));
      }
    }
    Map<String, Node> terms = new LinkedHashMap<>();
    Map<Var, Node> substitution = new HashMap<>();
    for (Parameter p : query.parameters()) {
      String value = given.get(p.name());
      if (value == null || value.isBlank()) {
        value = p.defaultValue();
      }
      if (value == null || value.isBlank()) {
        if (p.required()) {
          throw new ParameterException(
              p.name(),
              "parameter '" + p.name() + "' is required: give " + p.expected() + hint(query, p));
        }
        continue;
      }
      Node term = p.term(value);
      checkAllowed(query, p, value, term);
      terms.put(p.name(), term);
      substitution.put(p.var(), term);
    }
    Query bound = QueryTransformOps.replaceVars(query.query(), substitution);
    bound = QueryTransformOps.transform(bound, new ElementTransformCopyBase(), new BoundOfTerm());
    checkSendable(query, bound);
    int size = query.header().pagination();
    if (size > 0) {
      bound.setLimit(size);
      bound.setOffset((long) (page - 1) * size);
    }
    return new BoundQuery(query, bound, terms, page);
  }

  /** {@code BOUND(term)}, left where an optional parameter had a value, is true (as ARQ has it). */
  private static final class BoundOfTerm extends ExprTransformCopy {
    @Override
    public Expr transform(ExprFunction1 func, Expr arg) {
      if (func instanceof E_Bound && arg.isConstant()) {
        return NodeValue.TRUE;
      }
      return super.transform(func, arg);
    }
  }

  /** The bound query, as text, parses back: what an endpoint receives is what runs here. */
  private static void checkSendable(PackQuery query, Query bound) {
    try {
      QueryFactory.create(bound.serialize());
    } catch (QueryException e) {
      throw new SpkgException(
          query.id()
              + ": with its parameters bound, the query is no longer valid SPARQL ("
              + e.getMessage().lines().findFirst().orElse("")
              + "); use a parameter only where a value may stand, not in BIND ... AS or GROUP BY",
          e);
    }
  }

  /**
   * The values a parameter may take: those its {@code #+ enumerate:} lists, or, when it names the
   * parameter alone, every value the parameter's triple patterns find in the data; empty when the
   * parameter is not enumerated.
   */
  public List<Node> allowedValues(PackQuery query, Parameter p) {
    if (!p.enumerated()) {
      return List.of();
    }
    if (!p.allowed().isEmpty()) {
      return p.allowed().stream().map(p::term).toList();
    }
    Query values = enumerationQuery(query, p);
    List<Node> nodes = new ArrayList<>();
    for (Binding row : target.run(values, timeout(query)).rows()) {
      Node n = row.get(p.var());
      if (n != null) {
        nodes.add(n);
      }
    }
    return nodes;
  }

  /** {@code SELECT DISTINCT ?param { the query's triple patterns that mention it }}. */
  static Query enumerationQuery(PackQuery query, Parameter p) {
    ElementPathBlock patterns = new ElementPathBlock();
    ElementWalker.walk(
        query.query().getQueryPattern(),
        new ElementVisitorBase() {
          @Override
          public void visit(ElementPathBlock block) {
            for (TriplePath t : block.getPattern().getList()) {
              if (mentions(t, p.var())) {
                patterns.addTriplePath(t);
              }
            }
          }
        });
    Query values = new Query();
    values.setPrefixMapping(query.query().getPrefixMapping());
    values.setQuerySelectType();
    values.setDistinct(true);
    values.addResultVar(p.var());
    ElementGroup group = new ElementGroup();
    group.addElement(patterns);
    values.setQueryPattern(group);
    values.addOrderBy(p.var(), Query.ORDER_DEFAULT);
    values.setLimit(ENUMERATION_LIMIT);
    return values;
  }

  private static boolean mentions(TriplePath t, Var v) {
    return v.equals(t.getSubject()) || v.equals(t.getObject()) || v.equals(t.getPredicate());
  }

  private void checkAllowed(PackQuery query, Parameter p, String value, Node term) {
    if (!p.enumerated()) {
      return;
    }
    List<Node> allowed = allowedValues(query, p);
    if (!allowed.contains(term)) {
      throw new ParameterException(
          p.name(),
          "parameter '"
              + p.name()
              + "' does not allow "
              + Parameter.quote(value)
              + "; allowed: "
              + shown(allowed));
    }
  }

  private static String shown(List<Node> allowed) {
    if (allowed.isEmpty()) {
      return "none (the data holds no value for it)";
    }
    String listed =
        allowed.stream()
            .limit(SHOWN_ALLOWED)
            .map(n -> n.isLiteral() ? n.getLiteralLexicalForm() : NodeFmtLib.strNT(n))
            .collect(Collectors.joining(", "));
    return allowed.size() > SHOWN_ALLOWED
        ? listed + " … and " + (allowed.size() - SHOWN_ALLOWED) + " more"
        : listed;
  }

  private static int page(PackQuery query, String value) {
    if (value == null || value.isBlank()) {
      return 1;
    }
    if (query.header().pagination() == 0) {
      throw new ParameterException(
          PAGE, query.id() + " has no pagination, so it takes no 'page' parameter");
    }
    try {
      int page = Integer.parseInt(value.strip());
      if (page >= 1) {
        return page;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ParameterException(
        PAGE, "parameter 'page' must be a whole number from 1; got " + Parameter.quote(value));
  }

  private static String hint(PackQuery query, Parameter p) {
    return p.enumerated() ? " ('spkg packs show " + query.id() + "' lists the values)" : "";
  }

  private static String names(PackQuery query) {
    List<String> names = new ArrayList<>(query.parameters().stream().map(Parameter::name).toList());
    if (query.header().pagination() > 0) {
      names.add(PAGE);
    }
    return names.isEmpty() ? "none" : String.join(", ", names);
  }
}
