// Pack query latency in Oxigraph (npm `oxigraph`, in-memory store), the same way
// QueryLatencyBenchmark measures the Java engines: each run starts from the query text
// and consumes every row; warm-up runs, then timed runs up to a count or a time budget.
//
//   node query-latency.mjs DATA.nq QUERIES.json OUT.csv
//
// QUERIES.json is written by `QueryLatencyBenchmark texts - QUERIES.json` (the bound pack
// queries). Environment: WARMUP (10), RUNS (50), BUDGET seconds (5), as the Java side.
import fs from "node:fs";
import readline from "node:readline";
import oxigraph from "oxigraph";

const [dataFile, queriesFile, outFile] = process.argv.slice(2);
if (!outFile) {
  console.error("usage: node query-latency.mjs DATA.nq QUERIES.json OUT.csv");
  process.exit(2);
}
const WARMUP = Number(process.env.WARMUP ?? 10);
const RUNS = Number(process.env.RUNS ?? 50);
const BUDGET_NS = BigInt(Number(process.env.BUDGET ?? 5) * 1e9);
const MIN_RUNS = 5;

const store = new oxigraph.Store();
const t0 = process.hrtime.bigint();
// A string may not hold the whole export, so the N-Quads go in chunks of whole lines.
const CHUNK = 32 * 1024 * 1024;
let chunk = [];
let size = 0;
const flush = () => {
  if (chunk.length > 0) {
    store.load(chunk.join("\n") + "\n", { format: "application/n-quads", no_transaction: true });
    chunk = [];
    size = 0;
  }
};
for await (const line of readline.createInterface({ input: fs.createReadStream(dataFile) })) {
  chunk.push(line);
  size += line.length + 1;
  if (size >= CHUNK) flush();
}
flush();
console.error(
  `oxigraph ${oxigraph.Store.name}: loaded ${store.size} quads in ` +
    `${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s, ` +
    `rss ${(process.memoryUsage().rss / 2 ** 30).toFixed(2)} GiB`,
);

const run = (text) => {
  const answer = store.query(text, { use_default_graph_as_union: true });
  return typeof answer === "boolean" ? 1 : answer.length;
};
const pct = (sorted, q) => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] / 1e6;
const csv = (id, runs, p50, p95, mean, rows, error) =>
  `oxigraph,${id},${runs},${p50.toFixed(3)},${p95.toFixed(3)},${mean.toFixed(3)},${rows},"${String(error).replaceAll('"', "'")}"`;

const lines = ["engine,query,runs,p50_ms,p95_ms,mean_ms,rows,error"];
const skip = new Set((process.env.SKIP ?? "").split(/\s+/).filter(Boolean));
for (const { id, text, federated } of JSON.parse(fs.readFileSync(queriesFile, "utf8"))) {
  if (federated) continue;
  let line;
  if (skip.has(id)) {
    line = csv(id, 0, NaN, NaN, NaN, -1, "skipped: SKIP");
    lines.push(line);
    console.error(line);
    continue;
  }
  try {
    for (let i = 0; i < WARMUP; i++) {
      const s = process.hrtime.bigint();
      run(text);
      if (process.hrtime.bigint() - s > BUDGET_NS / BigInt(MIN_RUNS)) break;
    }
    const times = [];
    let rows = -1;
    let spent = 0n;
    while (times.length < RUNS && (times.length < MIN_RUNS || spent < BUDGET_NS)) {
      const s = process.hrtime.bigint();
      rows = run(text);
      const dt = process.hrtime.bigint() - s;
      spent += dt;
      times.push(Number(dt));
    }
    const sorted = [...times].sort((a, b) => a - b);
    const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length / 1e6;
    line = csv(id, sorted.length, pct(sorted, 0.5), pct(sorted, 0.95), mean, rows, "");
  } catch (e) {
    line = csv(id, 0, NaN, NaN, NaN, -1, String(e.message ?? e).split("\n")[0]);
  }
  lines.push(line);
  console.error(line);
}
fs.writeFileSync(outFile, lines.join("\n") + "\n");
console.error(`wrote ${outFile}`);
