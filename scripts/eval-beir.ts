/**
 * Retrieval quality on a BEIR collection, with the production components and defaults:
 *   npm run eval:beir -- --corpus F --queries F --qrels F [--json] [--limit N]
 * Speed at scale: the corpus cut into N paragraph-sized passages (near-copies once it runs
 * out), built, saved, loaded and queried with every query of the file:
 *   npm run eval:beir -- --corpus F --queries F --qrels F --scale 100000 [--json]
 * Experiments: [--dims N] [--m N] [--ef-construction N] [--ef N] [--k1 X] [--b X]
 *              [--weights bm25,ngram,vector] [--fusion minmax|rrf]
 * Settings not given on the command line come from the environment, as for the bot.
 */
import { parseArgs } from 'node:util';
import { readConfig } from '../src/config.js';
import { benchmarkRetrieval } from '../src/core/eval/benchmark-retrieval.js';
import { evaluateBeir } from '../src/core/eval/evaluate-beir.js';
import { readBeir } from '../src/core/eval/read-beir.js';
import { synthesizePassages } from '../src/core/eval/synthesize-passages.js';
import { OfflineEmbeddings } from '../src/core/index/offline-embeddings.js';
import { OFFLINE_FUSION_WEIGHTS } from '../src/core/retrieval/retrieve.js';

const { values } = parseArgs({
  options: {
    corpus: { type: 'string' },
    queries: { type: 'string' },
    qrels: { type: 'string' },
    json: { type: 'boolean', default: false },
    limit: { type: 'string' },
    scale: { type: 'string' },
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
  console.error('usage: npm run eval:beir -- --corpus corpus.jsonl[.gz] --queries queries.jsonl --qrels qrels.tsv [--json] [--limit N] [--scale N]');
  process.exit(2);
}

const config = readConfig();
const num = (v: string | undefined) => (v === undefined ? undefined : Number(v));
const dimensions = num(values.dims) ?? config.embeddings.offlineDimensions;
const embeddings = new OfflineEmbeddings({ dimensions });
const [bm25, ngram, vector] = values.weights?.split(',').map(Number) ?? [];
const weights = values.weights ? { bm25: bm25 ?? 0, ngram: ngram ?? 0, vector: vector ?? 0 } : OFFLINE_FUSION_WEIGHTS;
const fusion = values.fusion === 'rrf' ? ('rrf' as const) : ('minmax' as const);
const hnsw = {
  dimensions,
  m: num(values.m) ?? config.hnsw.m,
  efConstruction: num(values['ef-construction']) ?? config.hnsw.efConstruction,
  efSearch: num(values.ef) ?? config.hnsw.efSearch,
};
const setup = { embedder: embeddings.id, hnsw, weights, fusion };
const onProgress = values.json ? undefined : (phase: string, done: number, total: number) => process.stderr.write(`\r${phase} ${done}/${total}   `);
const ms = (x: number) => `${x.toFixed(1)} ms`;

const collection = await readBeir({ corpus: values.corpus, queries: values.queries, qrels: values.qrels });

if (values.scale) {
  const passages = synthesizePassages(collection.corpus, Number(values.scale));
  const report = await benchmarkRetrieval(passages, collection.queries, { embeddings, hnsw, retrieve: { weights, fusion }, onProgress });
  if (values.json) console.log(JSON.stringify({ ...report, ...setup }));
  else {
    const { build, save, load, retrieveMs: r } = report;
    console.error('');
    console.log(`setup         ${JSON.stringify(setup)}`);
    console.log(`build         ${build.seconds.toFixed(1)} s for ${report.passages} passages (${build.passagesPerSecond.toFixed(0)}/s): embed ${build.embedSeconds.toFixed(1)} s, lexical ${build.lexicalSeconds.toFixed(1)} s, HNSW ${build.hnswSeconds.toFixed(1)} s`);
    console.log(`save          lexical ${ms(save.lexicalMs)} (${(save.lexicalBytes / 1e6).toFixed(1)} MB), HNSW ${ms(save.hnswMs)}`);
    console.log(`load          lexical ${ms(load.lexicalMs)}, HNSW ${ms(load.hnswMs)}, total ${ms(load.lexicalMs + load.hnswMs)}`);
    console.log(`retrieve      p50 ${ms(r.p50)}  p95 ${ms(r.p95)}  p99 ${ms(r.p99)}  max ${ms(r.max)} over ${r.queries} queries`);
    for (const x of report.recall) console.log(`HNSW ef ${String(x.ef).padEnd(4)}   recall@10 ${x.recallAt10.toFixed(4)} vs exact, search p50 ${ms(x.searchP50Ms)}`);
    console.log(`memory        ${report.rssMb.toFixed(0)} MB RSS`);
  }
} else {
  const report = await evaluateBeir(collection, { embeddings, hnsw, lexical: { ...(values.k1 ? { k1: Number(values.k1) } : {}), ...(values.b ? { b: Number(values.b) } : {}) }, retrieve: { weights, fusion }, limit: num(values.limit), onProgress });
  if (values.json) console.log(JSON.stringify({ ...report, ...setup }));
  else {
    console.error('');
    console.log(`setup         ${JSON.stringify(setup)}`);
    console.log(`nDCG@10       ${report.ndcgAt10.toFixed(4)}`);
    console.log(`Recall@100    ${report.recallAt100.toFixed(4)}`);
    console.log(`queries       ${report.queries}`);
    console.log(`build         ${(report.buildMs / 1000).toFixed(1)} s for ${report.passages} passages (${report.passagesPerSecond.toFixed(0)}/s)`);
    console.log(`latency       p50 ${ms(report.latencyMs.p50)}  p95 ${ms(report.latencyMs.p95)}  p99 ${ms(report.latencyMs.p99)}  mean ${ms(report.latencyMs.mean)}`);
  }
}
