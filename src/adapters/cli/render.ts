import type { AskResult, Citation, IndexReport, SourceInfo, SummaryResult } from '../../core/index.js';
import { describeInvalid } from './messages.js';

/** Plain-text rendering of core results for a terminal. */

export function renderAnswer(result: AskResult): string {
  if (result.kind === 'invalid') return describeInvalid(result);
  if (result.kind === 'catalog') return `${result.answer}\n${result.documents.map((d) => `• ${d.title} (${d.source})`).join('\n')}`;
  const notice = result.notice ? `(${result.notice})\n` : '';
  if (result.kind === 'declined') return `${notice}${result.answer}${renderClosest(result.closest)}`;
  return `${notice}${result.answer}\n\n${renderCitations(result.citations)}`;
}

/** What follows an answer whose text was already printed as it streamed: its notice and sources. */
export function renderAnswerSources(result: Extract<AskResult, { kind: 'answer' }>): string {
  const notice = result.notice ? `(${result.notice})\n` : '';
  return `${notice}${renderCitations(result.citations)}`;
}

export function renderSummary(result: SummaryResult): string {
  if (result.kind === 'invalid') return describeInvalid(result);
  if (result.kind === 'declined') return `${result.answer}${renderClosest(result.closest)}`;
  const notice = result.notice ? `(${result.notice})\n` : '';
  const bullets = result.bullets.map((b) => `• ${b.text} ${b.citations.map((n) => `[${n}]`).join('')}`);
  return `${notice}${result.heading}\n${bullets.join('\n')}\n\n${renderCitations(result.citations)}`;
}

export function renderCitations(citations: Citation[]): string {
  const lines = citations.map((c) => `[${c.n}] ${c.title} — ${c.source}, ${c.locator}\n    “${quote(c.text, 300)}”`);
  return `Sources:\n${lines.join('\n')}`;
}

export function renderSources(sources: SourceInfo[]): string {
  if (sources.length === 0) return 'No documents are indexed. Add files to knowledge/ and run /reindex.';
  const lines = sources.map((s) => `- ${s.title} (${s.source}): ${s.passages} passages, indexed ${s.indexedAt.slice(0, 16).replace('T', ' ')}`);
  return `${sources.length} documents:\n${lines.join('\n')}`;
}

export function renderReport(report: IndexReport): string {
  const counts = `${report.added} added, ${report.changed} changed, ${report.removed} removed, ${report.unchanged} unchanged; ${report.passages} passages in ${report.ms} ms`;
  const skipped = report.skipped.map((s) => `\n  skipped ${s.source}: ${s.detail}`).join('');
  return `Index updated: ${counts}.${skipped}`;
}

function renderClosest(closest: { title: string; source: string }[]): string {
  if (closest.length === 0) return '';
  return `\nClosest documents: ${closest.map((d) => `${d.title} (${d.source})`).join('; ')}`;
}

function quote(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
