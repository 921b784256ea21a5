import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerOptions, AskResult, Citation } from '../../../src/core/ports.js';
import { startDiscordHarness, type DiscordHarness } from '../../fakes/discord-harness.js';
import { createDummyAutocomplete, createDummyButtonClick, createDummyCommand, createDummyUser } from '../../fakes/discord-payloads.js';
import type { RestCall } from '../../fakes/discord-server.js';
import { createDummyAnswer } from '../../fakes/fake-policy-bot.js';

let ask: (q: string, o?: AnswerOptions) => Promise<AskResult> | AskResult = (q) => createDummyAnswer({ question: q });
let h: DiscordHarness;

beforeAll(async () => {
  h = await startDiscordHarness(
    {
      ask: (q, o) => ask(q, o),
      recordFeedback: () => {},
      documentNames: () => [
        { source: 'musk-v-altman-hearing.md', title: 'Musk v. Altman: the hearing' },
        { source: 'distillation-technique.md', title: 'Model distillation, the technique' },
      ],
      summarize: (topic) => ({
        kind: 'summary', id: 's-1', topic, heading: 'Model distillation', mode: 'extractive',
        bullets: [{ text: 'One model trains another.', citations: [1] }],
        citations: (createDummyAnswer() as Extract<AskResult, { kind: 'answer' }>).citations,
      }),
      listSources: () => [{ source: 'technique.md', title: 'Model distillation, the technique', passages: 12, indexedAt: '2026-11-28T10:00:00Z' }],
    },
    { editIntervalMs: 20 },
  );
});
afterAll(() => h?.close());

const command = (name: string, options: object[] = [], base: object = {}) =>
  h.fake.sendInteraction(createDummyCommand(name, options as never, { guild: h.guild, ...base }));
const question = (text: string) => [{ name: 'question', type: 3, value: text }];
const callback = (token: string) => (c: RestCall) => c.method === 'POST' && c.path.endsWith(`/${token}/callback`);
const original = (token: string) => (c: RestCall) => c.method === 'PATCH' && c.path.endsWith(`/${token}/messages/@original`);
const followUps = (token: string) => h.fake.calls.filter((c) => c.method === 'POST' && c.path.endsWith(`/${token}`));
/** Messages sent for an interaction in order: the edited original, then the follow-ups. */
const sentFor = (token: string) => [h.fake.calls.filter(original(token)).at(-1)!, ...followUps(token)].map((c) => c.body);

describe('/ask', () => {
  it('defers within the 3-second window, then edits in the answer with cited embeds', async () => {
    const i = command('ask', question('What is distillation?'));
    const edit = await h.fake.waitForCall(original(i.token));
    const defer = h.fake.calls.find(callback(i.token))!;
    expect(defer.body.type).toBe(5);
    expect(h.fake.calls.indexOf(defer)).toBeLessThan(h.fake.calls.indexOf(edit));
    expect(edit.body.content).toBe('> What is distillation?\n\nDistillation uses one AI model to train another. [1]');
    expect(edit.body.embeds).toEqual([
      expect.objectContaining({
        title: '[1] Model distillation, the technique',
        description: '> Distillation uses one AI model to train another.',
        fields: [expect.objectContaining({ value: 'What it is › ¶1' }), expect.objectContaining({ value: 'technique.md' })],
      }),
    ]);
    expect(edit.body.components[0].components.map((b: { label: string }) => b.label)).toEqual(['Helpful', 'Not helpful']);
  });

  it('splits a long answer within Discord’s limits, never inside a citation marker', async () => {
    const citations: Citation[] = Array.from({ length: 12 }, (_, k) => ({
      n: k + 1, passageId: `p${k}`, source: `doc-${k}.md`, title: `Document ${k + 1}`, locator: `§${k}`, text: 'Passage text. '.repeat(80), score: 0.5,
    }));
    const sentences = Array.from({ length: 60 }, (_, k) => `Sentence ${k} explains a point about distillation in some detail [${(k % 12) + 1}].`);
    ask = (q) => createDummyAnswer({ question: q, answer: sentences.join(' '), citations });
    try {
      const i = command('ask', question('Tell me everything'));
      await h.fake.waitForCall(original(i.token));
      // The feedback buttons come with the last message.
      await h.fake.waitForCall((c) => followUps(i.token).includes(c) && c.body.components?.length === 1);
      const sent = sentFor(i.token);
      for (const m of sent) {
        expect(m.content.length).toBeLessThanOrEqual(2000);
        expect(m.embeds.length).toBeLessThanOrEqual(10);
        const embedChars = m.embeds.reduce((n: number, e: any) => n + e.title.length + e.description.length + e.fields.reduce((f: number, x: any) => f + x.name.length + x.value.length, 0), 0);
        expect(embedChars).toBeLessThanOrEqual(6000);
        expect(m.content).not.toMatch(/\[\d*$/);
        expect(m.content).not.toMatch(/^\d*\]/);
      }
      const text = sent.map((m) => m.content).join(' ');
      for (const s of sentences) expect(text).toContain(s);
      expect(sent.flatMap((m) => m.embeds.map((e: any) => e.title))).toEqual(citations.map((c) => `[${c.n}] ${c.title}`));
      expect(sent.map((m) => m.components?.length ?? 0)).toEqual([...sent.slice(1).map(() => 0), 1]);
    } finally {
      ask = (q) => createDummyAnswer({ question: q });
    }
  });

  it('says plainly when the documents do not cover the question, naming the closest', async () => {
    ask = (q) => ({ kind: 'declined', id: 'd-1', question: q, answer: 'The documents don’t cover that.', closest: [{ source: 'hearing.md', title: 'The hearing' }], mode: 'extractive' });
    try {
      const i = command('ask', question('Who won the 1998 World Cup?'));
      const edit = await h.fake.waitForCall(original(i.token));
      expect(edit.body.content).toContain('The documents don’t cover that.');
      expect(edit.body.content).toContain('• The hearing (`hearing.md`)');
      expect(edit.body.embeds).toEqual([]);
    } finally {
      ask = (q) => createDummyAnswer({ question: q });
    }
  });

  it('explains the limit when a question is too long', async () => {
    ask = () => ({ kind: 'invalid', reason: 'too_long', limit: 2000, received: 2400 });
    try {
      const i = command('ask', question('x'.repeat(2400)));
      const edit = await h.fake.waitForCall(original(i.token));
      expect(edit.body.content).toBe('That question is 2400 characters; the limit is 2000 characters. Try a shorter one.');
    } finally {
      ask = (q) => createDummyAnswer({ question: q });
    }
  });

  it('turns an unexpected failure into a message with a reference, not the error text', async () => {
    ask = () => {
      throw new Error('socket hang up at provider.example.com');
    };
    try {
      const i = command('ask', question('boom'));
      const edit = await h.fake.waitForCall(original(i.token));
      expect(edit.body.content).toMatch(/^Something went wrong on my side\. \(ref [0-9a-f]{6}\)$/);
    } finally {
      ask = (q) => createDummyAnswer({ question: q });
    }
  });
});

describe('/ask while an LLM streams', () => {
  it('edits the partial text into the deferred reply, then the final answer last', async () => {
    ask = async (q, o) => {
      o?.onPartial?.('Distillation uses');
      await h.fake.waitForCall((c) => c.method === 'PATCH' && c.body?.content === 'Distillation uses …');
      return createDummyAnswer({ question: q });
    };
    try {
      const i = command('ask', question('stream it'));
      await h.fake.waitForCall((c) => original(i.token)(c) && c.body.embeds?.length === 1);
      const edits = h.fake.calls.filter(original(i.token)).map((c) => c.body.content);
      expect(edits).toEqual(['Distillation uses …', '> stream it\n\nDistillation uses one AI model to train another. [1]']);
    } finally {
      ask = (q) => createDummyAnswer({ question: q });
    }
  });
});

describe('rate limit', () => {
  let limited: DiscordHarness;
  beforeAll(async () => {
    limited = await startDiscordHarness({ ask: (q) => createDummyAnswer({ question: q }) }, { ratePerMinute: 1, now: () => 1_000_000 });
  });
  afterAll(() => limited?.close());

  it('refuses a second question within the minute ephemerally, without asking the core', async () => {
    const user = createDummyUser();
    const send = () => limited.fake.sendInteraction(createDummyCommand('ask', question('again?'), { guild: limited.guild, user }));
    const first = send();
    await limited.fake.waitForCall(original(first.token));
    const second = send();
    const refusal = await limited.fake.waitForCall(callback(second.token));
    expect(refusal.body).toMatchObject({ type: 4, data: { flags: 64, content: 'You’re asking faster than I can keep up. Try again in 60 s.' } });
    expect(limited.bot.calls.filter((c) => c.method === 'ask')).toHaveLength(1);
  });
});

describe('feedback buttons', () => {
  it('records the vote with the answer id and question, and thanks the voter privately', async () => {
    const i = command('ask', question('What is distillation?'));
    const edit = await h.fake.waitForCall(original(i.token));
    const voter = createDummyUser();
    const down = edit.body.components[0].components[1].custom_id as string;
    const click = h.fake.sendInteraction(createDummyButtonClick(down, edit.response, { guild: h.guild, user: voter }));
    const ack = await h.fake.waitForCall(callback(click.token));
    expect(ack.body).toMatchObject({ type: 4, data: { flags: 64 } });
    const vote = h.bot.calls.find((c) => c.method === 'recordFeedback')?.args[0];
    expect(vote).toEqual({ answerId: 'ans-1', question: 'What is distillation?', user: voter.id, platform: 'discord', vote: 'down' });
  });
});

describe('/summary', () => {
  it('autocompletes document names matching what was typed', async () => {
    const i = h.fake.sendInteraction(createDummyAutocomplete('summary', 'topic', 'distil', { guild: h.guild }));
    const answer = await h.fake.waitForCall(callback(i.token));
    expect(answer.body).toEqual({ type: 8, data: { choices: [{ name: 'Model distillation, the technique (distillation-technique.md)', value: 'distillation-technique.md' }] } });
  });

  it('renders the bullets with their citation markers and embeds', async () => {
    const i = command('summary', [{ name: 'topic', type: 3, value: 'distillation' }]);
    const edit = await h.fake.waitForCall(original(i.token));
    expect(edit.body.content).toBe('**Model distillation**\n• One model trains another. [1]');
    expect(edit.body.embeds).toHaveLength(1);
  });
});

describe('/sources', () => {
  it('lists the indexed documents in an ephemeral reply', async () => {
    const i = command('sources');
    const edit = await h.fake.waitForCall(original(i.token));
    expect(h.fake.calls.find(callback(i.token))?.body).toEqual({ type: 5, data: { flags: 64 } });
    expect(edit.body.content).toContain('• **Model distillation, the technique** — `technique.md` · 12 passages · indexed 2026-11-28');
  });
});
