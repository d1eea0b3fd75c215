package org.w3id.spkg.remote;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.w3id.spkg.cli.SpkgCommand;

/**
 * {@code serve --endpoint} against a stock Fuseki (a JVM of its own, TDB2, union default graph):
 * the pages, packs and endpoint of {@link ServedOverEndpoint}, and the command line's refusals.
 */
class ServeEndpointTest extends ServedOverEndpoint {

  private StockFuseki fuseki;

  @Override
  Store startStore(Path tmp) throws Exception {
    fuseki = StockFuseki.start(tmp.resolve("fuseki.log"));
    return new Store(fuseki.graphStore().toString(), fuseki.query().toString(), fuseki);
  }

  @Test
  void cli_refusesAnUnreachableEndpoint() {
    Run run = Run.of("serve", "--port", "0", "--endpoint", "http://127.0.0.1:9/sparql");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("http://127.0.0.1:9/sparql").contains("cannot be reached");
  }

  @Test
  void cli_refusesAUrlThatIsNotASparqlEndpoint() {
    Run html = Run.of("serve", "--port", "0", "--endpoint", local.url() + "documents");
    assertThat(html.exitCode()).isEqualTo(3);
    assertThat(html.err()).contains(local.url() + "documents").contains("HTTP 400");
    Run page = Run.of("serve", "--port", "0", "--endpoint", local.url() + "ontology");
    assertThat(page.exitCode()).isEqualTo(3);
    assertThat(page.err()).contains(local.url() + "ontology").contains("not a SPARQL endpoint");
    Run missing = Run.of("serve", "--port", "0", "--endpoint", fuseki.dataset() + "/nothing");
    assertThat(missing.exitCode()).isEqualTo(3);
    assertThat(missing.err()).contains("HTTP 404").contains("SPARQL query endpoint");
    Run ftp = Run.of("serve", "--port", "0", "--endpoint", "ftp://example.org/sparql");
    assertThat(ftp.exitCode()).isEqualTo(3);
    assertThat(ftp.err()).contains("not an http(s) URL");
  }

  @Test
  void cli_refusesAStoreFolderWithAnEndpoint() {
    Run run =
        Run.of(
            "serve",
            "--port",
            "0",
            "--store",
            tmp.resolve("other").toString(),
            "--endpoint",
            store.query());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--store cannot be used with --endpoint");
    assertThat(tmp.resolve("other")).doesNotExist();
  }

  /** One run of the command line in this process. */
  record Run(int exitCode, String out, String err) {
    static Run of(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int code = SpkgCommand.execute(new PrintWriter(out), new PrintWriter(err), args);
      return new Run(code, out.toString(), err.toString());
    }
  }
}
