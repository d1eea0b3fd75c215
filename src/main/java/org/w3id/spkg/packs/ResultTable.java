package org.w3id.spkg.packs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;

/**
 * The answer to a pack query, held in memory: the variables and rows of a SELECT, or the boolean of
 * an ASK (then {@code vars} and {@code rows} are empty).
 *
 * @param ask the answer of an ASK query, or null for a SELECT
 */
public record ResultTable(List<Var> vars, List<Binding> rows, Boolean ask) {

  public ResultTable {
    vars = List.copyOf(vars);
    rows = List.copyOf(rows);
  }

  /** Reads every row, copying each value out of the store (call inside its transaction). */
  public static ResultTable of(RowSet rows) {
    List<Binding> copied = new ArrayList<>();
    rows.forEachRemaining(b -> copied.add(BindingFactory.copy(b)));
    return new ResultTable(rows.getResultVars(), copied, null);
  }

  public static ResultTable ofAsk(boolean answer) {
    return new ResultTable(List.of(), List.of(), answer);
  }

  public boolean isAsk() {
    return ask != null;
  }

  /** Rows of a SELECT; 1 for an ASK. */
  public int size() {
    return isAsk() ? 1 : rows.size();
  }

  /** The rows again, as a Jena result set (each call a new one). */
  public ResultSet resultSet() {
    return ResultSet.adapt(RowSetStream.create(vars, rows.iterator()));
  }

  /** The variable names, in the query's order. */
  public List<String> varNames() {
    return vars.stream().map(Var::getVarName).toList();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ResultTable t
        && vars.equals(t.vars)
        && rows.equals(t.rows)
        && Objects.equals(ask, t.ask);
  }

  @Override
  public int hashCode() {
    return Objects.hash(vars, rows, ask);
  }
}
