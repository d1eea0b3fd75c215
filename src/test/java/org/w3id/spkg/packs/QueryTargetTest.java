package org.w3id.spkg.packs;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.SpkgException;

/**
 * How a failing query reaches the packs' callers. Jena 5.6.0 may throw a {@link
 * NullPointerException} while it cancels a query at its time limit (apache/jena#3516); two test
 * functions reproduce both sides of that without depending on timing: one sets the query's cancel
 * signal and then fails that way, the other fails the same way with the signal unset.
 */
class QueryTargetTest {

  private static final String CANCELLED = "urn:x-test:fail-while-cancelled";
  private static final String FAILED = "urn:x-test:fail";

  @BeforeAll
  static void register() {
    FunctionRegistry.get().put(CANCELLED, uri -> new Failing(true));
    FunctionRegistry.get().put(FAILED, uri -> new Failing(false));
  }

  @AfterAll
  static void unregister() {
    FunctionRegistry.get().remove(CANCELLED);
    FunctionRegistry.get().remove(FAILED);
  }

  private static QueryTarget target() {
    DatasetGraph data = DatasetGraphFactory.createTxnMem();
    data.executeWrite(
        () ->
            data.getDefaultGraph()
                .add(
                    NodeFactory.createURI("urn:x:s"),
                    NodeFactory.createURI("urn:x:p"),
                    NodeFactory.createLiteralString("o")));
    return QueryTarget.dataset(data, "test data");
  }

  private static org.apache.jena.query.Query calling(String function) {
    return QueryFactory.create("SELECT * { ?s ?p ?o BIND (<" + function + ">(?o) AS ?x) }");
  }

  @Test
  void aQueryThatFailsWhileItIsCancelled_isATimeout() {
    assertThatThrownBy(() -> target().run(calling(CANCELLED), Duration.ofSeconds(5)))
        .isInstanceOf(QueryTarget.QueryTimeoutException.class)
        .hasMessageContaining("ran longer than its time limit of 5000 ms on test data");
  }

  @Test
  void theSameFailureWithoutACancel_isAnError_notATimeout() {
    assertThatThrownBy(() -> target().run(calling(FAILED), Duration.ofSeconds(5)))
        .isInstanceOf(SpkgException.class)
        .isNotInstanceOf(QueryTarget.QueryTimeoutException.class)
        .hasMessageContaining("the query failed on test data");
  }

  /** Fails with a NullPointerException, after setting the query's cancel signal if asked to. */
  private static final class Failing implements Function {
    private final boolean cancel;

    Failing(boolean cancel) {
      this.cancel = cancel;
    }

    @Override
    public void build(String uri, ExprList args, Context context) {}

    @Override
    public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
      if (cancel) {
        AtomicBoolean signal = Context.getCancelSignal(env.getContext());
        if (signal == null) {
          throw new IllegalStateException("the query's context holds no cancel signal");
        }
        signal.set(true);
      }
      throw new NullPointerException("as in apache/jena#3516");
    }
  }
}
