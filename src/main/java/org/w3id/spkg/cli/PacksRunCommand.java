package org.w3id.spkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.w3id.spkg.packs.Pack;
import org.w3id.spkg.packs.PackQuery;
import org.w3id.spkg.packs.PackReport;
import org.w3id.spkg.packs.PackResult;
import org.w3id.spkg.packs.PackRunner;
import org.w3id.spkg.packs.QueryPacks;
import org.w3id.spkg.packs.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spkg packs run PACK[/QUERY]}: one query to stdout, or a whole pack into a folder. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Run one query of a pack (its answer goes to stdout), or every query of a pack (with --out"
          + " DIR: one file per query and an index.md listing each query, its parameters, rows and"
          + " time).",
      "Parameters are checked against their types, and their allowed values, before anything"
          + " runs; a value is bound as an RDF term, never pasted into the query. A whole-pack run"
          + " gives each query the parameters it has."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:the queries ran",
      "2:wrong command line",
      "3:no such pack or query, a parameter value is wrong, the store cannot be read, or the"
          + " query failed"
    })
final class PacksRunCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin PacksFolderOption packsFolder = new PacksFolderOption();

  @Parameters(
      paramLabel = "PACK[/QUERY]",
      description = "A pack, or one query like partnerships/01.")
  String id;

  @Option(
      names = "--param",
      paramLabel = "NAME=VALUE",
      description = "A parameter value; repeatable. IRIs may be short: nation/JP.")
  List<String> paramOptions = new ArrayList<>();

  /** The --param values by name (split at the first '=' here: values may hold anything). */
  private Map<String, String> params;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      defaultValue = "table",
      description = "Answers as ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ResultFormat format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write one file per query and an index.md into this folder.")
  Path out;

  @Option(
      names = "--raw",
      description =
          "CSV and TSV cells exactly as the store holds them. Without it, a cell that starts with"
              + " =, +, -, @, a tab or a CR (and is not a plain number) gets a leading ' so that a"
              + " spreadsheet shows it rather than running it as a formula.")
  boolean raw;

  @Mixin PackTargetOption target = new PackTargetOption();

  private ResultFormat.Cells cells() {
    return raw ? ResultFormat.Cells.RAW : ResultFormat.Cells.SPREADSHEET_SAFE;
  }

  @Override
  public Integer call() {
    QueryPacks packs = packsFolder.read();
    boolean one = id.contains("/");
    Pack pack = packs.requirePack(one ? id.substring(0, id.indexOf('/')) : id);
    List<PackQuery> queries = one ? List.of(packs.query(id)) : pack.queries();
    if (!one && out == null && format != ResultFormat.table && format != ResultFormat.md) {
      throw new ParameterException(
          spec.commandLine(),
          "A whole pack in "
              + format
              + " needs --out DIR (one file per query); or run one query, PACK/QUERY.");
    }
    params = PackParameters.parse(paramOptions, spec.commandLine());
    checkParameters(queries);
    PrintWriter stdout = spec.commandLine().getOut();
    try (PackTargetOption.OpenTarget open = target.open(spec.commandLine())) {
      PackRunner runner = new PackRunner(open.target());
      List<PackResult> results = new ArrayList<>();
      for (PackQuery q : queries) {
        PackResult result = runner.run(q, valuesFor(q));
        results.add(result);
        if (out == null) {
          print(result, !one, stdout);
        }
      }
      if (out != null) {
        List<Path> written =
            PackReport.write(pack, results, format, cells(), open.target().description(), out);
        stdout.println(
            "Wrote "
                + (written.size() - 1)
                + (written.size() == 2 ? " answer" : " answers")
                + " and "
                + written.get(written.size() - 1));
      }
    }
    return 0;
  }

  /** Every parameter given belongs to some query that runs. */
  private void checkParameters(List<PackQuery> queries) {
    for (String name : params.keySet()) {
      boolean known =
          name.equals(PackRunner.PAGE)
              || queries.stream().anyMatch(q -> q.parameter(name).isPresent());
      if (!known) {
        throw new org.w3id.spkg.packs.ParameterException(
            name,
            "'"
                + name
                + "' is not a parameter of "
                + (queries.size() == 1 ? queries.get(0).id() : "any query of " + id)
                + "; 'spkg packs show PACK/QUERY' lists the parameters");
      }
    }
  }

  private Map<String, String> valuesFor(PackQuery q) {
    Map<String, String> values = new HashMap<>();
    params.forEach(
        (name, value) -> {
          if (q.parameter(name).isPresent()
              || (name.equals(PackRunner.PAGE) && q.header().pagination() > 0)) {
            values.put(name, value);
          }
        });
    return values;
  }

  private void print(PackResult result, boolean heading, PrintWriter stdout) {
    if (heading) {
      stdout.println(
          (format == ResultFormat.md ? "## " : "# ")
              + result.query().id()
              + ": "
              + result.query().header().summary());
      stdout.println();
    }
    stdout.flush();
    try (WriterOutputStream w = new WriterOutputStream(stdout)) {
      format.write(result.table(), result.query().query().getPrefixMapping(), w, cells());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (heading) {
      stdout.println();
    }
  }
}
