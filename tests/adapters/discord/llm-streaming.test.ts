import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderAnswer } from '../../../src/adapters/discord/render.js';
import { startDiscordHarness, type DiscordHarness } from '../../fakes/discord-harness.js';
import { createDummyCommand } from '../../fakes/discord-payloads.js';
import type { RestCall } from '../../fakes/discord-server.js';
import { reply, type ChatScenario } from '../../fakes/openai-compatible-server.js';
import { discordView } from '../renderer-contract/discord-view.js';
import { answerOf, expectQuoteOf, openFixtureBot, passageNumber, startLocalChatModel, streamedPartlyReply, type FixtureBot } from '../../helpers/fixture-bot.js';

/**
 * The LLM path through Discord: the real core with a real ChatOpenAI streaming from a local
 * OpenAI-compatible server; the deferred reply is edited as the text grows, then with the answer.
 */
const QUESTION = 'What did Musk answer when asked whether xAI distilled OpenAI models?';

let scenario: (body: Record<string, unknown>) => ChatScenario;
let llm: Awaited<ReturnType<typeof startLocalChatModel>>;
let bot: FixtureBot;
let h: DiscordHarness;

beforeAll(async () => {
  llm = await startLocalChatModel((body) => scenario(body));
  bot = await openFixtureBot({ llm: { model: llm.model, timeoutMs: 10_000, uncitedSentences: 'drop' } });
  // Every partial is edited in (no throttle), so the order of all of them can be checked.
  h = await startDiscordHarness({ ask: (q, o) => bot.ask(q, o) }, { editIntervalMs: 0 });
});
afterAll(async () => {
  await h?.close();
  await bot?.close();
  await llm?.server.close();
});

const isOriginal = (token: string) => (c: RestCall) => c.method === 'PATCH' && c.path.endsWith(`/${token}/messages/@original`);

/** Sends /ask and returns every edit of the reply once the final one (with buttons) has landed. */
async function ask(): Promise<RestCall[]> {
  const interaction = h.fake.sendInteraction(createDummyCommand('ask', [{ name: 'question', type: 3, value: QUESTION }], { guild: h.guild }));
  await h.fake.waitForCall((c) => isOriginal(interaction.token)(c) && c.body.components?.length > 0);
  return h.fake.calls.filter(isOriginal(interaction.token));
}

describe('startDiscord with an LLM-backed core', () => {
  it('edits the deferred reply with each checked sentence in order, then with the answer and its embed', async () => {
    let expected = streamedPartlyReply(0);
    scenario = (body) => reply(...(expected = streamedPartlyReply(passageNumber(body, 'Partly'))).chunks);
    const edits = await ask();

    const result = answerOf(bot.asked.at(-1));
    expect(result.mode).toBe('llm');
    expect(edits.slice(0, -1).map((e) => e.body.content)).toEqual(expected.partials.map((text) => `${text} …`));
    for (const e of edits.slice(0, -1)) expect(e.body.embeds).toEqual([]);

    const final = edits.at(-1)!.body;
    const [rendered] = renderAnswer(result, { how: 'command', quoteQuestion: true });
    expect(final.content).toBe(rendered!.content);
    expect(final.content).toBe(`> ${QUESTION}\n\n${expected.answer}`);
    const view = discordView([final]);
    expect(view.sources).toHaveLength(1);
    expect(view.sources[0]).toMatchObject({ n: 1, source: 'beta-hearing.md', locator: 'Cross-examination › ¶1' });
    expectQuoteOf(view.sources[0]!.quote, result.citations[0]!.text);
    expect(result.citations[0]!.text).toContain('answered "Partly"');
  });

  it('edits in the extractive answer with the notice when the LLM server answers 500', async () => {
    scenario = () => ({ kind: 'status', status: 500, message: 'model crashed' });
    const edits = await ask();

    expect(answerOf(bot.asked.at(-1))).toMatchObject({ mode: 'extractive', notice: 'The AI model is unavailable, so this answer quotes the documents directly.' });
    expect(edits).toHaveLength(1);
    expect(edits[0]!.body.content).toContain('answered "Partly". [1]');
    expect(edits[0]!.body.content).toContain('-# The AI model is unavailable, so this answer quotes the documents directly.');
    expect(edits[0]!.body.content).not.toContain('model crashed');
  });
});
