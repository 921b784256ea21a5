import type { IndexReport, SourceInfo, UploadResult } from '../../core/index.js';
import type { DiscordMessage } from './limits.js';
import { messages } from './messages.js';
import { pack } from './render.js';

/** Renders for `/sources`, `/reindex` and uploads: plain text, split like answers. */
export function renderSources(sources: readonly SourceInfo[]): DiscordMessage[] {
  if (sources.length === 0) return pack(messages.sourcesEmpty, [], []);
  const lines = sources.map((s) => {
    const date = s.date ? ` · ${s.date}` : '';
    return `• **${s.title}** — \`${s.source}\`${date} · ${s.passages} passages · indexed ${s.indexedAt.slice(0, 10)}`;
  });
  return pack(`${messages.sourcesHeading(sources.length)}\n${lines.join('\n')}`, [], []);
}

/** Shown skipped files are capped; the count says how many more there are. */
const SKIPPED_SHOWN = 10;

export function renderIndexReport(report: IndexReport): DiscordMessage[] {
  return pack(indexReportText(report), [], []);
}

export function renderUploadResult(result: UploadResult): DiscordMessage[] {
  return pack(`${messages.uploaded(result.source, result.replaced)}\n${indexReportText(result.report)}`, [], []);
}

function indexReportText(r: IndexReport): string {
  const seconds = (r.ms / 1000).toFixed(1);
  const counts = `${r.added} added, ${r.changed} changed, ${r.removed} removed, ${r.unchanged} unchanged`;
  const lines = [`Index updated in ${seconds} s: ${counts}; ${r.passages} passages.`];
  if (r.skipped.length > 0) {
    lines.push(`Skipped ${r.skipped.length} file${r.skipped.length === 1 ? '' : 's'}:`);
    for (const s of r.skipped.slice(0, SKIPPED_SHOWN)) lines.push(`• \`${s.source}\` — ${s.detail}`);
    if (r.skipped.length > SKIPPED_SHOWN) lines.push(`…and ${r.skipped.length - SKIPPED_SHOWN} more (see the logs).`);
  }
  return lines.join('\n');
}
