/**
 * The speed benchmark: npm run bench -- --passages 10000,100000 [--json] [--no-quality]
 *   [--corpus F --queries F --qrels F]   (default: ../shared/datasets/scifact, train split)
 * Builds each size with the production pipeline and the configured settings, then prints one
 * table with the targets and the SciFact quality of the same configuration.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { renderBenchmark } from '../src/adapters/cli/render-benchmark.js';
import { readConfig } from '../src/config.js';
import { benchmarkPipeline, evaluateBeir, OfflineEmbeddings, readBeir, synthesizePassages } from '../src/core/index.js';

const SCIFACT = new URL('../../shared/datasets/scifact/', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    passages: { type: 'string', default: '10000,100000' },
    json: { type: 'boolean', default: false },
    'no-quality': { type: 'boolean', default: false },
    corpus: { type: 'string', default: join(SCIFACT, 'corpus.jsonl.gz') },
    queries: { type: 'string', default: join(SCIFACT, 'queries.train.jsonl') },
    qrels: { type: 'string', default: join(SCIFACT, 'qrels/train.tsv') },
  },
});

const config = readConfig();
const embeddings = new OfflineEmbeddings({ dimensions: config.embeddings.offlineDimensions });
const embedder = { embeddings, id: embeddings.id, dimensions: embeddings.dimensions };
const say = (m: string) => process.stderr.write(`${m}\n`);
const collection = await readBeir({ corpus: values.corpus, queries: values.queries, qrels: values.qrels });
const questions = collection.queries.map((q) => q.text);

const runs = [];
for (const size of values.passages.split(',').map(Number)) {
  const workDir = await mkdtemp(join(tmpdir(), `policybot-bench-${size}-`));
  try {
    say(`— ${size} passages —`);
    runs.push(await benchmarkPipeline({ passages: synthesizePassages(collection.corpus, size), queries: questions, workDir, embedder, hnsw: config.hnsw, onProgress: say }));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
let quality: { ndcgAt10: number; recallAt100: number; queries: number } | undefined;
if (!values['no-quality']) {
  say('SciFact quality with the same settings');
  quality = await evaluateBeir(collection, { embeddings, hnsw: { dimensions: embedder.dimensions, ...config.hnsw } });
}
const machine = { node: process.version, cpus: (await import('node:os')).cpus().length, cpu: (await import('node:os')).cpus()[0]?.model ?? 'unknown' };
const settings = { embedder: embedder.id, ...config.hnsw };
if (values.json) console.log(JSON.stringify({ machine, settings, runs, quality }));
else console.log(renderBenchmark({ machine, settings, runs, quality }));
