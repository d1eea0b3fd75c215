package org.w3id.spkg.remote;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.op.OpLabel;
import org.apache.jena.sparql.algebra.op.OpNull;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanOp;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementExists;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementNotExists;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's query engine for a {@link RemoteDataset}: the whole query goes to the endpoint in one
 * request, and its rows come back as the query's solutions, so every {@code
 * QueryExec.dataset(remote)} — the pages, the packs, Fuseki's own query service — runs remotely
 * without knowing it. SELECT goes as it is; ASK as {@code SELECT * … LIMIT 1}; CONSTRUCT and
 * DESCRIBE as the SELECT of their pattern (Jena fills the template, or describes the resources,
 * here). Jena's name for the union graph ({@code GRAPH <urn:x-arq:UnionGraph>}) becomes the
 * endpoint's default graph, which spkg expects to be the union.
 *
 * <p>Queries with {@code SERVICE} are left to Jena's own engine here, so that the server's SERVICE
 * policy applies to them (the remote store would call any endpoint it is told to); their patterns
 * are then read from the endpoint pattern by pattern, which is slow on a large store.
 */
final class RemoteQueryEngine implements QueryEngineFactory {

  private static final RemoteQueryEngine FACTORY = new RemoteQueryEngine();

  private RemoteQueryEngine() {}

  /** Puts the engine in Jena's registry (once). */
  static synchronized void register() {
    if (!QueryEngineRegistry.containsFactory(FACTORY)) {
      QueryEngineRegistry.addFactory(FACTORY);
    }
  }

  @Override
  public boolean accept(Query query, DatasetGraph dataset, Context context) {
    return dataset instanceof RemoteDataset && !query.isJsonType() && !callsService(query);
  }

  @Override
  public Plan create(Query query, DatasetGraph dataset, Binding input, Context context) {
    RemoteDataset remote = (RemoteDataset) dataset;
    Query sent = forRemote(query, input);
    QueryExecHTTP exec = remote.requests().query(remote.endpoint()).query(sent).build();
    RemoteRows rows = new RemoteRows(exec, Context.getCancelSignal(context));
    Op op = OpLabel.create("remote " + remote.endpoint(), OpNull.create());
    return new PlanOp(op, null, rows);
  }

  @Override
  public boolean accept(Op op, DatasetGraph dataset, Context context) {
    return false;
  }

  @Override
  public Plan create(Op op, DatasetGraph dataset, Binding input, Context context) {
    throw new UnsupportedOperationException("algebra is evaluated by Jena's own engine");
  }

  /** The SELECT sent to the endpoint for {@code query}, with the values of {@code input}. */
  static Query forRemote(Query query, Binding input) {
    Query q = query;
    if (!input.isEmpty()) {
      Map<Var, Node> values = new HashMap<>();
      input.forEach(values::put);
      q = QueryTransformOps.transform(q, values);
    }
    q = QueryTransformOps.transform(q, new UnionGraphAsDefault());
    q = NeverBoundVariables.simplify(q);
    if (q == query) {
      q = query.cloneQuery();
    }
    if (q.isAskType()) {
      q.setQuerySelectType();
      q.setQueryResultStar(true);
      q.setLimit(1);
    } else if (q.isConstructType()) {
      q.setQuerySelectType();
      q.setQueryResultStar(true);
    } else if (q.isDescribeType()) {
      boolean vars = !q.getProjectVars().isEmpty();
      q.setQuerySelectType();
      if (!vars) {
        q.setQueryResultStar(true);
      }
    }
    return q;
  }

  /** Whether the query has a SERVICE anywhere (in sub-queries and EXISTS too). */
  static boolean callsService(Query query) {
    return query.getQueryPattern() != null && callsService(query.getQueryPattern());
  }

  private static boolean callsService(Element pattern) {
    boolean[] found = {false};
    ElementWalker.walk(
        pattern,
        new ElementVisitorBase() {
          @Override
          public void visit(ElementService el) {
            found[0] = true;
          }

          @Override
          public void visit(ElementSubQuery el) {
            found[0] |= callsService(el.getQuery());
          }

          @Override
          public void visit(ElementExists el) {
            found[0] |= callsService(el.getElement());
          }

          @Override
          public void visit(ElementNotExists el) {
            found[0] |= callsService(el.getElement());
          }

          @Override
          public void visit(ElementFilter el) {
            found[0] |= callsService(el.getExpr());
          }

          @Override
          public void visit(ElementBind el) {
            found[0] |= callsService(el.getExpr());
          }
        });
    return found[0];
  }

  private static boolean callsService(Expr expr) {
    boolean[] found = {false};
    Walker.walk(
        expr,
        new ExprVisitorBase() {
          @Override
          public void visit(ExprFunctionOp op) {
            found[0] |= op.getElement() != null && callsService(op.getElement());
          }
        });
    return found[0];
  }

  /** {@code GRAPH <urn:x-arq:UnionGraph> { P }} as {@code { P }}. */
  private static final class UnionGraphAsDefault extends ElementTransformCopyBase {
    @Override
    public Element transform(ElementNamedGraph el, Node gn, Element subElt) {
      if (Quad.isUnionGraph(gn)) {
        ElementGroup group = new ElementGroup();
        group.addElement(subElt);
        return group;
      }
      return super.transform(el, gn, subElt);
    }
  }
}
