// Runs one SPARQL SELECT with Comunica over several sources at once and prints the results in
// the SPARQL 1.1 JSON results format on stdout; ComunicaFederationTest runs it against spkg.
//
//   node federate.mjs QUERY_FILE SOURCE...
//
// A SOURCE is "sparql=URL" for a SPARQL endpoint, or the URL of an RDF document (Turtle, ...).
// Exit codes: 0 results printed, 2 wrong command line, 1 the query failed (message on stderr).

import { readFile } from 'node:fs/promises';
import { QueryEngine } from '@comunica/query-sparql';

const [queryFile, ...sourceArgs] = process.argv.slice(2);
if (!queryFile || sourceArgs.length === 0) {
  console.error('usage: node federate.mjs QUERY_FILE SOURCE...');
  console.error('  SOURCE: sparql=URL for a SPARQL endpoint, or the URL of an RDF document');
  process.exit(2);
}

const sources = sourceArgs.map((arg) =>
  arg.startsWith('sparql=') ? { type: 'sparql', value: arg.slice('sparql='.length) } : arg,
);

try {
  const query = await readFile(queryFile, 'utf8');
  const engine = new QueryEngine();
  const result = await engine.query(query, { sources, httpTimeout: 30000 });
  const { data } = await engine.resultToString(result, 'application/sparql-results+json');
  for await (const chunk of data) {
    process.stdout.write(chunk);
  }
} catch (error) {
  console.error(`comunica: ${error.message}`);
  process.exit(1);
}
