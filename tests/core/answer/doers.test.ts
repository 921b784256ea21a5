import { describe, expect, it } from 'vitest';
import { actsIn, askedDoer } from '../../../src/core/answer/doers.js';
import { analyze } from '../../../src/core/text/analyze.js';

describe('askedDoer', () => {
  it('finds the party a question asks to have done something', () => {
    expect(askedDoer("what did the house china committee do after getting openai's memo", analyze)).toEqual(analyze('house china committee'));
    expect(askedDoer('did the committee do anything about it?', analyze)).toEqual(analyze('committee'));
    expect(askedDoer('has OpenAI done anything about DeepSeek?', analyze)).toEqual(analyze('OpenAI'));
  });

  it('finds the party a question asks whether it has done something', () => {
    expect(askedDoer("has the appeals court ruled on musk's appeal yet", analyze)).toEqual(analyze('appeals court'));
    expect(askedDoer('so has any AI lab successfully sued a distiller?', analyze)).toEqual(analyze('AI lab'));
    // What it suffered, or nothing done: no doer asked for.
    expect(askedDoer('has Mistral ever been accused of distilling?', analyze)).toEqual([]);
    expect(askedDoer('has the case gone to trial?', analyze)).toEqual([]);
    // Whether anything was done at all, not what one party did.
    for (const q of ['has anyone sued OpenAI?', 'has someone accused deepseek?', 'has training gotten cheaper?']) expect(askedDoer(q, analyze), q).toEqual([]);
    // Not a party: "have to", a phrase after the noun.
    expect(askedDoer('what did the judge have to do with the verdict?', analyze)).toEqual([]);
    expect(askedDoer('what did the lawyers for musk do?', analyze)).toEqual([]);
  });

  it('finds none in what a thing does, what someone says should be done, or a pronoun', () => {
    for (const q of ['what do the access controls part actually do?', 'what does the article say companies should do now?', 'what did she do with the jury’s finding?', 'did it do anything?', 'what did Musk say about distillation?']) {
      expect(askedDoer(q, analyze), q).toEqual([]);
    }
  });
});

describe('actsIn', () => {
  const committee = analyze('committee');

  it('is false when the party is only written to, for or about', () => {
    expect(actsIn('On 12 February 2026, OpenAI wrote a memo to the U.S. House Select Committee on China.', committee, analyze)).toBe(false);
    expect(actsIn('Anthropic cut off access for both OpenAI and xAI.', analyze('OpenAI'), analyze)).toBe(false);
    expect(actsIn("The committee's chair was not named.", committee, analyze)).toBe(false);
  });

  it('is true when the party acts, or is named as the doer after "by", "from" or "of"', () => {
    expect(actsIn('In March 2026, the committee held a hearing on distillation.', committee, analyze)).toBe(true);
    expect(actsIn('Musk was cross-examined by William Savitt, the lead counsel for OpenAI.', analyze('Savitt'), analyze)).toBe(true);
    expect(actsIn('In the method of Hinton, Vinyals and Dean, the student matches the teacher.', analyze('Hinton'), analyze)).toBe(true);
    expect(actsIn('Reporting says that the committee asked for more evidence.', committee, analyze)).toBe(true);
    expect(actsIn('After the committee held a hearing, OpenAI wrote again.', committee, analyze)).toBe(true);
    expect(actsIn("The committees' chairs were not named.", committee, analyze)).toBe(false);
  });
});
