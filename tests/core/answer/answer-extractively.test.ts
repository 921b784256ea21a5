import { describe, expect, it } from 'vitest';
import { createDummyPassage as passage } from '../../helpers/passages.js';
import { answerExtractively } from '../../../src/core/answer/answer-question.js';
import type { SentenceScoring } from '../../../src/core/answer/select-sentences.js';
import { analyze } from '../../../src/core/text/analyze.js';

// A knowledge base that happens to say "first" and "public" once each: its idf makes them the
// question's strongest words, though everyone uses them.
const KB_IDF: Record<string, number> = { first: 3, public: 3, openai: 1, deepseek: 1, distil: 1 };
const EVERYDAY_IDF: Record<string, number> = { first: 0.5, public: 0.5 };

const hits = [
  { passage: passage('board', 'The first public comment on the plan came from the board in a letter.'), score: 1 },
  { passage: passage('claim', 'OpenAI said that DeepSeek had distilled its models without permission.'), score: 0.9 },
];
const question = { focus: 'Did OpenAI first go public saying DeepSeek distilled?' };

function scoring(ceilings: boolean): SentenceScoring {
  return {
    analyze,
    termWeight: (t) => KB_IDF[t] ?? 1,
    weightCeilings: ceilings ? (text) => new Map(analyze(text).flatMap((t) => (t in EVERYDAY_IDF ? [[t, EVERYDAY_IDF[t]!] as const] : []))) : undefined,
  };
}

describe('answerExtractively with everyday-English weight ceilings', () => {
  it('does not let common words the knowledge base rarely uses carry the question', () => {
    const uncapped = answerExtractively(question, hits, { scoring: scoring(false), minEvidence: 0.5 });
    const capped = answerExtractively(question, hits, { scoring: scoring(true), minEvidence: 0.5 });
    expect(uncapped.kind === 'answer' && uncapped.citations[0]?.source).toBe('board.md');
    expect(capped.kind === 'answer' && capped.citations[0]?.source).toBe('claim.md');
  });

  it('caps the words a follow-up borrows too', () => {
    const followUp = { focus: 'Did DeepSeek distil?', context: 'Did OpenAI first go public?' };
    const capped = answerExtractively(followUp, hits, { scoring: scoring(true), minEvidence: 0.5 });
    expect(capped.kind === 'answer' && capped.citations.map((c) => c.source)).toEqual(['claim.md']);
  });
});

describe('answerExtractively for a number said of what the question names', () => {
  const costHits = [
    { passage: passage('alpaca', 'The Stanford team reported that generating the training data cost less than $600.'), score: 1 },
    { passage: passage('r1', 'DeepSeek released the R1 models, trained on the outputs of its larger model.'), score: 0.9 },
  ];
  const plain: SentenceScoring = { analyze, termWeight: () => 1 };
  const asked = { focus: 'cost DeepSeek train R1', expects: 'amount' as const };

  it('declines when the only amount is said of something else', () => {
    expect(answerExtractively({ ...asked, names: ['DeepSeek', 'R1'] }, costHits, { scoring: plain, minEvidence: 0.4 }).kind).toBe('declined');
  });

  it('answers with the amount when the question names nothing, or names what its paragraph is about', () => {
    // "cost" weighs nothing once an amount is asked, so "train" alone covers a third.
    const unnamed = answerExtractively(asked, costHits, { scoring: plain, minEvidence: 0.3 });
    expect(unnamed.kind === 'answer' && unnamed.citations.map((c) => c.source)).toEqual(['alpaca.md']);
    const stanford = answerExtractively({ ...asked, names: ['Stanford'] }, costHits, { scoring: plain, minEvidence: 0.3 });
    expect(stanford.kind === 'answer' && stanford.citations.map((c) => c.source)).toEqual(['alpaca.md']);
  });
});

describe('answerExtractively for a price', () => {
  const costHits = [{ passage: passage('alpaca', 'The Stanford team reported that generating the Alpaca training data cost less than $600.'), score: 1 }];
  const plain: SentenceScoring = { analyze, termWeight: () => 1 };

  it('declines when a sentence shares only the price asked, not what is priced', () => {
    expect(answerExtractively({ focus: 'a subscription cost?', expects: 'amount' }, costHits, { scoring: plain, minEvidence: 0.4 }).kind).toBe('declined');
  });

  it('answers when the sentence says what is priced', () => {
    const outcome = answerExtractively({ focus: 'alpaca cost?', expects: 'amount' }, costHits, { scoring: plain, minEvidence: 0.4 });
    expect(outcome.kind === 'answer' && outcome.citations.map((c) => c.source)).toEqual(['alpaca.md']);
  });
});

describe('answerExtractively for a date of something a name owns', () => {
  const dateHits = [
    { passage: passage('deepseek', 'On 23 February 2026, Anthropic said that DeepSeek had run distillation campaigns against Claude.'), score: 1 },
    { passage: passage('cutoff', 'Anthropic had cut off access to Claude for xAI, citing its terms of service, in 2025.'), score: 0.9 },
  ];
  const plain: SentenceScoring = { analyze, termWeight: () => 1 };
  const asked = { focus: "Anthropic revoke xAI's Claude access", read: "On what date did Anthropic revoke xAI's Claude access?", expects: 'date' as const, names: ['Anthropic', 'xAI', 'Claude'] };

  it("declines when the only date is said of another name than the owner (\"xAI's\")", () => {
    expect(answerExtractively(asked, dateHits.slice(0, 1), { scoring: plain, minEvidence: 0.4 }).kind).toBe('declined');
  });

  it('takes a date said of another name when the possessive is only the topic ("about xAI\'s…")', () => {
    const topic = { focus: "Anthropic accuse DeepSeek about xAI's Claude", read: "when did Anthropic accuse DeepSeek about xAI's Claude?", expects: 'date' as const, names: ['Anthropic', 'DeepSeek', 'xAI', 'Claude'] };
    const outcome = answerExtractively(topic, dateHits.slice(0, 1), { scoring: plain, minEvidence: 0.4 });
    expect(outcome.kind === 'answer' && outcome.citations.map((c) => c.source)).toEqual(['deepseek.md']);
  });

  it('answers with the date said of the owner', () => {
    const outcome = answerExtractively(asked, dateHits, { scoring: plain, minEvidence: 0.4 });
    expect(outcome.kind === 'answer' && outcome.citations.map((c) => c.source)).toEqual(['cutoff.md']);
  });
});


describe('answerExtractively with a premise', () => {
  const premiseHits = [
    { passage: passage('own', 'AI labs routinely distil their own large models into smaller ones.'), score: 1 },
    { passage: passage('controversy', 'Distillation has sparked controversy when used on rivals.'), score: 0.9 },
  ];
  const plain: SentenceScoring = { analyze, termWeight: () => 1 };
  const focus = 'if labs distil their own models all the time, controversy';

  it('answers what is asked, not what the question takes as given', () => {
    const premise = { given: 'labs distil their own models all the time', asked: 'why controversy on rivals?' };
    const answer = answerExtractively({ focus: `${focus} on rivals`, premise }, premiseHits, { scoring: plain, minEvidence: 0.4 });
    expect(answer.kind === 'answer' && answer.citations.map((c) => c.source)).toEqual(['controversy.md']);
    const unread = answerExtractively({ focus }, premiseHits, { scoring: plain, minEvidence: 0.4 });
    expect(unread.kind === 'answer' && unread.citations[0]?.source).toBe('own.md');
  });

  it('weighs the premise as usual when the question asks one word or none of its own ("given X, why?")', () => {
    const oneWord = { given: 'labs distil their own models all the time', asked: 'why controversy?' };
    const answerToOne = answerExtractively({ focus, premise: oneWord }, premiseHits, { scoring: plain, minEvidence: 0.4 });
    expect(answerToOne.kind === 'answer' && answerToOne.citations[0]?.source).toBe('own.md');
    const premise = { given: 'labs distil their own models all the time', asked: 'why?' };
    const answer = answerExtractively({ focus: 'since labs distil their own models all the time', premise }, premiseHits, { scoring: plain, minEvidence: 0.4 });
    expect(answer.kind === 'answer' && answer.citations.map((c) => c.source)).toEqual(['own.md']);
  });

  it('takes one word as enough when the question asks why: the reason is asked too', () => {
    const oneWord = { given: 'labs distil their own models all the time', asked: 'why controversy?' };
    const answer = answerExtractively({ focus, premise: oneWord, expects: 'reason' }, premiseHits, { scoring: plain, minEvidence: 0.4 });
    expect(answer.kind === 'answer' && answer.citations[0]?.source).toBe('controversy.md');
  });
});

describe('answerExtractively with a possessive', () => {
  const plain: SentenceScoring = { analyze, termWeight: (t) => (t === 'name' ? 3 : 1) };
  const nameHits = [{ passage: passage('hinton', 'The name knowledge distillation comes from a 2015 paper.'), score: 1 }];

  it('does not answer with a sentence sharing only the thing owned, saying nothing of its owner', () => {
    expect(answerExtractively({ focus: "the jurors' names?" }, nameHits, { scoring: plain, minEvidence: 0.4 }).kind).toBe('declined');
    expect(answerExtractively({ focus: 'the names?' }, nameHits, { scoring: plain, minEvidence: 0.4 }).kind).toBe('answer');
  });

  it('finds the possessive in the question as read, not in what is left once question words go', () => {
    const adviserHits = [{ passage: passage('sacks', 'David Sacks, the U.S. adviser on AI, spoke about DeepSeek.'), score: 1 }];
    const query = { focus: "the government's adviser DeepSeek?", read: "what did the government's adviser say about DeepSeek?" };
    expect(answerExtractively(query, adviserHits, { scoring: plain, minEvidence: 0.4 }).kind).toBe('answer');
    expect(answerExtractively({ focus: query.focus }, adviserHits, { scoring: plain, minEvidence: 0.4 }).kind).toBe('declined');
  });

  it('answers when the sentence says the owner too', () => {
    const juryHits = [{ passage: passage('jury', 'The names of the jurors were kept private.'), score: 1 }];
    expect(answerExtractively({ focus: "the jurors' names?" }, juryHits, { scoring: plain, minEvidence: 0.4 }).kind).toBe('answer');
  });
});

describe('answerExtractively for someone acting for another', () => {
  const plain: SentenceScoring = { analyze, termWeight: () => 1, relatedTerms: () => new Map([['lawyer', new Set(['counsel'])]]) };
  const trialHits = [
    { passage: passage('court', 'Musk v. Altman was tried in Oakland, and Musk lost the trial.'), score: 1 },
    { passage: passage('counsel', 'At the trial, Musk was questioned by Jane Roe, the lead counsel for Musk.'), score: 0.5 },
  ];
  const onlyCourt = trialHits.slice(0, 1);

  it("answers who is someone's lawyer, or which lawyer did something, only with a sentence naming a lawyer", () => {
    const ask = (q: { focus: string; read?: string; names?: string[] }, hits = trialHits) => answerExtractively({ ...q, expects: 'person' }, hits, { scoring: plain, minEvidence: 0.3 });
    expect(ask({ focus: "Musk's lead lawyer trial", read: "Who was Musk's lead lawyer at the trial?" }, onlyCourt).kind).toBe('declined');
    expect(ask({ focus: "musk's lead lawyer trial", read: "who was musk's lead lawyer at the trial?", names: ['musk'] }, onlyCourt).kind).toBe('declined');
    expect(ask({ focus: 'lawyer questioned Musk trial', read: 'Which lawyer questioned Musk at the trial?' }, onlyCourt).kind).toBe('declined');
    // "which judge…" likewise: "Musk lost the trial" names no judge.
    expect(ask({ focus: 'judge Musk trial', read: 'which judge was in charge of the Musk trial?' }, onlyCourt).kind).toBe('declined');
    const answered = ask({ focus: "Musk's lead lawyer trial", read: "Who was Musk's lead lawyer at the trial?" });
    expect(answered.kind === 'answer' && answered.citations.map((c) => c.source)).toEqual(['counsel.md']);
  });

  it('answers a question about the trial itself with any sentence that covers it', () => {
    const court = answerExtractively({ focus: 'Musk trial', read: 'Who was at the Musk trial?', expects: 'person' }, onlyCourt, { scoring: plain, minEvidence: 0.3 });
    expect(court.kind).toBe('answer');
  });
});

describe('answerExtractively for a question about another subject', () => {
  const unseen = new Set(['wifi', 'password', 'guest', 'sit', 'togeth', 'under', 'writeup', 'pin']);
  const scoring = (everyday: Record<string, number> = {}): SentenceScoring => ({
    analyze,
    // An unseen preposition weighs nothing, as createSentenceScoring weighs it.
    termWeight: (t) => (t === 'under' ? 0 : unseen.has(t) ? 0.9 : 3),
    isUnseen: (t) => unseen.has(t),
    weightCeilings: (text) => new Map(analyze(text).flatMap((t) => (t in everyday ? [[t, everyday[t]!] as const] : []))),
  });
  const networkHits = [{ passage: passage('hinton', 'Hinton and colleagues trained a small neural network on soft targets.'), score: 1 }];

  it('declines when the best sentence shares one word with a question naming two things no passage mentions', () => {
    expect(answerExtractively({ focus: 'wifi password network' }, networkHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('declined');
  });

  it('answers when only one such thing is named, or the sentence shares two words', () => {
    expect(answerExtractively({ focus: 'wifi network' }, networkHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('answer');
    expect(answerExtractively({ focus: 'wifi password neural network' }, networkHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('answer');
  });

  it("counts a follow-up's own words only, even one that points back, and a name of two words once", () => {
    const followUp = answerExtractively({ focus: 'wifi password network', context: 'small neural' }, networkHits, { scoring: scoring(), minEvidence: 0.3 });
    expect(followUp.kind).toBe('declined');
    // "that" points back, but the thread's words are not what this question shares with the sentence.
    const pointing = answerExtractively({ focus: 'wifi password network', read: 'and the wifi password for that network?', context: 'small neural' }, networkHits, { scoring: scoring(), minEvidence: 0.3 });
    expect(pointing.kind).toBe('declined');
    const altmanHits = [{ passage: passage('altman', 'Sam Altman testified about the company at length.'), score: 1 }];
    expect(answerExtractively({ focus: "Sam Altman's wifi password" }, altmanHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('declined');
    // Two names, each shared: two things.
    expect(answerExtractively({ focus: 'Sam, the company: wifi password' }, altmanHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('answer');
    // A name typed in lowercase, with a title before it, is one name too.
    const judgeHits = [{ passage: passage('judge', 'Judge Sam Altman testified about the company.'), score: 1 }];
    expect(answerExtractively({ focus: 'judge sam altman wifi password', names: ['sam', 'altman'] }, judgeHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('declined');
    expect(answerExtractively({ focus: 'judge sam altman wifi password' }, judgeHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('answer');
    expect(answerExtractively({ focus: "sam altman's wifi password", names: ['sam', 'altman'] }, altmanHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('declined');
  });

  it('does not count a preposition no passage uses: it names nothing', () => {
    expect(answerExtractively({ focus: 'under password network' }, networkHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('answer');
    expect(answerExtractively({ focus: 'wifi password network' }, networkHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('declined');
  });

  it('counts the words of a two-word noun no passage mentions as naming another thing', () => {
    // "law" and "school" are words the passages use, but not "law school".
    const withCompounds = { ...scoring(), unmentionedCompounds: (text: string) => new Set(text.includes('law school') ? ['law', 'school'] : []) };
    expect(answerExtractively({ focus: 'law school network' }, networkHits, { scoring: withCompounds, minEvidence: 0.3 }).kind).toBe('declined');
    expect(answerExtractively({ focus: 'law school network' }, networkHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('answer');
  });

  it('does not count a word for a document: it names the documents themselves', () => {
    expect(answerExtractively({ focus: 'writeup pins network' }, networkHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('answer');
    expect(answerExtractively({ focus: 'password pins network' }, networkHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('declined');
  });

  it('does not count everyday words no passage uses, which are mostly paraphrase', () => {
    const everyday = scoring({ sit: 0.3, togeth: 0.2 });
    expect(answerExtractively({ focus: 'sit together network' }, networkHits, { scoring: everyday, minEvidence: 0.3 }).kind).toBe('answer');
    expect(answerExtractively({ focus: 'sit together network' }, networkHits, { scoring: scoring(), minEvidence: 0.3 }).kind).toBe('declined');
  });
});

describe('answerExtractively for a question asking for a kind of answer ("how long…")', () => {
  const juryHits = [{ passage: passage('verdict', 'The advisory jury reached its verdict after deliberating for less than two hours.'), score: 1 }];
  // "out" and "deciding" are no words of the passage: two of its four terms are covered.
  const asked = { focus: 'jury verdict out deciding', expects: 'duration' as const };
  const weighing = (unseenWeight?: number): SentenceScoring => ({ analyze, termWeight: () => 1, unseenWeight });

  it('counts the length the sentence gives as one more word of the question, weighing as an unseen word', () => {
    // 2 of 4 is 0.5; with the kind asked for, (2 + 1) / (4 + 1) = 0.6.
    expect(answerExtractively(asked, juryHits, { scoring: weighing(), minEvidence: 0.55 }).kind).toBe('declined');
    expect(answerExtractively(asked, juryHits, { scoring: weighing(1), minEvidence: 0.55 }).kind).toBe('answer');
    expect(answerExtractively(asked, juryHits, { scoring: weighing(1), minEvidence: 0.65 }).kind).toBe('declined');
  });

  it('only for a sentence that shares two or more of its terms: one word and a length is what everyday questions find', () => {
    const oneShared = { focus: 'recycling pickup jury', expects: 'duration' as const };
    // 1 of 3 is 0.33; lifted it would be 0.5.
    expect(answerExtractively(oneShared, juryHits, { scoring: weighing(1), minEvidence: 0.45 }).kind).toBe('declined');
  });

  it('counts a repeated word of the question once, and not a word weighing only the floor every term gets', () => {
    const lifted = (focus: string, termWeight: (t: string) => number) =>
      answerExtractively({ focus, expects: 'duration' }, juryHits, { scoring: { analyze, termWeight, unseenWeight: 1 }, minEvidence: 0 }).evidence;
    const plain = (focus: string, termWeight: (t: string) => number) =>
      answerExtractively({ focus, expects: 'duration' }, juryHits, { scoring: { analyze, termWeight }, minEvidence: 0 }).evidence;
    expect(lifted('jury jury pickup deciding', () => 1)).toBe(plain('jury jury pickup deciding', () => 1));
    const floored = (t: string) => (t === 'verdict' ? 0.01 : 1);
    expect(lifted('jury verdict out deciding', floored)).toBe(plain('jury verdict out deciding', floored));
    // The floor still counts in the question's total: 2 of 3.05, lifted to (2 + 1) / (3.05 + 1).
    const outWeightless = (t: string) => (t === 'out' ? 0 : 1);
    expect(lifted('jury verdict out deciding', outWeightless)).toBeCloseTo(3 / 4.05, 4);
  });

  it('not for a sentence sharing only the names: names and a date are what a question on an event no document reports finds', () => {
    const dateHits = [{ passage: passage('ft', 'On 29 January 2025, OpenAI told a newspaper what it had seen of DeepSeek.'), score: 1 }];
    const sued = { focus: 'OpenAI sue DeepSeek', expects: 'date' as const };
    // 2 of 3 is 0.67; lifted it would be (2 + 1) / (3 + 1) = 0.75.
    expect(answerExtractively(sued, dateHits, { scoring: weighing(1), minEvidence: 0.7 }).kind).toBe('answer');
    expect(answerExtractively({ ...sued, names: ['OpenAI', 'DeepSeek'] }, dateHits, { scoring: weighing(1), minEvidence: 0.7 }).kind).toBe('declined');
  });

  it('does not ask a date to repeat the place the question sets the event in', () => {
    const hits = [{ passage: passage('schedule', 'Jury selection began on Monday 27 April 2026.'), score: 1 }];
    const read = 'what date did jury selection begin in oakland';
    const ask = (place?: string) => answerExtractively({ focus: read, read, expects: 'date', names: ['oakland'], place }, hits, { scoring: weighing(1), minEvidence: 0.4 }).kind;
    expect(ask('oakland')).toBe('answer');
    expect(ask()).toBe('declined');
  });

  it("counts only a follow-up's own words as shared, unless it points back to the thread", () => {
    const verdictHits = [{ passage: passage('verdict', 'The jury took less than two hours to return its verdict in Oakland.'), score: 1 }];
    const withOwn = (focus: string) => answerExtractively({ focus, context: 'jury verdict', expects: 'duration' }, verdictHits, { scoring: weighing(1), minEvidence: 0 }).evidence;
    const without = (focus: string) => answerExtractively({ focus, context: 'jury verdict', expects: 'duration' }, verdictHits, { scoring: weighing(), minEvidence: 0 }).evidence;
    expect(withOwn('and in oakland deciding')).toBe(without('and in oakland deciding'));
    expect(withOwn('how long did that take')).toBeGreaterThan(without('how long did that take'));
  });

  it('quotes a sentence the kind lifts beside the best one, not only as it', () => {
    const twoHits = [
      { passage: passage('verdict', 'The advisory jury was out for less than two hours before its verdict.'), score: 1 },
      { passage: passage('length', 'Jurors say the jury spent two days deciding the damages.'), score: 0.9 },
    ];
    // The second covers 2 of 4 ("jury", "deciding"): 0.5 alone, 0.6 with the length it gives.
    const cited = (unseenWeight?: number) => {
      const outcome = answerExtractively(asked, twoHits, { scoring: weighing(unseenWeight), minEvidence: 0.55 });
      return outcome.kind === 'answer' ? outcome.citations.map((c) => c.source) : [];
    };
    expect(cited(1)).toContain('length.md');
    expect(cited()).not.toContain('length.md');
  });

  it('not for a question that asks for no checkable kind', () => {
    expect(answerExtractively({ ...asked, expects: undefined }, juryHits, { scoring: weighing(1), minEvidence: 0.55 }).kind).toBe('declined');
    // "Why…" is asked of sentences that need not say "because": a reason is no kind a pattern checks.
    expect(answerExtractively({ ...asked, expects: 'reason' }, juryHits, { scoring: weighing(1), minEvidence: 0.55 }).kind).toBe('declined');
  });
});

describe('answerExtractively for a question asking who', () => {
  const plain: SentenceScoring = { analyze, termWeight: () => 1 };
  const whoHits = [
    { passage: passage('paper', 'The name knowledge distillation comes from Geoffrey Hinton and Jeff Dean.'), score: 1 },
    { passage: passage('law', 'The legal questions about knowledge distillation fall into two parts.'), score: 0.9 },
  ];

  it('quotes only sentences naming someone once the best does', () => {
    const outcome = answerExtractively({ focus: 'coined the name knowledge distillation', expects: 'person' }, whoHits, { scoring: plain, minEvidence: 0.4 });
    expect(outcome.kind === 'answer' && outcome.citations.map((c) => c.source)).toEqual(['paper.md']);
  });

  it('quotes both when the question asks more than who', () => {
    const outcome = answerExtractively({ focus: 'coined the name knowledge distillation', read: 'who coined the name knowledge distillation, and what did it replace?', expects: 'person' }, whoHits, { scoring: plain, minEvidence: 0.4 });
    expect(outcome.kind === 'answer' && outcome.citations.map((c) => c.source).sort()).toEqual(['law.md', 'paper.md']);
  });

  it('quotes both when the question asks for no one', () => {
    const outcome = answerExtractively({ focus: 'knowledge distillation' }, whoHits, { scoring: plain, minEvidence: 0.4 });
    expect(outcome.kind === 'answer' && outcome.citations.map((c) => c.source).sort()).toEqual(['law.md', 'paper.md']);
  });
});

describe('answerExtractively for whether someone sued', () => {
  const plain: SentenceScoring = { analyze, termWeight: () => 1 };
  const suitHits = [
    { passage: passage('accused', 'Anthropic said that DeepSeek had run distillation campaigns against Claude.'), score: 1 },
    { passage: passage('sued', 'Elon Musk sued OpenAI, and Microsoft was also a defendant.'), score: 0.9 },
  ];

  it('declines when no sentence says a suit between the parties named', () => {
    const outcome = answerExtractively({ focus: 'Anthropic sue DeepSeek distillation', read: 'did Anthropic actually sue DeepSeek over distillation?', names: ['Anthropic', 'DeepSeek'] }, suitHits, { scoring: plain, minEvidence: 0.4 });
    expect(outcome.kind).toBe('declined');
    const other = answerExtractively({ focus: 'they sue OpenAI', read: 'did they end up suing OpenAI?', names: ['DeepSeek', 'OpenAI'] }, suitHits, { scoring: plain, minEvidence: 0.3 });
    expect(other.kind).toBe('declined');
    const court = answerExtractively({ focus: 'Anthropic taken DeepSeek court distillation', read: 'has Anthropic taken DeepSeek to court over distillation?', names: ['Anthropic', 'DeepSeek'] }, suitHits, { scoring: plain, minEvidence: 0.4 });
    expect(court.kind).toBe('declined');
    const didSue = answerExtractively({ focus: 'they sue DeepSeek campaigns', read: 'did they sue DeepSeek over the campaigns?', names: ['DeepSeek'] }, suitHits, { scoring: plain, minEvidence: 0.4 });
    expect(didSue.kind).toBe('declined');
  });

  it('asks nothing of a suit said in a clause of a question about something else', () => {
    const hits = [{ passage: passage('dismissed', 'The judge dismissed the claims Elon Musk had brought against OpenAI.'), score: 1 }];
    const dismissed = answerExtractively({ focus: 'judge dismiss case Musk filed lawsuit', read: 'did the judge dismiss the case Musk filed a lawsuit in?', names: ['Musk'] }, hits, { scoring: plain, minEvidence: 0.4 });
    expect(dismissed.kind).toBe('answer');
  });

  it('answers with the sentence saying the suit, and asks nothing of one when the question asks why one could be brought', () => {
    const sued = answerExtractively({ focus: 'Musk sue OpenAI', read: 'did Musk sue OpenAI?', names: ['Musk', 'OpenAI'] }, suitHits, { scoring: plain, minEvidence: 0.4 });
    expect(sued.kind === 'answer' && sued.citations.map((c) => c.source)).toEqual(['sued.md']);
    const could = answerExtractively({ focus: 'Anthropic sue DeepSeek distillation', read: 'could Anthropic sue DeepSeek over distillation?', names: ['Anthropic', 'DeepSeek'] }, suitHits, { scoring: plain, minEvidence: 0.4 });
    expect(could.kind === 'answer' && could.citations.map((c) => c.source)).toEqual(['accused.md']);
  });
});
