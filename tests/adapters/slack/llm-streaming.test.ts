import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSlack, type SlackHandle } from '../../../src/adapters/slack/index.js';
import { renderAskResult } from '../../../src/adapters/slack/render.js';
import { createLogger } from '../../../src/core/support/logger.js';
import { reply, type ChatScenario } from '../../fakes/openai-compatible-server.js';
import { SlackApiServer } from '../../fakes/slack-api-server.js';
import { createDummyEventCallback, createDummyMention, signSlackRequest } from '../../fakes/slack-payloads.js';
import { slackView } from '../renderer-contract/slack-view.js';
import { answerOf, expectQuoteOf, openFixtureBot, passageNumber, startLocalChatModel, streamedPartlyReply, type FixtureBot } from '../../helpers/fixture-bot.js';

/**
 * The LLM path through Slack: the real core with a real ChatOpenAI streaming from a local
 * OpenAI-compatible server. The placeholder shows the text as it grows, then the checked answer.
 */
const SECRET = 'llm-streaming-signing-secret';
const QUESTION = 'What did Musk answer when asked whether xAI distilled OpenAI models?';

let scenario: (body: Record<string, unknown>) => ChatScenario;
let llm: Awaited<ReturnType<typeof startLocalChatModel>>;
let bot: FixtureBot;
let api: SlackApiServer;
const started: SlackHandle[] = [];

beforeAll(async () => {
  llm = await startLocalChatModel((body) => scenario(body));
  bot = await openFixtureBot({ llm: { model: llm.model, timeoutMs: 10_000, uncitedSentences: 'drop' } });
  api = await SlackApiServer.start();
});
afterEach(async () => {
  await Promise.all(started.splice(0).map((handle) => handle.stop()));
});
afterAll(async () => {
  await api?.close();
  await bot?.close();
  await llm?.server.close();
});

async function startApp(updateIntervalMs?: number): Promise<SlackHandle> {
  const handle = await startSlack({
    bot,
    slack: { botToken: api.token, signingSecret: SECRET, apiUrl: api.apiUrl, channelAllowlist: [], port: 0 },
    host: '127.0.0.1',
    admins: [],
    ratePerMinute: 100,
    logger: createLogger('silent'),
    retryConfig: { retries: 0 },
    updateIntervalMs,
  });
  started.push(handle);
  return handle;
}

/** Posts a signed mention and returns the chat.update calls made on its placeholder, in order. */
async function mention(handle: SlackHandle) {
  const ts = api.nextTs();
  const event = createDummyMention({ ts, text: `<@UBOT> ${QUESTION}` });
  api.addMessage({ ts, channel: 'CPOLICY', text: event.text as string, user: 'UALICE' });
  const body = JSON.stringify(createDummyEventCallback(event));
  const res = await fetch(`http://127.0.0.1:${handle.port}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...signSlackRequest(SECRET, body, Math.floor(Date.now() / 1000)) },
    body,
  });
  expect(res.status).toBe(200);
  await handle.idle();
  const placeholder = api.messages.find((m) => m.thread_ts === ts && m.bot_id)!;
  return api.callsTo('chat.update').filter((u) => u.ts === placeholder.ts);
}

/** The model's reply, citing the passage the prompt numbered for the "Partly" paragraph. */
function streamedReply(body: Record<string, unknown>) {
  return streamedPartlyReply(passageNumber(body, 'Partly'));
}

describe('startSlack with an LLM-backed core', () => {
  it('updates the placeholder with each checked sentence in order, then with the rendered LLM answer and its source', async () => {
    let expected = streamedPartlyReply(0);
    scenario = (body) => reply(...(expected = streamedReply(body)).chunks);
    const updates = await mention(await startApp(0));

    const result = answerOf(bot.asked.at(-1));
    expect(result.mode).toBe('llm');
    const partials = updates.slice(0, -1);
    expect(partials.map((u) => u.blocks[0].text.text)).toEqual(expected.partials);
    for (const u of partials) expect(u.blocks[1].elements[0].text).toBe('🔎 Searching the policy documents…');

    const final = updates.at(-1)!;
    const [rendered] = renderAskResult(result);
    expect({ text: final.text, blocks: final.blocks }).toEqual({ text: rendered!.text, blocks: rendered!.blocks });
    expect(result.answer).toBe(expected.answer);
    const view = slackView([final]);
    expect(view.body.join(' ')).toContain('Musk answered "Partly" [1].');
    expect(view.sources).toHaveLength(1);
    expect(view.sources[0]).toMatchObject({ n: 1, source: 'beta-hearing.md', locator: 'Cross-examination › ¶1' });
    expectQuoteOf(view.sources[0]!.quote, result.citations[0]!.text);
    expect(result.citations[0]!.text).toContain('answered "Partly"');
    expect(llm.server.requestsTo('/v1/chat/completions').at(-1)!.body.stream).toBe(true);
  });

  it('updates at most once per second by default while tokens stream', async () => {
    scenario = (body) => reply(...streamedReply(body).chunks);
    const handle = await startApp();
    const startedAt = Date.now();
    const updates = await mention(handle);
    const elapsed = Date.now() - startedAt;

    // However slow the machine, a 1 s throttle allows no more partial updates than this.
    expect(updates.length - 1).toBeLessThanOrEqual(Math.floor(elapsed / 1000) + 1);
    expect(updates.length - 1).toBeGreaterThanOrEqual(1);
    expect(slackView([updates.at(-1)!]).body.join(' ')).toContain('answered "Partly" [1].');
  });

  it('answers extractively with the notice when the LLM server answers 500', async () => {
    scenario = () => ({ kind: 'status', status: 500, message: 'model crashed' });
    const updates = await mention(await startApp(0));

    const result = answerOf(bot.asked.at(-1));
    expect(result).toMatchObject({ mode: 'extractive', notice: 'The AI model is unavailable, so this answer quotes the documents directly.' });
    expect(updates).toHaveLength(1);
    const view = slackView(updates);
    expect(view.all).toContain('⚠️ The AI model is unavailable, so this answer quotes the documents directly.');
    expect(view.body.join(' ')).toContain('Musk said all the AI companies generally do it, and then answered "Partly". [1]');
    expect(view.all).not.toContain('model crashed');
  });
});
