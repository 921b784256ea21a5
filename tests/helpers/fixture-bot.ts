import { rm } from 'node:fs/promises';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { expect } from 'vitest';
import type { LlmDeps } from '../../src/core/answer/ask-question.js';
import { openPolicyBot, type PolicyBotService } from '../../src/core/create-policy-bot.js';
import type { AnswerOptions, AskResult, Citation, PolicyBot, SummaryResult } from '../../src/core/ports.js';
import { createChatModel } from '../../src/providers/index.js';
import { OpenAiCompatibleServer, type ChatScenario } from '../fakes/openai-compatible-server.js';
import { createWorkspace, fixtureBotOptions } from './knowledge-workspace.js';

/**
 * The real core (`openPolicyBot`) over a temp copy of the fixture corpus with the offline
 * embedder, for tests that drive an adapter end to end. `asked` and `summarized` record what the
 * core returned, so a test can compare what the platform received with what the core cited.
 */
export interface FixtureBot extends PolicyBot {
  readonly asked: AskResult[];
  readonly summarized: SummaryResult[];
  readonly service: PolicyBotService;
  close(): Promise<void>;
}

export async function openFixtureBot(options: { llm?: LlmDeps } = {}): Promise<FixtureBot> {
  const ws = await createWorkspace();
  const service = await openPolicyBot(fixtureBotOptions(ws, { llm: options.llm }));
  const asked: AskResult[] = [];
  const summarized: SummaryResult[] = [];
  return {
    asked,
    summarized,
    service,
    ask: async (question: string, o?: AnswerOptions) => record(asked, await service.ask(question, o)),
    summarize: async (topic: string, o?: AnswerOptions) => record(summarized, await service.summarize(topic, o)),
    listSources: () => service.listSources(),
    documentNames: () => service.documentNames(),
    reindex: (o) => service.reindex(o),
    addDocument: (upload, o) => service.addDocument(upload, o),
    recordFeedback: (vote) => service.recordFeedback(vote),
    close: async () => {
      await service.close();
      await rm(ws.root, { recursive: true, force: true });
    },
  };
}

function record<T>(list: T[], result: T): T {
  list.push(result);
  return result;
}

/** A local OpenAI-compatible server and the real `ChatOpenAI` that `createChatModel` builds for it. */
export async function startLocalChatModel(chat: (body: Record<string, unknown>) => ChatScenario): Promise<{ server: OpenAiCompatibleServer; model: BaseChatModel }> {
  const server = new OpenAiCompatibleServer({ chat });
  const origin = await server.start();
  const model = createChatModel({ provider: 'openai', model: 'local-test-model', baseUrl: `${origin}/v1`, timeoutMs: 60_000, uncitedSentences: 'drop' });
  if (!model) throw new Error('createChatModel returned no model');
  return { server, model };
}

/** The number the prompt gave to the first passage containing `needle` (what a model would cite). */
export function passageNumber(body: Record<string, unknown>, needle: string): number {
  const messages = body.messages as { role: string; content: unknown }[];
  const user = String(messages.find((m) => m.role === 'user')?.content ?? '');
  const block = [...user.matchAll(/<passage n="(\d+)"[^>]*>\n([\s\S]*?)\n<\/passage>/g)].find((m) => m[2]!.includes(needle));
  if (!block) throw new Error(`no passage in the prompt contains ${JSON.stringify(needle)}`);
  return Number(block[1]);
}

/**
 * A model reply citing passage `n` (the prompt's number for the "Partly" paragraph), in chunks,
 * with one uncited sentence; and, with the marker renumbered to [1] as the core does, what a
 * reader should see while it streams (each cited sentence once the next one begins, never the
 * uncited one) and the final answer.
 */
export function streamedPartlyReply(n: number): { chunks: string[]; partials: string[]; answer: string } {
  const sentences = [`Asked whether xAI distilled OpenAI's models, Musk answered "Partly" [1].`, 'He said the AI companies generally do it [1].', 'That was on 30 April 2026 [1].'];
  const chunks = ['Asked whether xAI', " distilled OpenAI's models,", ` Musk answered "Partly" [${n}].`, ' Nobody', ' knows why.', ' He said the AI companies', ` generally do it [${n}].`, ' That was on', ` 30 April 2026 [${n}].`];
  return { chunks, partials: [sentences[0]!, sentences.slice(0, 2).join(' ')], answer: sentences.join(' ') };
}

export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Every `[n]` in `answer` follows a claim that citation n's passage contains verbatim, every
 * marker points at a citation, and every citation is used. `answer` is the text as the platform
 * shows it (already unescaped), so this checks what the reader sees, not only what the core said.
 */
export function expectClaimsInPassages(answer: string, citations: Citation[]): void {
  const byN = new Map(citations.map((c) => [c.n, squash(c.text)]));
  const segments = [...answer.matchAll(/\s*([^[\]]+?)\s*((?:\[\d+\]\s*)+)/g)];
  expect(segments.length).toBeGreaterThan(0);
  expect(segments.map((m) => m[0]).join('').replace(/\s/g, '')).toBe(answer.replace(/\s/g, ''));
  const used = new Set<number>();
  for (const [, claim, markers] of segments) {
    for (const n of markers!.match(/\d+/g)!.map(Number)) {
      used.add(n);
      expect(byN.has(n), `[${n}] points at no citation`).toBe(true);
      expect(byN.get(n)).toContain(squash(claim!));
    }
  }
  expect([...used].sort((a, b) => a - b)).toEqual(citations.map((c) => c.n).sort((a, b) => a - b));
}

/** A shown quote is the start of the passage (a cut one ends with "…") and not trivially short. */
export function expectQuoteOf(shown: string, passage: string): void {
  const quote = squash(shown).replace(/…$/, '').trimEnd();
  const full = squash(passage);
  expect(full.startsWith(quote), `quote ${JSON.stringify(quote)} is not the start of ${JSON.stringify(full)}`).toBe(true);
  expect(quote.length).toBeGreaterThanOrEqual(Math.min(full.length, 60));
}

export function answerOf(result: AskResult | undefined): Extract<AskResult, { kind: 'answer' }> {
  if (result?.kind !== 'answer') throw new Error(`expected an answer, got ${JSON.stringify(result)}`);
  return result;
}

export function summaryOf(result: SummaryResult | undefined): Extract<SummaryResult, { kind: 'summary' }> {
  if (result?.kind !== 'summary') throw new Error(`expected a summary, got ${JSON.stringify(result)}`);
  return result;
}

/** Rendered summary lines (`• text [n]…`) match the summary: 3+ bullets, each verbatim in every passage it cites. */
export function expectBulletsGrounded(lines: string[], summary: Extract<SummaryResult, { kind: 'summary' }>): void {
  const bullets = lines.filter((line) => line.startsWith('• '));
  expect(bullets).toHaveLength(summary.bullets.length);
  expect(bullets.length).toBeGreaterThanOrEqual(3);
  const byN = new Map(summary.citations.map((c) => [c.n, squash(c.text)]));
  for (const line of bullets) {
    const [, text, markers] = /^• (.+?)((?: \[\d+\])+)$/.exec(line) ?? [];
    expect(markers, `bullet without citation: ${line}`).toBeDefined();
    for (const n of markers!.match(/\d+/g)!.map(Number)) expect(byN.get(n)).toContain(squash(text!));
  }
}
