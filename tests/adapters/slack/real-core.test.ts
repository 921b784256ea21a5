import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDummyMention } from '../../fakes/slack-payloads.js';
import { startSlackTestApp, type SlackTestApp } from '../../fakes/slack-test-app.js';
import { FIXTURE_KNOWLEDGE } from '../../helpers/knowledge-workspace.js';
import { slackView } from '../renderer-contract/slack-view.js';
import { answerOf, expectBulletsGrounded, expectClaimsInPassages, expectQuoteOf, openFixtureBot, squash, summaryOf, type FixtureBot } from '../../helpers/fixture-bot.js';

/**
 * The real Bolt app (HTTP mode, signed requests) wired to the real core over the fixture corpus:
 * what reaches Slack must be what the core found, with every citation traceable to its passage.
 */
let bot: FixtureBot;
let app: SlackTestApp;

beforeAll(async () => {
  bot = await openFixtureBot();
  app = await startSlackTestApp({ bot });
});
afterAll(async () => {
  await app?.close();
  await bot?.close();
});

async function mention(text: string) {
  const ts = app.api.nextTs();
  await app.sendEvent(createDummyMention({ ts, text: `<@UBOT> ${text}` }));
  await app.handle.idle();
  const placeholder = app.api.messages.find((m) => m.thread_ts === ts && m.bot_id);
  const final = app.api.callsTo('chat.update').filter((u) => u.ts === placeholder?.ts).at(-1);
  if (!final) throw new Error(`no answer for ${text}; log:\n${app.logLines.join('')}`);
  return { final, result: bot.asked.at(-1) };
}

describe('startSlack with openPolicyBot', () => {
  it('answers a mention in its thread with [n] sentences found verbatim in passage n, quoting each passage', async () => {
    const { final, result } = await mention('What did Musk answer when asked whether xAI distilled OpenAI models?');
    const answer = answerOf(result);
    const view = slackView([final]);
    expect(view.overLimits).toEqual([]);

    const shown = view.body.join(' ');
    expect(shown).toMatch(/answered "Partly"\. \[\d+\]/);
    expectClaimsInPassages(shown, answer.citations);
    expect(view.sources.map((s) => s.n)).toEqual(answer.citations.map((c) => c.n));
    for (const c of answer.citations) {
      const source = view.sources.find((s) => s.n === c.n)!;
      expect(source).toMatchObject({ title: c.title, locator: c.locator, source: c.source });
      expectQuoteOf(source.quote, c.text);
    }
    // The passage itself is text of the document, not something the core made up.
    const partly = answer.citations.find((c) => c.text.includes('Partly'))!;
    expect(partly.source).toBe('beta-hearing.md');
    expect(squash(await readFile(join(FIXTURE_KNOWLEDGE, 'beta-hearing.md'), 'utf8'))).toContain(squash(partly.text));
  });

  it('says a question about banana bread is not covered and names the closest documents', async () => {
    const { final, result } = await mention('What is a good recipe for banana bread?');
    expect(result?.kind).toBe('declined');
    const view = slackView([final]);
    expect(view.all).toContain('The knowledge base does not cover this question');
    expect(view.all).toContain('Closest documents:');
    const closest = result?.kind === 'declined' ? result.closest : [];
    expect(closest.length).toBeGreaterThan(0);
    for (const doc of closest) expect(view.all).toContain(`• ${doc.title} (\`${doc.source}\`)`);
    expect(view.sources).toEqual([]);
  });

  it('renders /policy-summary distillation as bullets, each verbatim in the passages it cites', async () => {
    await app.sendCommand({ command: '/policy-summary', text: 'distillation', response_url: app.api.responseUrl('summary') });
    await app.handle.idle();
    const summary = summaryOf(bot.summarized.at(-1));
    const posted = app.api.responses.filter((r) => r.path === '/response/summary').map((r) => r.body);
    expect(posted[0]).toMatchObject({ response_type: 'in_channel' });
    const view = slackView(posted);
    expect(view.overLimits).toEqual([]);

    expectBulletsGrounded(view.body.join('\n').split('\n'), summary);
    for (const c of summary.citations) expectQuoteOf(view.sources.find((s) => s.n === c.n)!.quote, c.text);
  });

  it('heads the summary with the topic once', async () => {
    await app.sendCommand({ command: '/policy-summary', text: 'distillation', response_url: app.api.responseUrl('heading') });
    await app.handle.idle();
    const header = app.api.responses.find((r) => r.path === '/response/heading')!.body.blocks.find((b: { type: string }) => b.type === 'header');
    expect(header.text.text).toBe('Summary: distillation');
  });
});
