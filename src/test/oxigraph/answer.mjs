// Answers SPARQL queries with Oxigraph (the WASM build from npm) over data files, writing each
// answer in the SPARQL 1.1 JSON results format; PackDifferentialTest compares them with spkg's.
//
//   node answer.mjs MANIFEST.json
//
// MANIFEST: {
//   "data": [{ "file": F, "format": MEDIA_TYPE, "graph": IRI (optional: load triples into it) }],
//   "namedGraphs": [IRI, ...],    the graphs GRAPH may reach (optional; all of them by default)
//   "queries": [{ "file": QUERY_FILE, "out": ANSWER_FILE }]
// }
// The default graph is the store's own default graph: Oxigraph 0.5 gives a triple held in two
// graphs twice when several graphs (or their union) are the default graph, where SPARQL's RDF
// merge gives it once, so the caller loads the union itself into the default graph.
// A query that fails gets { "error": MESSAGE } in its answer file instead.
// Exit codes: 0 every query answered or failed in its own file, 2 wrong command line, 1 the data
// did not load (message on stderr).

import { readFileSync, writeFileSync } from 'node:fs';
import oxigraph from 'oxigraph';

const [manifestFile] = process.argv.slice(2);
if (!manifestFile) {
  console.error('usage: node answer.mjs MANIFEST.json');
  process.exit(2);
}

const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const store = new oxigraph.Store();
try {
  for (const d of manifest.data) {
    const options = { format: d.format };
    if (d.graph) {
      options.to_graph_name = oxigraph.namedNode(d.graph);
    }
    store.load(readFileSync(d.file, 'utf8'), options);
  }
} catch (error) {
  console.error(`oxigraph: the data did not load: ${error.message ?? error}`);
  process.exit(1);
}

const options = { results_format: 'application/sparql-results+json' };
if (manifest.namedGraphs) {
  options.named_graphs = manifest.namedGraphs.map((g) => oxigraph.namedNode(g));
}
for (const q of manifest.queries) {
  let answer;
  try {
    answer = store.query(readFileSync(q.file, 'utf8'), options);
  } catch (error) {
    answer = JSON.stringify({ error: String(error.message ?? error) });
  }
  writeFileSync(q.out, answer, 'utf8');
}
