import type { IndexReport, SourceInfo } from '../../core/index.js';
import { escapeFit, header, section } from './blocks.js';
import { messages } from './messages.js';
import { paginateBlocks } from './paginate-blocks.js';
import { assertWithinLimits, SLACK_LIMITS, type SlackMessage } from './slack-limits.js';
import { splitText } from './split-text.js';

/** Renderers for the housekeeping commands: `/sources` and the `/reindex` report. */

const NAME_CHARS = 200;
const MAX_SKIPPED_LISTED = 20;

export function renderSources(sources: SourceInfo[]): SlackMessage[] {
  if (sources.length === 0) return [assertWithinLimits({ text: messages.noSources })];
  const total = sources.reduce((sum, s) => sum + s.passages, 0);
  const title = messages.sourcesTitle(sources.length, total);
  const lines = [...sources]
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((s) => {
      const parts = [`\`${escapeFit(s.source, NAME_CHARS)}\``, messages.passages(s.passages), messages.indexedAt(slackDate(s.indexedAt))];
      if (s.date) parts.splice(1, 0, escapeFit(s.date, 40));
      return `• *${escapeFit(s.title, NAME_CHARS)}* — ${parts.join(' · ')}`;
    });
  const body = [header(title), ...splitText(lines.join('\n'), SLACK_LIMITS.sectionText).map(section)];
  return paginateBlocks(body).map((blocks, i) => assertWithinLimits({ text: i === 0 ? title : messages.continued, blocks }));
}

export function renderIndexReport(report: IndexReport): SlackMessage {
  const done = messages.reindexDone(report);
  if (report.skipped.length === 0) return assertWithinLimits({ text: done });
  const listed = report.skipped.slice(0, MAX_SKIPPED_LISTED).map((s) => `• \`${escapeFit(s.source, NAME_CHARS)}\`: ${escapeFit(s.detail || s.reason, NAME_CHARS)}`);
  const more = report.skipped.length - listed.length;
  const skipped = [messages.skipped(report.skipped.length), ...listed, ...(more > 0 ? [messages.andMore(more)] : [])].join('\n');
  return assertWithinLimits({ text: done, blocks: [section(done), ...splitText(skipped, SLACK_LIMITS.sectionText).map(section)] });
}

/**
 * Slack's date token shows the time in each reader's own time zone; the ISO text after `|` is
 * the fallback for clients that cannot.
 */
function slackDate(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return escapeFit(iso, 40);
  return `<!date^${Math.floor(ms / 1000)}^{date_short} {time}|${new Date(ms).toISOString()}>`;
}
