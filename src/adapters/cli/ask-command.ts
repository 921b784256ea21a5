import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import type { AskResult, Citation, InvalidInput, PolicyBot, SummaryResult } from '../../core/index.js';
import { describeInvalid } from './messages.js';
import { renderAnswer, renderSummary } from './render.js';

export interface AskCommandOptions {
  argv: string[];
  bot: PolicyBot;
  stdout: Writable;
  /** `ask` answers a question; `summary` summarises a topic or document. */
  kind: 'ask' | 'summary';
}

/** `npm run ask -- "question" [--json]` and `npm run summary -- "topic" [--json]`: one answer, then exit. */
export async function runAskCommand({ argv, bot, stdout, kind }: AskCommandOptions): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, options: { json: { type: 'boolean' } }, allowPositionals: true });
  const text = positionals.join(' ');
  const output =
    kind === 'ask'
      ? format(await bot.ask(text), values.json, askJson, renderAnswer)
      : format(await bot.summarize(text), values.json, summaryJson, renderSummary);
  stdout.write(`${output.text}\n`);
  return output.ok ? 0 : 2;
}

function format<R extends { kind: string }>(result: R, json: boolean | undefined, toJson: (r: R) => unknown, render: (r: R) => string) {
  return { ok: result.kind !== 'invalid', text: json ? JSON.stringify(toJson(result)) : render(result) };
}

/** Refused input keeps the documented keys, with the reason in `error` and the message in `answer`. */
function invalidJson(result: InvalidInput) {
  return { answer: describeInvalid(result), abstained: false, citations: [], error: result.reason, limit: result.limit, received: result.received };
}

function askJson(result: AskResult) {
  if (result.kind === 'invalid') return invalidJson(result);
  if (result.kind === 'catalog') return { id: result.id, answer: result.answer, abstained: false, citations: [], documents: result.documents };
  const base = { id: result.id, answer: result.answer, abstained: result.kind === 'declined', mode: result.mode, notice: result.notice };
  if (result.kind === 'declined') return { ...base, citations: [], closest: result.closest };
  return { ...base, citations: result.citations.map(citationJson) };
}

function summaryJson(result: SummaryResult) {
  if (result.kind === 'invalid') return { ...invalidJson(result), bullets: [] };
  if (result.kind === 'declined') return { id: result.id, abstained: true, answer: result.answer, bullets: [], citations: [], closest: result.closest, mode: result.mode };
  const { id, heading, bullets, citations, mode, notice } = result;
  return { id, heading, abstained: false, mode, notice, bullets, citations: citations.map(citationJson) };
}

function citationJson({ n, source, title, locator, text, score }: Citation) {
  return { n, source, title, locator, text, score };
}
