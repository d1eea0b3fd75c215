package org.w3id.spkg.store;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PFuncSimpleAndList;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.IterLib;

/**
 * What a query run on a spkg dataset may do, installed in the dataset's context so that every query
 * on it is held to it — the SPARQL endpoint's, the query packs', the pages':
 *
 * <ul>
 *   <li>Regular expressions stop at the query's time limit: REGEX and REPLACE, {@code fn:matches},
 *       {@code fn:replace}, {@code sparql:regex}, {@code sparql:replace} and {@code apf:strSplit}
 *       read their input through the query's cancel signal ({@link CancellableText}), so a pattern
 *       that backtracks for hours ends with the query, answered as a timeout, and its thread is
 *       free again. (Java's regular expressions cannot be interrupted any other way.)
 *   <li>No class is loaded by name: Jena would load any class named by a {@code <java:…>} function
 *       or property function IRI. Here a {@code java:} function is an unknown function (an unbound
 *       value, a false filter); Jena's own function library ({@code afn:}) still loads on first
 *       use. Property functions are those registered when the sandbox is applied (such as {@code
 *       text:query} and the {@code apf:} library); any other IRI is an ordinary property.
 * </ul>
 *
 * <pre>{@code
 * QuerySandbox.applyTo(dataset.getContext());
 * }</pre>
 */
public final class QuerySandbox {

  /** The scheme of IRIs that name a class to load. */
  private static final String JAVA = "java:";

  private static final String STR_SPLIT = ARQConstants.ARQPropertyFunctionLibraryURI + "strSplit";

  private QuerySandbox() {}

  /** Installs the sandbox in {@code context}, a dataset's; applying it twice changes nothing. */
  public static void applyTo(Context context) {
    Object current = context.get(ARQConstants.sysOptimizerFactory);
    if (!(current instanceof CancellableRegexRewrite)) {
      RewriteFactory next =
          current instanceof RewriteFactory f
              ? f
              : Optimize.getFactory() != null
                  ? Optimize.getFactory()
                  : Optimize.stdOptimizationFactory;
      context.set(ARQConstants.sysOptimizerFactory, new CancellableRegexRewrite(next));
    }
    FunctionRegistry functions = FunctionRegistry.get(context);
    if (functions == null) {
      functions = FunctionRegistry.get();
    }
    if (!(functions instanceof ClosedFunctionRegistry)) {
      FunctionRegistry.set(context, ClosedFunctionRegistry.from(functions));
    }
    PropertyFunctionRegistry properties = PropertyFunctionRegistry.chooseRegistry(context);
    if (!(properties instanceof ClosedPropertyFunctionRegistry)) {
      PropertyFunctionRegistry.set(context, ClosedPropertyFunctionRegistry.from(properties));
    }
  }

  /** The cancel signal in {@code context}, or one that is never set. */
  private static AtomicBoolean cancelSignal(Context context) {
    AtomicBoolean signal = context == null ? null : Context.getCancelSignal(context);
    return signal != null ? signal : new AtomicBoolean();
  }

  /**
   * Turns every REGEX and REPLACE of a query into its cancellable form, bound to the query's cancel
   * signal, before the optimizer {@code next} rewrites the query (whose constant folding may
   * already evaluate them).
   */
  private record CancellableRegexRewrite(RewriteFactory next) implements RewriteFactory {
    @Override
    public Rewrite create(Context context) {
      Rewrite then = next.create(context);
      AtomicBoolean cancel = cancelSignal(context);
      ExprTransformCopy cancellable =
          new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
              if (func instanceof E_Regex && !(func instanceof CancellableRegex)) {
                return new CancellableRegex(
                    args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, cancel);
              }
              if (func instanceof E_StrReplace && !(func instanceof CancellableReplace)) {
                return new CancellableReplace(
                    args.get(0),
                    args.get(1),
                    args.get(2),
                    args.size() > 3 ? args.get(3) : null,
                    cancel);
              }
              return super.transform(func, args);
            }
          };
      return op -> then.rewrite(Transformer.transform(new TransformCopy(), cancellable, op));
    }
  }

  /** The functions of a registry with cancellable regexes, loading no {@code java:} class. */
  private static final class ClosedFunctionRegistry extends FunctionRegistry {

    static ClosedFunctionRegistry from(FunctionRegistry registered) {
      ClosedFunctionRegistry closed = new ClosedFunctionRegistry();
      for (Iterator<String> it = registered.keys(); it.hasNext(); ) {
        String uri = it.next();
        closed.put(uri, registered.get(uri));
      }
      FunctionFactory match = uri -> new RegexFunction(false);
      FunctionFactory replace = uri -> new RegexFunction(true);
      closed.put(ARQConstants.fnPrefix + "matches", match);
      closed.put(ARQConstants.sparqlPrefix + "regex", match);
      closed.put(ARQConstants.fnPrefix + "replace", replace);
      closed.put(ARQConstants.sparqlPrefix + "replace", replace);
      return closed;
    }

    @Override
    public FunctionFactory get(String uri) {
      return uri.regionMatches(true, 0, JAVA, 0, JAVA.length()) ? null : super.get(uri);
    }
  }

  /**
   * The property functions registered in a registry, loading nothing by name. (Jena's registry maps
   * its own namespaces to class names before it looks an IRI up, so this one keeps its own table.)
   */
  private static final class ClosedPropertyFunctionRegistry extends PropertyFunctionRegistry {

    private final Map<String, PropertyFunctionFactory> table = new ConcurrentHashMap<>();

    static ClosedPropertyFunctionRegistry from(PropertyFunctionRegistry registered) {
      ClosedPropertyFunctionRegistry closed = new ClosedPropertyFunctionRegistry();
      for (Iterator<String> it = registered.keys(); it.hasNext(); ) {
        String uri = it.next();
        closed.put(uri, registered.get(uri));
      }
      closed.put(STR_SPLIT, uri -> new StrSplit());
      return closed;
    }

    @Override
    public void put(String uri, PropertyFunctionFactory factory) {
      table.put(uri, factory);
    }

    @Override
    public boolean manages(String uri) {
      return table.containsKey(uri);
    }

    @Override
    public PropertyFunctionFactory get(String uri) {
      return table.get(uri);
    }

    @Override
    public boolean isRegistered(String uri) {
      return table.containsKey(uri);
    }

    @Override
    public PropertyFunctionFactory remove(String uri) {
      return table.remove(uri);
    }

    @Override
    public Iterator<String> keys() {
      return table.keySet().iterator();
    }
  }

  /**
   * {@code fn:matches} and {@code sparql:regex}, or {@code fn:replace} and {@code sparql:replace}.
   */
  private static final class RegexFunction extends FunctionBase {
    private final boolean replace;

    RegexFunction(boolean replace) {
      this.replace = replace;
    }

    @Override
    public void checkBuild(String uri, ExprList args) {
      int least = replace ? 3 : 2;
      if (args.size() < least || args.size() > least + 1) {
        throw new QueryBuildException(
            "<"
                + uri
                + "> takes "
                + least
                + " or "
                + (least + 1)
                + " arguments, got "
                + args.size());
      }
    }

    @Override
    protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
      AtomicBoolean cancel = cancelSignal(env == null ? null : env.getContext());
      if (replace) {
        Pattern p =
            CancellableText.compile("REPLACE", args.get(1), args.size() > 3 ? args.get(3) : null);
        return CancellableText.replace(args.get(0), p, args.get(2), cancel);
      }
      Pattern p =
          CancellableText.compile("REGEX", args.get(1), args.size() > 2 ? args.get(2) : null);
      return NodeValue.booleanReturn(CancellableText.find(args.get(0), p, cancel));
    }

    @Override
    public NodeValue exec(List<NodeValue> args) {
      return exec(args, null);
    }
  }

  /**
   * {@code apf:strSplit}: {@code ?token apf:strSplit (string pattern)} binds each piece of the
   * string between matches of the pattern, trimmed (or checks that a given literal is one of them).
   */
  private static final class StrSplit extends PFuncSimpleAndList {

    @Override
    public void build(
        PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext execCxt) {
      super.build(subject, predicate, object, execCxt);
      if (object.getArgListSize() != 2) {
        throw new QueryBuildException(
            "apf:strSplit takes a list of two: the string to split and a regular expression");
      }
    }

    @Override
    public QueryIterator execEvaluated(
        Binding binding,
        Node subject,
        Node predicate,
        PropFuncArg object,
        ExecutionContext execCxt) {
      Node text = object.getArg(0);
      Node pattern = object.getArg(1);
      if (!text.isLiteral() || !pattern.isLiteral()) {
        return IterLib.noResults(execCxt);
      }
      List<String> pieces;
      try {
        pieces =
            List.of(
                    Pattern.compile(pattern.getLiteralLexicalForm())
                        .split(
                            new CancellableText(
                                text.getLiteralLexicalForm(), cancelSignal(execCxt.getContext()))))
                .stream()
                .map(String::strip)
                .toList();
      } catch (PatternSyntaxException e) {
        return IterLib.noResults(execCxt);
      }
      if (Var.isVar(subject)) {
        Var v = Var.alloc(subject);
        return QueryIterPlainWrapper.create(
            pieces.stream()
                .map(p -> BindingFactory.binding(binding, v, NodeFactory.createLiteralString(p)))
                .iterator(),
            execCxt);
      }
      boolean member =
          subject.isLiteral()
              && XSDDatatype.XSDstring.equals(subject.getLiteralDatatype())
              && pieces.contains(subject.getLiteralLexicalForm());
      return member ? IterLib.result(binding, execCxt) : IterLib.noResults(execCxt);
    }
  }
}
