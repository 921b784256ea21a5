import { describe, expect, it } from 'vitest';
import { premiseOf } from '../../../src/core/text/premise.js';

describe('premiseOf', () => {
  it.each([
    ['if labs distil their own models all the time, why is everyone upset about it now', 'labs distil their own models all the time'],
    ["given that copyright doesn't really cover model outputs, what do the big labs lean on?", "copyright doesn't really cover model outputs"],
    ['ok given that the jury was advisory, who decided?', 'the jury was advisory'],
    ["given ip law mostly doesn't protect what a chatbot spits out, how do ai cos keep competitors from cloning their stuff", "ip law mostly doesn't protect what a chatbot spits out"],
    ['given raw llm output has zero copyright protection, what do providers fall back on?', 'raw llm output has zero copyright protection'],
    // A partitive names the set the answer is one of.
    ['out of the three labs Anthropic named, which one hit Claude the most?', 'the three labs Anthropic named'],
    ['why do people get upset about distillation if labs do it to their own models all the time anyway?', 'labs do it to their own models all the time anyway'],
    ['but if every lab does it why is anyone mad', 'every lab does it'],
    // "since" with a verb gives a reason.
    ['since copyright law is pretty weak here, which other protections do AI companies count on?', 'copyright law is pretty weak here'],
    ['since deepseek is open source, why did openai accuse it?', 'deepseek is open source'],
    ['since outputs may not be copyrightable, what legal levers are providers left with?', 'outputs may not be copyrightable'],
    // After the question too, when the clause concedes or states.
    ['when does distillation turn into a problem, since everyone does it in-house anyway?', 'everyone does it in-house anyway'],
    ['which protections do labs count on, since copyright law is weak here?', 'copyright law is weak here'],
  ])('takes what %j states as given', (question, given) => {
    expect(premiseOf(question)?.given).toBe(given);
    expect(premiseOf(question)?.asked).toMatch(/^(?:why\b.*\S$|who|what|which|when|how)/);
  });

  it('takes a premise after "so," before the "why" (what is left once "according to the article" is gone)', () => {
    expect(premiseOf('so , why do people get upset about distillation if everyone uses it internally anyway?')).toEqual({ given: 'everyone uses it internally anyway', asked: 'so , why do people get upset about distillation' });
  });

  it.each([
    // The case asked about, not a given.
    'If a model is only reachable via API, what does distilling it look like?',
    // A "why" inside the "if" clause makes no premise of it.
    'if the court asked why OpenAI did it, what did they say?',
    "Could OpenAI sue a rival if the rival trains on ChatGPT's answers?",
    'If someone breaks OpenAI’s terms of use, is that a copyright problem?',
    // "care if" asks whether.
    'why should we care if a copy is distilled tho, like safety wise',
    'why is it a big deal when xAI does it?',
    // "since" also says when; "given" and "considering" are verbs too; "unclear if" asks whether;
    // "why would…" sets a case.
    'since the trial started, who testified?',
    'since the verdict, what has Musk said?',
    'since the verdict was announced, what has Musk said?',
    'since labs may sue over it, what changed?',
    'since May not one lab has sued, why?',
    'since the case was taken to court, who testified?',
    'since when is distillation illegal, what changed?',
    'why was xAI given access to OpenAI models?',
    // A bare "given" before no clause: what the question asks about.
    'given the terms of service, what stops xai from distilling openai models?',
    'given a model that has no copyright, what protects it?',
    'given a model that still has no copyright, what protects it?',
    'given the statute of limitations, why did musk lose?',
    'why are labs considering legal action over distillation?',
    'why is it unclear if distillation is legal?',
    "why would OpenAI be liable if a rival trains on ChatGPT's answers?",
    'of the three campaigns, how many accounts were there in total?',
    // After the question, "since" says when unless a clause states or concedes.
    'what has Musk said, since the verdict?',
    'who has sued, since the trial started?',
    'who has sued, since the verdict came in already?',
  ])('finds none in %j', (question) => {
    expect(premiseOf(question)).toBeUndefined();
  });
});
