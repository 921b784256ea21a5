import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerOptions, AskResult } from '../../../src/core/ports.js';
import { startDiscordHarness, type DiscordHarness } from '../../fakes/discord-harness.js';
import { BOT_USER, createDummyAttachment, createDummyMember, createDummyMessage, createDummyUser, snowflake } from '../../fakes/discord-payloads.js';
import type { RestCall } from '../../fakes/discord-server.js';
import { createDummyAnswer } from '../../fakes/fake-policy-bot.js';

/** The question → answer behaviour of the fake core; tests swap it. */
let ask: (question: string, options?: AnswerOptions) => Promise<AskResult> | AskResult = (q) => createDummyAnswer({ question: q });
const admin = createDummyUser({ username: 'admin' });
let h: DiscordHarness;

beforeAll(async () => {
  h = await startDiscordHarness(
    {
      ask: (q, o) => ask(q, o),
      addDocument: (upload) => ({ source: upload.fileName, replaced: upload.replace ?? false, report: { added: 1, changed: 0, removed: 0, unchanged: 4, passages: 12, ms: 800, skipped: [] } }),
    },
    { admins: [admin.id], editIntervalMs: 50 },
  );
});
afterAll(() => h?.close());

/** A user message in the test guild's channel that mentions the bot. */
function mention(text: string, overrides: Record<string, unknown> = {}) {
  const author = (overrides.author as Record<string, unknown>) ?? createDummyUser();
  return h.fake.sendMessage(
    createDummyMessage({
      channel_id: h.channelId,
      guild_id: h.guild.id,
      author,
      member: createDummyMember(author),
      content: `<@${BOT_USER.id}> ${text}`,
      mentions: [BOT_USER],
      ...overrides,
    }),
  );
}

const replyTo = (messageId: string) => (c: RestCall) =>
  c.method === 'POST' && /^\/channels\/\d+\/messages$/.test(c.path) && c.body?.message_reference?.message_id === messageId;

const askedQuestions = () => h.bot.calls.filter((c) => c.method === 'ask').map((c) => c.args[0]);

describe('mentions', () => {
  it('answers a mention in a channel with a reply carrying the citations', async () => {
    const m = mention('What is distillation?');
    const reply = await h.fake.waitForCall(replyTo(m.id));
    expect(reply.path).toBe(`/channels/${h.channelId}/messages`);
    expect(reply.body.content).toContain('Distillation uses one AI model to train another. [1]');
    expect(reply.body.embeds[0].title).toBe('[1] Model distillation, the technique');
    expect(askedQuestions()).toContain('What is distillation?');
  });

  it('ignores guild messages that do not mention it, other bots and itself', async () => {
    const before = askedQuestions().length;
    h.fake.sendMessage(createDummyMessage({ channel_id: h.channelId, guild_id: h.guild.id, content: 'no mention here' }));
    mention('from another bot', { author: createDummyUser({ bot: true }) });
    mention('from myself', { author: BOT_USER });
    const last = mention('the real question');
    await h.fake.waitForCall(replyTo(last.id));
    expect(askedQuestions().slice(before)).toEqual(['the real question']);
  });
});

describe('direct messages', () => {
  it('answers a DM without a mention', async () => {
    const user = createDummyUser();
    const dm = h.fake.sendMessage(createDummyMessage({ channel_id: snowflake(), author: user, content: 'Who testified at the hearing?' }));
    const reply = await h.fake.waitForCall(replyTo(dm.id));
    expect(reply.path).toBe(`/channels/${dm.channel_id}/messages`);
    expect(askedQuestions()).toContain('Who testified at the hearing?');
  });
});

describe('follow-ups', () => {
  it('passes the earlier question as history when a user replies to the bot’s answer', async () => {
    const first = mention('What did the court decide?');
    const answerId = (await h.fake.waitForCall(replyTo(first.id))).response.id;
    const followUp = mention('and when?', { message_reference: { message_id: answerId, channel_id: h.channelId, guild_id: h.guild.id } });
    await h.fake.waitForCall(replyTo(followUp.id));
    const call = h.bot.calls.find((c) => c.method === 'ask' && c.args[0] === 'and when?');
    expect((call?.args[1] as AnswerOptions).history).toEqual(['What did the court decide?']);
  });

  it('does not treat a reply to someone else’s message as a follow-up', async () => {
    const other = h.fake.sendMessage(createDummyMessage({ channel_id: h.channelId, guild_id: h.guild.id, content: 'unrelated chatter' }));
    const q = mention('is this covered?', { message_reference: { message_id: other.id, channel_id: h.channelId, guild_id: h.guild.id } });
    await h.fake.waitForCall(replyTo(q.id));
    const call = h.bot.calls.find((c) => c.method === 'ask' && c.args[0] === 'is this covered?');
    expect((call?.args[1] as AnswerOptions).history).toBeUndefined();
  });
});

describe('streaming', () => {
  it('posts the partial text, edits it as it grows, then edits in the final answer', async () => {
    ask = async (question, options) => {
      options?.onPartial?.('Distillation');
      await h.fake.waitForCall((c) => c.method === 'POST' && c.body?.content === 'Distillation …');
      options?.onPartial?.('Distillation uses one model');
      await h.fake.waitForCall((c) => c.method === 'PATCH' && c.body?.content === 'Distillation uses one model …');
      return createDummyAnswer({ question });
    };
    try {
      const m = mention('stream please');
      const first = await h.fake.waitForCall(replyTo(m.id));
      expect(first.body.content).toBe('Distillation …');
      const id = findPosted(m.id)!;
      const final = await h.fake.waitForCall((c) => c.method === 'PATCH' && c.path.endsWith(id) && c.body?.embeds?.length === 1);
      const edits = h.fake.calls.filter((c) => c.method === 'PATCH' && c.path.endsWith(id));
      expect(edits.at(-1)).toBe(final);
      expect(final.body.content).toContain('[1]');
    } finally {
      ask = (q) => createDummyAnswer({ question: q });
    }
  });
});

describe('add', () => {
  it('ingests an attachment sent by an admin with `add`', async () => {
    const bytes = new TextEncoder().encode('# New policy\n\nText.');
    const url = h.fake.serveFile('new-policy.md', bytes);
    const m = mention('add', { author: admin, attachments: [createDummyAttachment({ filename: 'new-policy.md', size: bytes.length, url, proxy_url: url })] });
    const reply = await h.fake.waitForCall(replyTo(m.id));
    expect(reply.body.content).toContain('Added **new-policy.md**');
    const upload = h.bot.calls.find((c) => c.method === 'addDocument')?.args[0] as { fileName: string; bytes: Uint8Array; replace: boolean };
    expect(upload.fileName).toBe('new-policy.md');
    expect(Buffer.from(upload.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(upload.replace).toBe(false);
  });

  it('reads `add replace` the way Slack does, and answers a question sent with a screenshot', async () => {
    const bytes = new TextEncoder().encode('# Newer policy\n\nText.');
    const url = h.fake.serveFile('newer-policy.md', bytes);
    const m = mention('add replace', { author: admin, attachments: [createDummyAttachment({ filename: 'newer-policy.md', size: bytes.length, url, proxy_url: url })] });
    await h.fake.waitForCall(replyTo(m.id));
    const upload = h.bot.calls.filter((c) => c.method === 'addDocument').at(-1)?.args[0] as { fileName: string; replace: boolean };
    expect(upload).toMatchObject({ fileName: 'newer-policy.md', replace: true });
    const question = mention('how do I add a citation to this?', { attachments: [createDummyAttachment()] });
    await h.fake.waitForCall(replyTo(question.id));
    expect(askedQuestions()).toContain('how do I add a citation to this?');
  });

  it('treats a question that starts with "add" as a question', async () => {
    const m = mention('add more detail on the verdict?');
    await h.fake.waitForCall(replyTo(m.id));
    expect(askedQuestions()).toContain('add more detail on the verdict?');
  });

  it('refuses `add` from someone who is neither an admin nor a manager', async () => {
    const before = h.bot.calls.filter((c) => c.method === 'addDocument').length;
    const m = mention('add', { attachments: [createDummyAttachment()] });
    const reply = await h.fake.waitForCall(replyTo(m.id));
    expect(reply.body.content).toMatch(/Only server managers/);
    expect(h.bot.calls.filter((c) => c.method === 'addDocument')).toHaveLength(before);
  });
});

describe('with DISCORD_REPLY_IN_THREAD', () => {
  let t: DiscordHarness;
  beforeAll(async () => {
    t = await startDiscordHarness({ ask: (q) => createDummyAnswer({ question: q }) }, { replyInThread: true, ratePerMinute: 2 });
  });
  afterAll(() => t?.close());

  const threadMention = (channelId: string, text: string, author = createDummyUser()) =>
    t.fake.sendMessage(
      createDummyMessage({ channel_id: channelId, author, member: createDummyMember(author), content: `<@${BOT_USER.id}> ${text}`, mentions: [BOT_USER] }),
    );

  it('answers in a new thread started from the question, and reads the thread for follow-ups', async () => {
    const asker = createDummyUser();
    const q = threadMention(t.guild.channels[0].id, 'What did xAI claim?', asker);
    const created = await t.fake.waitForCall((c) => c.path === `/channels/${t.guild.channels[0].id}/messages/${q.id}/threads`);
    expect(created.body.name).toBe('What did xAI claim?');
    const threadId = created.response.id;
    const answer = await t.fake.waitForCall((c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages`);
    expect(answer.body.embeds).toHaveLength(1);

    const followUp = threadMention(threadId, 'and what did OpenAI say?', asker);
    await t.fake.waitForCall(
      (c) => c.method === 'POST' && c.path === `/channels/${threadId}/messages` && c.body?.message_reference?.message_id === followUp.id,
    );
    const call = t.bot.calls.find((c) => c.args[0] === 'and what did OpenAI say?');
    expect((call?.args[1] as AnswerOptions).history).toEqual(['What did xAI claim?']);
  });

  it('refuses politely when a user asks faster than the rate limit', async () => {
    const user = createDummyUser();
    const channel = t.guild.channels[0].id;
    for (const n of [1, 2]) {
      const m = threadMention(channel, `question ${n}`, user);
      await t.fake.waitForCall((c) => c.path.endsWith(`/messages/${m.id}/threads`));
    }
    const third = threadMention(channel, 'question 3', user);
    const refusal = await t.fake.waitForCall((c) => c.method === 'POST' && c.body?.message_reference?.message_id === third.id);
    expect(refusal.body.content).toMatch(/Try again in \d+ s/);
    expect(t.bot.calls.filter((c) => c.args[0] === 'question 3')).toHaveLength(0);
  });
});

/** The id of the bot's message that replied to `messageId`. */
function findPosted(messageId: string): string | undefined {
  return h.fake.calls.find(replyTo(messageId))?.response?.id;
}
