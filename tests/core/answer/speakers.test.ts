import { describe, expect, it } from 'vitest';
import { askedSpeaker, saidBy, spokenBy } from '../../../src/core/answer/speakers.js';
import { scoreSentences, type SentenceScoring } from '../../../src/core/answer/select-sentences.js';
import { analyze } from '../../../src/core/text/analyze.js';
import { createDummyPassage as passage } from '../../helpers/passages.js';

describe('askedSpeaker', () => {
  it('finds the named party a question asks to have said something', () => {
    expect(askedSpeaker('What did Sam Altman say when he took the stand?', ['Sam', 'Altman'])).toEqual(['sam', 'altman']);
    expect(askedSpeaker("did deepseek deny anthropic's accusations?", ['deepseek', 'anthropic'])).toEqual(['deepseek']);
    expect(askedSpeaker('How did Moonshot AI respond publicly?', ['Moonshot', 'AI'])).toEqual(['moonshot', 'ai']);
    expect(askedSpeaker('Did DeepSeek ever issue a formal denial?', ['DeepSeek'])).toEqual(['deepseek']);
    expect(askedSpeaker("what was DeepSeek's response to the claims?", ['DeepSeek'])).toEqual(['deepseek']);
  });

  it('lets up to two other words stand between the party and the verb', () => {
    expect(askedSpeaker('did musk flat out admit it or did he dodge?', ['musk'])).toEqual(['musk']);
    expect(askedSpeaker('so when pushed, did Musk actually admit xAI used their models?', ['Musk', 'xAI'])).toEqual(['musk']);
    expect(askedSpeaker('did musk really truly honestly admit it?', ['musk'])).toEqual([]);
  });

  it('finds none when a pronoun, a role or a document speaks, or nobody is asked to', () => {
    expect(askedSpeaker('what did he say exactly', [])).toEqual([]);
    expect(askedSpeaker("what did the US government's AI and crypto guy say?", ['US', 'AI'])).toEqual([]);
    expect(askedSpeaker("what did OpenAI's lawyer say?", ['OpenAI'])).toEqual([]);
    expect(askedSpeaker('what does the article say?', [])).toEqual([]);
    expect(askedSpeaker('How many fake accounts did Anthropic say were used?', ['Anthropic'])).toEqual([]);
    expect(askedSpeaker('When did OpenAI accuse DeepSeek?', ['OpenAI', 'DeepSeek'])).toEqual([]);
  });

  it('finds none when another part of the question asks something else', () => {
    const names = ['Anthropic', 'OpenAI', 'House'];
    expect(askedSpeaker('How many accounts did Anthropic count, and what did OpenAI tell the House committee?', names)).toEqual([]);
    expect(askedSpeaker('how did musk react to losing? what did he call it', ['musk'])).toEqual([]);
    expect(askedSpeaker('how did musk react to losing? what did musk say next', ['musk'])).toEqual(['musk']);
    // A part that only sets the scene asks nothing.
    expect(askedSpeaker('so when OpenAI pressed him, did Musk admit it?', ['OpenAI', 'Musk'])).toEqual(['musk']);
  });
});

describe('saidBy', () => {
  const by = (sentence: string, party: string) => saidBy(sentence, analyze(party), analyze);

  it('is true when the party comes before a verb of speech in the same clause', () => {
    expect(by('Musk also told the court that checking your own AI is standard practice.', 'musk')).toBe(true);
    expect(by('During the hearing, Musk acknowledged the use of model distillation.', 'musk')).toBe(true);
    expect(by('In the memo, OpenAI alleged that DeepSeek had distilled its models.', 'openai')).toBe(true);
  });

  it('is true for "according to" the party, or its statement', () => {
    expect(by('According to Anthropic, Moonshot AI accounted for 3.4 million exchanges.', 'anthropic')).toBe(true);
    expect(by("The warning was part of Anthropic's February 2026 statement about DeepSeek.", 'anthropic')).toBe(true);
  });

  it('is false when the party is only spoken of, or speaks in another clause', () => {
    expect(by('Elon Musk sued OpenAI, Sam Altman and Greg Brockman.', 'altman')).toBe(false);
    expect(by('Sacks said there was substantial evidence that DeepSeek had distilled models.', 'deepseek')).toBe(false);
    expect(by("The warning was part of Anthropic's February 2026 statement about DeepSeek.", 'deepseek')).toBe(false);
    expect(by('Savitt questioned Musk, and the court said nothing.', 'musk')).toBe(false);
    expect(by('Musk sat in the courtroom while the judge said nothing.', 'musk')).toBe(false);
  });
});

describe('spokenBy', () => {
  const scoring: SentenceScoring = { analyze, termWeight: () => 1 };
  const hearing = passage(
    'hearing',
    'Savitt then asked whether xAI had used OpenAI models. Musk replied that all the AI companies do it. When Savitt pressed him, Musk said "Partly". The judge thanked Musk. Later, Musk said xAI was small.',
  );
  const scored = scoreSentences(analyze('musk admit xai used openai models'), [{ passage: hearing, score: 1 }], scoring);
  const coverage = (sentences: typeof scored, start: string) => sentences.find((s) => s.text.startsWith(start))?.coverage;

  it('keeps only the sentences in which the party speaks', () => {
    expect(spokenBy(scored, ['musk'], analyze).map((s) => s.text.slice(0, 12))).toEqual(['Musk replied', 'When Savitt ', 'Later, Musk ']);
  });

  it('scores a reply as the question asked up to two sentences before it, best first', () => {
    const asked = coverage(scored, 'Savitt then asked')!;
    expect(asked).toBeGreaterThan(coverage(scored, 'When Savitt')!);
    const spoken = spokenBy(scored, ['musk'], analyze);
    // "Later, Musk said xAI…" shares more than either reply, but follows no question.
    expect(coverage(scored, 'Later')).toBeGreaterThan(coverage(scored, 'Musk replied')!);
    expect(spoken.map((s) => s.coverage)).toEqual([asked, asked, coverage(scored, 'Later')]);
    expect(spoken.map((s) => s.score)).toEqual(spoken.map((s) => s.score).toSorted((a, b) => b - a));
  });

  it('lifts no reply without a question before it', () => {
    const plain = passage('plain', 'OpenAI models were used by xAI in training. Musk said that all the AI companies do it.');
    const sentences = scoreSentences(analyze('musk admit xai used openai models'), [{ passage: plain, score: 1 }], scoring);
    expect(spokenBy(sentences, ['musk'], analyze).map((s) => s.coverage)).toEqual([coverage(sentences, 'Musk said')]);
  });
});
