import type { PipelineReport } from '../../core/index.js';

export interface BenchmarkOutput {
  machine: { node: string; cpus: number; cpu: string };
  settings: Record<string, unknown>;
  runs: PipelineReport[];
  quality?: { ndcgAt10: number; recallAt100: number; queries: number };
}

/** The issue's targets at 100,000 passages. */
const TARGETS = { recall: 0.95, hybridP99: 50, askP99: 200, loadSeconds: 3, buildPerSecond: 300, ndcg: 0.7 };

/** A Markdown table of every run (one column per size), with each target checked on the largest. */
export function renderBenchmark({ machine, settings, runs, quality }: BenchmarkOutput): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  const row = (label: string, cell: (r: PipelineReport) => string, target = '') => `| ${label} | ${runs.map(cell).join(' | ')} | ${target} |`;
  const check = (ok: boolean) => (ok ? '✓' : '✗');
  const last = runs.at(-1);
  const lines = [
    `Machine: ${machine.cpu}, ${machine.cpus} cores, Node ${machine.node}. Settings: ${JSON.stringify(settings)}.`,
    '',
    `| | ${runs.map((r) => `${r.passages.toLocaleString('en')} passages`).join(' | ')} | target (largest) |`,
    `|---|${runs.map(() => '---').join('|')}|---|`,
    row('build, total', (r) => `${r.build.seconds.toFixed(1)} s (${r.build.passagesPerSecond.toFixed(0)}/s)`, last ? `≥ ${TARGETS.buildPerSecond}/s ${check(last.build.passagesPerSecond >= TARGETS.buildPerSecond)}` : ''),
    row('embedding', (r) => `${r.build.embedPerSecond.toFixed(0)} passages/s`),
    row('HNSW insertion', (r) => `${r.build.hnswInsertPerSecond.toFixed(0)} passages/s`),
    row('lexical indexing', (r) => `${r.build.lexicalPerSecond.toFixed(0)} passages/s`),
    row('read + split, write', (r) => `${r.build.parseSeconds.toFixed(1)} s, ${r.build.writeSeconds.toFixed(1)} s`),
    row('index on disk', (r) => `${r.build.indexMb.toFixed(0)} MB`),
    row('peak RSS', (r) => `${r.build.peakRssMb.toFixed(0)} MB`),
    row('index load', (r) => `${r.loadSeconds.toFixed(2)} s`, last ? `≤ ${TARGETS.loadSeconds} s ${check(last.loadSeconds <= TARGETS.loadSeconds)}` : ''),
    row('lexical p50/p95/p99', (r) => `${ms(r.latencyMs.lexical.p50)} / ${ms(r.latencyMs.lexical.p95)} / ${ms(r.latencyMs.lexical.p99)}`),
    row('HNSW (embed + search) p50/p95/p99', (r) => `${ms(r.latencyMs.hnsw.p50)} / ${ms(r.latencyMs.hnsw.p95)} / ${ms(r.latencyMs.hnsw.p99)}`),
    row('hybrid p50/p95/p99', (r) => `${ms(r.latencyMs.hybrid.p50)} / ${ms(r.latencyMs.hybrid.p95)} / ${ms(r.latencyMs.hybrid.p99)}`, last ? `p99 ≤ ${TARGETS.hybridP99} ms ${check(last.latencyMs.hybrid.p99 <= TARGETS.hybridP99)}` : ''),
    row('whole offline ask p50/p95/p99', (r) => `${ms(r.latencyMs.ask.p50)} / ${ms(r.latencyMs.ask.p95)} / ${ms(r.latencyMs.ask.p99)}`, last ? `p99 ≤ ${TARGETS.askP99} ms ${check(last.latencyMs.ask.p99 <= TARGETS.askP99)}` : ''),
    row('HNSW recall@10 vs exact', (r) => `${r.recall.recallAt10.toFixed(3)} (ef ${r.recall.ef})`, last ? `≥ ${TARGETS.recall} ${check(last.recall.recallAt10 >= TARGETS.recall)}` : ''),
    row('HNSW vs brute force', (r) => `${ms(r.recall.hnswMs)} vs ${ms(r.recall.exactMs)} (${r.recall.speedup.toFixed(0)}× faster)`),
    row('re-index in the bot, nothing changed', (r) => `${r.reindexUnchangedSeconds.toFixed(2)} s`),
    row('re-index one changed document', (r) => `${r.reindexOne.seconds.toFixed(2)} s (${r.reindexOne.passagesReembedded} passages) vs ${r.reindexOne.fullRebuildSeconds.toFixed(1)} s full`),
    `| queries timed | ${runs.map((r) => String(r.latencyMs.queries)).join(' | ')} | ≥ 500 |`,
  ];
  if (quality) {
    lines.push('', `SciFact (${quality.queries} queries), same settings: nDCG@10 ${quality.ndcgAt10.toFixed(4)} (target ≥ ${TARGETS.ndcg} ${check(quality.ndcgAt10 >= TARGETS.ndcg)}), Recall@100 ${quality.recallAt100.toFixed(4)}.`);
  }
  return lines.join('\n');
}
