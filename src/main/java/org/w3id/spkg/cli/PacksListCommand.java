package org.w3id.spkg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.w3id.spkg.packs.Pack;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.Parameter;
import org.w3id.spkg.packs.QueryPacks;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spkg packs list [PACK]}: the packs and their queries, with summaries and parameters. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = "List the packs, or one pack's queries, with their summaries and parameters.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "2:wrong command line", "3:no such pack, or a pack file is broken"})
final class PacksListCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PacksFolderOption packsFolder = new PacksFolderOption();

  @Parameters(arity = "0..1", paramLabel = "PACK", description = "Only this pack.")
  String pack;

  @Override
  public Integer call() {
    QueryPacks packs = packsFolder.read();
    List<Pack> shown = pack == null ? packs.packs() : List.of(packs.requirePack(pack));
    PrintWriter out = spec.commandLine().getOut();
    for (Pack p : shown) {
      out.println(p.name() + (p.title().isEmpty() ? "" : " — " + p.title()));
      for (PackQuery q : p.queries()) {
        out.println("  " + q.id() + "  " + q.header().summary());
        if (!q.parameters().isEmpty()) {
          out.println("      parameters: " + parameters(q));
        }
      }
      out.println();
    }
    out.println(
        "Run one with 'spkg packs run PACK/QUERY [--param name=value]'; 'spkg packs show"
            + " PACK/QUERY' explains it.");
    return 0;
  }

  private static String parameters(PackQuery q) {
    return q.parameters().stream()
        .map(PacksListCommand::describe)
        .collect(Collectors.joining("; "));
  }

  private static String describe(Parameter p) {
    StringBuilder s = new StringBuilder(p.name());
    s.append(p.required() ? " (" : " (optional, ").append(typeName(p)).append(')');
    if (p.defaultValue() != null) {
      s.append(" = ").append(p.defaultValue());
    }
    return s.toString();
  }

  /** {@code IRI}, {@code integer}, {@code xsd:date}, {@code string@en}. */
  static String typeName(Parameter p) {
    return switch (p.type()) {
      case IRI -> "IRI";
      case INTEGER -> "integer";
      case NUMBER -> "number";
      case LITERAL -> "string";
      case LANGUAGE -> "string@" + p.datatype();
      case TYPED -> p.shortDatatype();
    };
  }
}
