import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { buildIndex, type BuildIndexOptions, type IndexProgress, type IndexReport, watchKnowledge } from '../../core/index.js';
import { renderReport } from './render.js';

export interface IndexCommandOptions {
  argv: string[];
  build: BuildIndexOptions;
  stdout: Writable;
  stderr: Writable;
}

/**
 * `npm run index [-- --json] [-- --watch]`: brings the index in line with the knowledge folder,
 * showing progress on stderr and a summary (or one JSON object) on stdout. With `--watch` it
 * stays running and re-indexes on every change.
 */
export async function runIndexCommand({ argv, build, stdout, stderr }: IndexCommandOptions): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean' }, watch: { type: 'boolean' } } });
  const once = async () => {
    const report = await buildIndex({ ...build, onProgress: values.json ? undefined : createProgressPrinter(stderr) });
    stdout.write(`${values.json ? JSON.stringify(toJson(report)) : renderReport(report)}\n`);
  };
  await once();
  if (!values.watch) return;
  stderr.write(`Watching ${build.knowledgeDir} for changes (Ctrl-C to stop)…\n`);
  const watcher = watchKnowledge({ knowledgeDir: build.knowledgeDir, logger: build.logger, reindex: once });
  await new Promise<void>((resolve) => process.once('SIGINT', resolve));
  await watcher.close();
}

function toJson(report: IndexReport) {
  const { added, changed, removed, unchanged, passages, ms, skipped } = report;
  return { added, changed, removed, unchanged, passages, ms, skipped };
}

/** One line per phase change, and a counter for long phases, redrawn in place on a terminal. */
function createProgressPrinter(stderr: Writable & { isTTY?: boolean }) {
  let lastPhase = '';
  return function printProgress(progress: IndexProgress): void {
    const { phase, done, total, source } = progress;
    if (phase === 'scan' || phase === 'write' || phase === 'done') {
      if (phase !== lastPhase) stderr.write(`${phase === 'scan' ? 'Scanning' : phase === 'write' ? 'Writing index' : 'Done'}…\n`);
    } else if (stderr.isTTY) {
      stderr.write(`\r${phase === 'load' ? 'Reading' : 'Embedding'} ${done}/${total}${source ? ` ${source}` : ''}\x1b[K`);
      if (done === total) stderr.write('\n');
    } else if (phase !== lastPhase || done === total) {
      stderr.write(`${phase === 'load' ? 'Reading' : 'Embedding'} ${done}/${total}\n`);
    }
    lastPhase = phase;
  };
}
