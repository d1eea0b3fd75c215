package org.w3id.spkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.PackRunner;
import org.w3id.spkg.packs.Parameter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spkg packs show PACK/QUERY}: the header, the parameters and the query text. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = {
      "Show a query: its summary and description, its parameters with types, defaults and"
          + " allowed values, and its text.",
      "Allowed values that come from the data are listed with --values (they need the store or"
          + " --endpoint)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:shown",
      "2:wrong command line",
      "3:no such query, a pack file is broken, or (--values) the store cannot be read"
    })
final class PacksShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PacksFolderOption packsFolder = new PacksFolderOption();

  @Parameters(paramLabel = "PACK/QUERY", description = "The query, like partnerships/01.")
  String id;

  @Option(names = "--values", description = "List the allowed values that come from the data.")
  boolean values;

  @Mixin PackTargetOption target = new PackTargetOption();

  @Override
  public Integer call() {
    PackQuery q = packsFolder.read().query(id);
    PrintWriter out = spec.commandLine().getOut();
    out.println(q.id() + ": " + q.header().summary());
    if (!q.header().description().isEmpty()) {
      out.println();
      out.println(q.header().description());
    }
    out.println();
    if (!q.header().tags().isEmpty()) {
      out.println("tags: " + String.join(", ", q.header().tags()));
    }
    if (q.header().pagination() > 0) {
      out.println(
          "pagination: "
              + q.header().pagination()
              + " rows a page (parameter '"
              + PackRunner.PAGE
              + "', from 1)");
    }
    if (q.header().timeout() != null) {
      out.println("timeout: " + q.header().timeout().toMillis() + " ms");
    }
    out.println("parameters:" + (q.parameters().isEmpty() ? " none" : ""));
    try (PackTargetOption.OpenTarget open = values ? target.open(spec.commandLine()) : null) {
      for (Parameter p : q.parameters()) {
        out.println(
            "  "
                + p.name()
                + "  ("
                + (p.required() ? "required" : "optional")
                + ", "
                + PacksListCommand.typeName(p)
                + ", variable ?"
                + p.variable()
                + ")");
        if (p.defaultValue() != null) {
          out.println("      default: " + p.defaultValue());
        }
        if (p.enumerated()) {
          out.println("      allowed: " + allowed(q, p, open));
        }
      }
    }
    out.println();
    out.print(q.body());
    out.flush();
    return 0;
  }

  private static String allowed(PackQuery q, Parameter p, PackTargetOption.OpenTarget open) {
    if (!p.allowed().isEmpty()) {
      return String.join(", ", p.allowed());
    }
    if (open == null) {
      return "values from the data (add --values to list them)";
    }
    List<Node> nodes = new PackRunner(open.target()).allowedValues(q, p);
    return nodes.isEmpty()
        ? "none in the data"
        : nodes.stream()
            .map(n -> n.isURI() ? n.getURI() : n.getLiteralLexicalForm())
            .collect(Collectors.joining(", "));
  }
}
