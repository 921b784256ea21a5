/**
 * Retrieval quality on a BEIR collection with the production components and defaults:
 *   npm run eval:beir -- --corpus F --queries F --qrels F [--json] [--limit N]
 * Experiments: [--dims N] [--m N] [--ef-construction N] [--ef N] [--k1 X] [--b X]
 *              [--weights bm25,ngram,vector] [--fusion minmax|rrf]
 * Settings not given on the command line come from the environment, as for the bot.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../src/config.js';
import { evaluateBeir } from '../src/core/eval/evaluate-beir.js';
import { readBeir } from '../src/core/eval/read-beir.js';
import { OfflineEmbeddings } from '../src/core/index/offline-embeddings.js';
import { OFFLINE_FUSION_WEIGHTS } from '../src/core/retrieval/retrieve.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    queries: { type: 'string' },
    qrels: { type: 'string' },
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    dims: { type: 'string' },
    m: { type: 'string' },
    'ef-construction': { type: 'string' },
    ef: { type: 'string' },
    k1: { type: 'string' },
    b: { type: 'string' },
    weights: { type: 'string' },
    fusion: { type: 'string' },
  },
});
if (!values.corpus || !values.queries || !values.qrels) {
  console.error('usage: npm run eval:beir -- --corpus corpus.jsonl[.gz] --queries queries.jsonl --qrels qrels.tsv [--json] [--limit N]');
  process.exit(2);
}

const config = loadConfig(process.env);
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const dimensions = num(values.dims) ?? config.embeddings.offlineDimensions;
const embeddings = new OfflineEmbeddings({ dimensions });
const [bm25, ngram, vector] = values.weights?.split(',').map(Number) ?? [];
const weights = values.weights ? { bm25: bm25 ?? 0, ngram: ngram ?? 0, vector: vector ?? 0 } : OFFLINE_FUSION_WEIGHTS;
const fusion = values.fusion === 'rrf' ? 'rrf' : 'minmax';

const collection = await readBeir({ corpus: values.corpus, queries: values.queries, qrels: values.qrels });
const report = await evaluateBeir(collection, {
  embeddings,
  hnsw: {
    dimensions,
    m: num(values.m) ?? config.hnsw.m,
    efConstruction: num(values['ef-construction']) ?? config.hnsw.efConstruction,
    efSearch: num(values.ef) ?? config.hnsw.efSearch,
  },
  lexical: { ...(values.k1 ? { k1: Number(values.k1) } : {}), ...(values.b ? { b: Number(values.b) } : {}) },
  retrieve: { weights, fusion },
  limit: num(values.limit),
  onProgress: values.json ? undefined : (phase, done, total) => process.stderr.write(`\r${phase} ${done}/${total}   `),
});

const setup = { embedder: embeddings.id, weights, fusion };
if (values.json) {
  console.log(JSON.stringify({ ...report, ...setup }));
} else {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  console.error('');
  console.log(`embedder      ${setup.embedder}   fusion ${fusion} ${JSON.stringify(weights)}`);
  console.log(`nDCG@10       ${report.ndcgAt10.toFixed(4)}`);
  console.log(`Recall@100    ${report.recallAt100.toFixed(4)}`);
  console.log(`queries       ${report.queries}`);
  console.log(`build         ${(report.buildMs / 1000).toFixed(1)} s for ${report.passages} passages (${report.passagesPerSecond.toFixed(0)}/s)`);
  console.log(`latency       p50 ${ms(report.latencyMs.p50)}  p95 ${ms(report.latencyMs.p95)}  p99 ${ms(report.latencyMs.p99)}  mean ${ms(report.latencyMs.mean)}`);
}
