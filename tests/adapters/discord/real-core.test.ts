import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordHarness, type DiscordHarness } from '../../fakes/discord-harness.js';
import { createDummyCommand } from '../../fakes/discord-payloads.js';
import type { RestCall } from '../../fakes/discord-server.js';
import { discordView } from '../renderer-contract/discord-view.js';
import { answerOf, expectBulletsGrounded, expectClaimsInPassages, expectQuoteOf, openFixtureBot, summaryOf, type FixtureBot } from '../../helpers/fixture-bot.js';

/**
 * The real discord.js client on the fake gateway and REST API, answering from the real core over
 * the fixture corpus: the embeds must quote exactly the passages the core cited.
 */
let bot: FixtureBot;
let h: DiscordHarness;

beforeAll(async () => {
  bot = await openFixtureBot();
  h = await startDiscordHarness({
    ask: (q, o) => bot.ask(q, o),
    summarize: (topic, o) => bot.summarize(topic, o),
    recordFeedback: (vote) => bot.recordFeedback(vote),
  });
});
afterAll(async () => {
  await h?.close();
  await bot?.close();
});

const isOriginal = (token: string) => (c: RestCall) => c.method === 'PATCH' && c.path.endsWith(`/${token}/messages/@original`);

async function command(name: string, option: string, value: string) {
  const interaction = h.fake.sendInteraction(createDummyCommand(name, [{ name: option, type: 3, value }], { guild: h.guild }));
  const edit = await h.fake.waitForCall(isOriginal(interaction.token));
  const defer = h.fake.calls.find((c) => c.method === 'POST' && c.path.endsWith(`/${interaction.token}/callback`));
  return { edit, defer };
}

describe('startDiscord with openPolicyBot', () => {
  it('defers /ask, then edits in the answer with embeds quoting exactly the passages it cites', async () => {
    const question = 'What did Musk answer when asked whether xAI distilled OpenAI models?';
    const { edit, defer } = await command('ask', 'question', question);
    expect(defer?.body.type).toBe(5);
    expect(h.fake.calls.indexOf(defer!)).toBeLessThan(h.fake.calls.indexOf(edit));
    const answer = answerOf(bot.asked.at(-1));
    const view = discordView([edit.body]);
    expect(view.overLimits).toEqual([]);

    expect(edit.body.content.startsWith(`> ${question}\n\n`)).toBe(true);
    const shown = edit.body.content.slice(`> ${question}\n\n`.length);
    expect(shown).toContain('answered "Partly".');
    expectClaimsInPassages(shown, answer.citations);
    expect(view.sources.map((s) => s.n)).toEqual(answer.citations.map((c) => c.n));
    for (const c of answer.citations) {
      const embed = view.sources.find((s) => s.n === c.n)!;
      expect(embed).toMatchObject({ title: c.title, locator: c.locator, source: c.source });
      expectQuoteOf(embed.quote, c.text);
    }
    expect(answer.citations.some((c) => c.source === 'beta-hearing.md' && c.text.includes('Partly'))).toBe(true);
  });

  it('says /ask about banana bread is not covered, naming the closest documents without embeds', async () => {
    const { edit } = await command('ask', 'question', 'What is a good recipe for banana bread?');
    const result = bot.asked.at(-1);
    expect(result?.kind).toBe('declined');
    expect(edit.body.content).toContain('The knowledge base does not cover this question');
    for (const doc of result?.kind === 'declined' ? result.closest : []) expect(edit.body.content).toContain(`• ${doc.title} (\`${doc.source}\`)`);
    expect(edit.body.embeds).toEqual([]);
  });

  it('edits in /summary distillation as bullets, each verbatim in the passages it cites', async () => {
    const { edit } = await command('summary', 'topic', 'distillation');
    const summary = summaryOf(bot.summarized.at(-1));
    expectBulletsGrounded(edit.body.content.split('\n'), summary);
    const view = discordView([edit.body]);
    for (const c of summary.citations) expectQuoteOf(view.sources.find((s) => s.n === c.n)!.quote, c.text);
  });
});
