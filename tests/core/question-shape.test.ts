import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPolicyBot, type PolicyBotService } from '../../src/core/create-policy-bot.js';
import { SMALL_TALK_REPLY, WRITING_TASK_REPLY } from '../../src/core/answer/ask-question.js';
import type { AskResult } from '../../src/core/ports.js';
import { createWorkspace, fixtureBotOptions } from '../helpers/knowledge-workspace.js';

// What the question's form and names ask for, end to end over the fixture knowledge base.
let bot: PolicyBotService;

beforeAll(async () => {
  const ws = await createWorkspace();
  await writeFile(
    join(ws.knowledgeDir, 'delta-ip.md'),
    '# Delta: rival labs\n\nLabs that object call the distillation of their models intellectual property theft. Whether intellectual property law reaches model outputs is unsettled. Contracts guard intellectual property too.\n',
  );
  await writeFile(join(ws.knowledgeDir, 'zeta-campaigns.md'), '# Zeta: the campaigns\n\nThe labs held more than 16 million conversations with the chatbot during the campaigns.\n');
  await writeFile(join(ws.knowledgeDir, 'epsilon-schedule.md'), '# Epsilon: the schedule\n\nThe court set aside about four weeks for the trial of the distillation case.\n');
  await writeFile(join(ws.knowledgeDir, 'eta-days.md'), '# Eta: the third day\n\nOn Thursday 30 April 2026, the third day of the trial, the founder was cross-examined by the defence.\n');
  bot = await openPolicyBot(fixtureBotOptions(ws));
});
afterAll(async () => bot.close());

function firstSentence(result: AskResult): string {
  if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.kind}`);
  return result.answer.split(/\s\[\d+\]/)[0]!;
}

describe('answers shaped by the question', () => {
  it('reads a statement before a question pointing back at it as the thread before that question', async () => {
    const told = 'Musk lost his case against OpenAI in front of an advisory jury.';
    const asked = 'when did it reach that verdict?';
    const whole = await bot.ask(`${told} ${asked}`);
    const threaded = await bot.ask(asked, { history: [told] });
    expect({ ...whole, id: '' }).toEqual({ ...threaded, id: '', question: `${told} ${asked}` });
    expect(firstSentence(whole)).toMatch(/^On 18 May 2026/);
  });

  it('reads thanks, then a request for the source, as the request for the last answer\'s source', async () => {
    const history = ['When was the verdict?'];
    const thanked = await bot.ask('Thanks, that is very helpful. where did you get that?', { history });
    expect(thanked.kind === 'answer' && thanked.citations.map((c) => c.source)).toEqual(['beta-hearing.md']);
    expect(firstSentence(thanked)).toMatch(/^On 18 May 2026/);
  });

  it('leads with the sentence that gives the date a "when" question asks for', async () => {
    expect(firstSentence(await bot.ask('When was the verdict?'))).toMatch(/^On 18 May 2026/);
  });

  it('answers "how many" with the sentence holding the number', async () => {
    expect(firstSentence(await bot.ask('How many people sat on the advisory jury?'))).toMatch(/nine-member/);
    expect(firstSentence(await bot.ask('How many ppl sat on the advisory jury?'))).toMatch(/nine-member/);
  });

  it('declines a count of something no passage mentions in any words ("how many gpus…")', async () => {
    expect((await bot.ask('How many gpus did the advisory jury use?')).kind).toBe('declined');
    expect((await bot.ask('How many gpus did the advisory jury use?', { history: ['When was the verdict?'] })).kind).toBe('declined');
    // Named after the question too; a count of what passages mention is answered.
    expect((await bot.ask('how big was the advisory jury, gpu count?')).kind).toBe('declined');
    expect(firstSentence(await bot.ask('how big was the advisory jury, juror count?'))).toMatch(/nine-member/);
  });

  it('declines a role no passage mentions in any words ("who was the top scorer…")', async () => {
    expect((await bot.ask('who was the top scorer at the hearing in oakland?')).kind).toBe('declined');
    expect((await bot.ask('and who was the top scorer that year', { history: ['who won the champions league final?'] })).kind).toBe('declined');
    // A role the passages name is answered.
    expect(firstSentence(await bot.ask('who was the judge at the hearing in oakland?'))).toMatch(/Judge Yvonne Gonzalez Rogers/);
    // The role is the noun, not a participle after it.
    expect(firstSentence(await bot.ask('who was the judge presiding in oakland?'))).toMatch(/Judge Yvonne Gonzalez Rogers/);
  });

  it('declines an everyday question that shares one word with a passage ("40", "keeps")', async () => {
    for (const q of ['can you suggest a good podcast for a 40 minute commute?', 'how do i reset my vpn password? it keeps locking me out']) expect((await bot.ask(q)).kind, q).toBe('declined');
    expect((await bot.ask('How much smaller is DistilBERT, in percent?')).kind).toBe('answer');
  });

  it('reads chat clippings as the words they clip ("convos")', async () => {
    expect(firstSentence(await bot.ask('how many convos?'))).toMatch(/16 million conversations/);
  });

  it('declines a question sharing only a day with a passage, and asking what no passage says', async () => {
    expect((await bot.ask('is it supposed to rain on thursday?')).kind).toBe('declined');
    // In the past tense it may ask what the passage reports in other words.
    expect(firstSentence(await bot.ask('who testified on thursday?'))).toMatch(/^On Thursday 30 April 2026/);
    expect(firstSentence(await bot.ask('what happened on thursday?'))).toMatch(/^On Thursday 30 April 2026/);
    // Told in the present, one unknown word is not enough: chat tells past events so too.
    expect(firstSentence(await bot.ask('what goes on on thursday?'))).toMatch(/^On Thursday 30 April 2026/);
    expect((await bot.ask('any tips for marathon training, first one in april')).kind).toBe('declined');
  });

  it('declines what a text of rules says when no passage mentions such a text', async () => {
    expect((await bot.ask("what does meta's llama license say about fine-tuning it?")).kind).toBe('declined');
    expect((await bot.ask('which license did stanford release it under?', { history: ['What did Stanford Alpaca fine-tune?'] })).kind).toBe('declined');
    // Not a person, who may be called otherwise, nor a text the passages name.
    expect((await bot.ask("what does stanford's alpaca data say about fine-tuning llama?")).kind).toBe('answer');
    // A contract the passages mention, and a policy, which may be the terms they mention.
    expect((await bot.ask("what does the labs' contract say about intellectual property?")).kind).toBe('answer');
    expect((await bot.ask("what does the labs' policy say about intellectual property?")).kind).toBe('answer');
  });

  it('declines "how old" when no passage gives an age, though one names the person', async () => {
    expect((await bot.ask('How old is Judge Yvonne Gonzalez Rogers?')).kind).toBe('declined');
    expect((await bot.ask('how old is she?', { history: ['Which judge heard Musk v. Altman?'] })).kind).toBe('declined');
    expect((await bot.ask('Which judge heard Musk v. Altman?')).kind).toBe('answer');
  });

  it('declines a question asking for an amount when no passage gives one', async () => {
    const result = await bot.ask('How much money did Musk ask OpenAI for?');
    expect(result.kind).toBe('declined');
    // The same words without the form are covered: it is the missing amount that declines it.
    expect((await bot.ask('Did Musk ask OpenAI for money?')).kind).toBe('answer');
  });

  it('declines a number said of something other than what the question names', async () => {
    // The four weeks are the distillation trial's; Anthropic is in the knowledge base, not in that paragraph.
    expect((await bot.ask('How many weeks did the court set aside for the Anthropic trial?')).kind).toBe('declined');
    expect(firstSentence(await bot.ask('How many weeks did the court set aside for the trial?'))).toMatch(/four weeks/);
  });

  it('does not take the unit of "how many weeks" for what the question is about', async () => {
    // The trial runs "about four weeks": "weeks" must not cover a question about holidays.
    expect((await bot.ask('How many weeks of holiday does a new employee get?')).kind).toBe('declined');
    expect(firstSentence(await bot.ask('How many weeks was the trial set for?'))).toMatch(/four weeks/);
  });

  it('declines a question that names nothing, unless it follows one that does', async () => {
    expect((await bot.ask('Why?')).kind).toBe('declined');
    expect((await bot.ask('Is it true that?')).kind).toBe('declined');
    expect((await bot.ask('Why?', { history: ['Did the advisory jury find the claims too late?'] })).kind).toBe('answer');
  });

  it('answers a question that names its own subject on its own, even after another question', async () => {
    // "they" are the jurors, not the labs of the question before.
    const history = ['Did Anthropic accuse Moonshot AI and MiniMax of distilling Claude?'];
    expect(firstSentence(await bot.ask('How many people sat on the advisory jury before they reached the verdict?', { history }))).toMatch(/nine-member/);
  });

  it('follows up the thread\'s first question when the asker goes back to it', async () => {
    const history = ['Did the advisory jury find the claims too late?', 'thanks!', 'What is DistilBERT?'];
    expect(firstSentence(await bot.ask('ok back to my first q - why?', { history }))).toMatch(/statutes of limitations/);
    expect(firstSentence(await bot.ask('why?', { history }))).toMatch(/DistilBERT/);
    // And the question after a return that named nothing of its own.
    expect(firstSentence(await bot.ask('why?', { history: [...history, 'ok back to my first q - when?'] }))).toMatch(/statutes of limitations/);
  });

  it('reads a return to the first question with its subject even when its own words find something else', async () => {
    // On its own, "faster than the teacher model" also finds the paragraph on teachers and students.
    const history = ['What is DistilBERT?', 'who presided over the trial?'];
    const answer = await bot.ask('going back to my first q, is it much faster than the teacher model?', { history });
    expect(answer.kind === 'answer' && answer.citations.map((c) => /DistilBERT/.test(c.text))).toEqual([true]);
  });

  it('borrows nothing for small talk, or from a question about the knowledge base itself', async () => {
    const history = ['Did the advisory jury find the claims too late?'];
    for (const q of ['thanks!', 'hello there', 'ok']) {
      expect(await bot.ask(q, { history }), q).toMatchObject({ kind: 'declined', answer: SMALL_TALK_REPLY, closest: [] });
    }
    expect((await bot.ask('Why?', { history: ['What documents do you have?'] })).kind).toBe('declined');
  });

  it('declines a request to write code or a message, however many of the documents\' words it uses', async () => {
    const asked = await bot.ask('can you write me a python script to check whether the advisory jury claims were too late?', { history: ['Did the advisory jury find the claims too late?'] });
    expect(asked).toMatchObject({ kind: 'declined', answer: WRITING_TASK_REPLY, closest: [] });
  });

  it('answers "source?" with the answer to the question before, and its passages', async () => {
    const asked = 'When was the verdict?';
    const again = await bot.ask('source?', { history: ['How many people sat on the advisory jury?', asked, 'thanks!'] });
    expect(again).toMatchObject({ kind: 'answer', question: asked });
    expect(firstSentence(again)).toBe(firstSentence(await bot.ask(asked)));
    expect(await bot.ask('source?')).toMatchObject({ kind: 'catalog' });
  });

  it('declines small talk and vague questions made only of everyday words', async () => {
    for (const q of ['hello', 'tell me more', 'so what?', 'What about the money?']) expect((await bot.ask(q)).kind, q).toBe('declined');
    expect((await bot.ask('tell me more', { history: ['Did the advisory jury find the claims too late?'] })).kind).toBe('answer');
    expect((await bot.ask('verdict')).kind).toBe('answer');
  });

  it('declines a question about a version the documents never name', async () => {
    expect((await bot.ask('What was LLaMA 3 fine-tuned on?')).kind).toBe('declined');
    expect(firstSentence(await bot.ask('What was LLaMA 7B fine-tuned on?'))).toMatch(/52,000 examples/);
  });

  it('reads an abbreviation the way the documents spell it out', async () => {
    const result = await bot.ask('Is distillation IP theft?');
    expect(result.kind === 'answer' && result.citations[0]?.text).toMatch(/intellectual property theft/);
    expect((await bot.ask('How do I fine-tune with LoRA adapters?')).kind).toBe('declined');
  });
});
