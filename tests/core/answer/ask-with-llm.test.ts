import { cp, rm } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { reply, type OpenAiCompatibleServer } from '../../fakes/openai-compatible-server.js';
import { passagesForModel } from '../../../src/core/answer/ask-question.js';
import { openPolicyBot } from '../../../src/core/create-policy-bot.js';
import { createDummyPassage } from '../../helpers/passages.js';
import { openFixtureBot, passageNumber, startLocalChatModel, type FixtureBot } from '../../helpers/fixture-bot.js';
import { createWorkspace, fixtureBotOptions } from '../../helpers/knowledge-workspace.js';

const REAL_KNOWLEDGE = new URL('../../../knowledge/', import.meta.url).pathname;

const QUESTION = 'What did Musk answer when asked whether xAI distilled OpenAI models?';
let bot: FixtureBot | undefined;
let server: OpenAiCompatibleServer | undefined;

afterEach(async () => {
  await bot?.close();
  await server?.close();
});

async function botWithModel(answer: (body: Record<string, unknown>) => ReturnType<typeof reply>, minEvidence?: number) {
  const local = await startLocalChatModel(answer);
  server = local.server;
  bot = await openFixtureBot({ llm: { model: local.model, timeoutMs: 5_000, uncitedSentences: 'drop', minEvidence } });
  return bot;
}

describe('ask with an LLM', () => {
  it('keeps valid citations, renumbers them, and removes an invented [7]', async () => {
    const b = await botWithModel((body) => reply(`Musk said "Partly" [${passageNumber(body, 'Partly')}] and much more [7].`));
    const result = await b.ask(QUESTION);
    if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.kind}`);
    expect(result.mode).toBe('llm');
    expect(result.answer).toBe('Musk said "Partly" [1] and much more.');
    expect(result.citations).toHaveLength(1);
    expect(result.citations[0]?.text).toContain('Partly');
  });

  it("reads only as much of a thread's earlier message as a question may hold", async () => {
    let sent = '';
    const b = await botWithModel((body) => ((sent = JSON.stringify(body)), reply(`Musk said "Partly" [${passageNumber(body, 'Partly')}].`)));
    const earlier = `Did Musk answer whether xAI distilled OpenAI models? ${'zq'.repeat(50_000)}`;
    await b.ask('What did Musk answer?', { history: [earlier] });
    expect(sent).toContain('Did Musk answer whether xAI distilled');
    expect(sent.length).toBeLessThan(60_000);
  });

  it('falls back to the extractive answer with a notice when the server fails', async () => {
    const b = await botWithModel(() => ({ kind: 'status', status: 500 }));
    const result = await b.ask(QUESTION);
    expect(result).toMatchObject({ kind: 'answer', mode: 'extractive', notice: expect.stringMatching(/unavailable/) });
  });

  it('treats an answer without any valid citation as unusable and answers extractively', async () => {
    const b = await botWithModel(() => reply('Musk admitted everything [9].'));
    const result = await b.ask(QUESTION);
    expect(result).toMatchObject({ kind: 'answer', mode: 'extractive', notice: expect.stringMatching(/could not be matched/) });
  });

  it('declines when the model says the passages do not answer', async () => {
    const b = await botWithModel(() => reply('The passages do not answer this question.'));
    const result = await b.ask(QUESTION);
    expect(result).toMatchObject({ kind: 'declined', mode: 'llm' });
  });

  describe('a question a little below the extractive threshold', () => {
    // Declined by the offline answerer ("suit" is not "lawsuit" to it), but close enough to ask a model.
    const BORDERLINE = 'What was the outcome of the suit?';
    const tooLate = () => reply('The jury found the claims too late [1].');

    it('goes to the model when LLM_MIN_EVIDENCE lets it, and the model answers', async () => {
      const offline = await openFixtureBot();
      expect((await offline.ask(BORDERLINE)).kind).toBe('declined');
      await offline.close();
      const result = await (await botWithModel(tooLate, 0.25)).ask(BORDERLINE);
      expect(result).toMatchObject({ kind: 'answer', mode: 'llm', answer: 'The jury found the claims too late [1].' });
    });

    it('is declined without asking when the model gets only what the extractive answerer would answer', async () => {
      const b = await botWithModel(tooLate);
      expect((await b.ask(BORDERLINE)).kind).toBe('declined');
      expect(server!.requests).toHaveLength(0);
    });

    it('is declined, saying why, when the model fails', async () => {
      const b = await botWithModel(() => ({ kind: 'status', status: 500 }), 0.25);
      expect(await b.ask(BORDERLINE)).toMatchObject({ kind: 'declined', notice: expect.stringMatching(/unavailable.*don’t clearly answer/) });
    });
  });

  it('gives the model the passage the extractive evidence came from, though a synonym found it past the top 8', async () => {
    // No passage says "admit"; the article's "Musk acknowledged…" is found through the synonym,
    // after the eight passages "Musk" and "distillation" find.
    const local = await startLocalChatModel((body) => reply(`Musk acknowledged it [${passageNumber(body, 'Musk acknowledged')}].`));
    server = local.server;
    const ws = await createWorkspace();
    await rm(ws.knowledgeDir, { recursive: true });
    await cp(REAL_KNOWLEDGE, ws.knowledgeDir, { recursive: true });
    const service = await openPolicyBot(fixtureBotOptions(ws, { llm: { model: local.model, timeoutMs: 5_000, uncitedSentences: 'drop', passages: 2 } }));
    try {
      expect(await service.ask('What did Musk admit about distillation?')).toMatchObject({ kind: 'answer', mode: 'llm', answer: 'Musk acknowledged it [1].' });
    } finally {
      await service.close();
      await rm(ws.root, { recursive: true, force: true });
    }
  });

  it('never asks the model about a question the knowledge base does not cover', async () => {
    const b = await botWithModel(() => reply('Banana bread needs bananas [1].'), 0.25);
    expect((await b.ask('What is a good recipe for banana bread?')).kind).toBe('declined');
    expect(server!.requests).toHaveLength(0);
  });
});

describe('summarize with an LLM', () => {
  it('returns the generated bullets with checked, renumbered citations', async () => {
    const b = await botWithModel((body) =>
      reply(`- Distillation trains a student on a teacher [${passageNumber(body, 'student')}].\n- An invented claim [12].\n- The teacher's softmax runs at a raised temperature [${passageNumber(body, 'raised temperature')}].`),
    );
    const result = await b.summarize('distillation');
    if (result.kind !== 'summary') throw new Error(`expected a summary, got ${result.kind}`);
    expect(result.mode).toBe('llm');
    expect(result.bullets.map((x) => x.text)).toEqual(['Distillation trains a student on a teacher.', "The teacher's softmax runs at a raised temperature."]);
    expect(result.bullets.map((x) => x.citations)).toEqual([[1], [2]]);
    expect(result.citations[1]?.text).toContain('raised temperature');
  });

  it('streams each complete, cited bullet numbered as the final bullets are', async () => {
    const b = await botWithModel((body) =>
      reply(
        `- Distillation trains a student on a teacher [${passageNumber(body, 'student')}]`,
        '\n- An invented claim',
        `\n- The teacher's softmax runs at a raised temperature [${passageNumber(body, 'raised temperature')}]`,
        '\n- Last',
      ),
    );
    const partials: string[] = [];
    const result = await b.summarize('distillation', { onPartial: (text) => partials.push(text) });
    expect(result).toMatchObject({ kind: 'summary', mode: 'llm' });
    expect(partials).toEqual(['- Distillation trains a student on a teacher [1]', "- Distillation trains a student on a teacher [1]\n- The teacher's softmax runs at a raised temperature [2]"]);
  });

  it('falls back to extractive bullets when the model times out', async () => {
    const local = await startLocalChatModel(() => ({ kind: 'hang' }));
    server = local.server;
    bot = await openFixtureBot({ llm: { model: local.model, timeoutMs: 300, uncitedSentences: 'drop' } });
    const result = await bot.summarize('distillation');
    expect(result).toMatchObject({ kind: 'summary', mode: 'extractive', notice: expect.stringMatching(/in time/) });
  });
});

describe('passagesForModel', () => {
  const hits = ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ passage: createDummyPassage(id, `Passage ${id}.`), score: 1 - i / 10 }));
  const ids = (picked: typeof hits) => picked.map((hit) => hit.passage.metadata.id);
  const citing = (...passageIds: string[]) => passageIds.map((passageId, i) => ({ n: i + 1, passageId, source: '', title: '', locator: '', text: '', score: 0 }));

  it('leads with the passage of the best evidence, though the extractive answer declined', () => {
    expect(ids(passagesForModel(hits, { kind: 'declined', closest: [], evidence: 0.3, strongest: 'e' }, 2))).toEqual(['e', 'a']);
  });

  it('then the passages the extractive answer quoted, in its order, then the rest by rank', () => {
    const answer = { kind: 'answer' as const, answer: '', citations: citing('d', 'c', 'e'), evidence: 0.6, strongest: 'c' };
    expect(ids(passagesForModel(hits, answer, 4))).toEqual(['c', 'd', 'e', 'a']);
    expect(ids(passagesForModel(hits, { ...answer, strongest: undefined, citations: [] }, 2))).toEqual(['a', 'b']);
  });
});
