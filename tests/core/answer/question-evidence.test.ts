import { describe, expect, it } from 'vitest';
import { createSentenceScoring, isVague, UNSEEN_TERM_WEIGHT } from '../../../src/core/answer/question-evidence.js';
import { everydayEnglish } from '../../../src/core/text/everyday-english.js';
import { wordNet } from '../../../src/core/text/thesaurus.js';
import { knownVocabulary as vocabulary } from '../../helpers/known-vocabulary.js';

describe('createSentenceScoring', () => {
  it('weighs a term no passage contains at a fraction of its idf', () => {
    const scoring = createSentenceScoring(vocabulary({ musk: 1.2 }));
    expect(scoring.termWeight('musk')).toBe(1.2);
    expect(scoring.termWeight('zebra')).toBeCloseTo(5 * UNSEEN_TERM_WEIGHT);
    // The kind a question asks for weighs as such a word (see withTheKindAsked).
    expect(scoring.unseenWeight).toBeCloseTo(5 * UNSEEN_TERM_WEIGHT);
  });

  it('weighs a preposition no passage contains at nothing: it relates, and names nothing asked', () => {
    const scoring = createSentenceScoring(vocabulary({ musk: 1.2 }));
    expect(scoring.termWeight('via')).toBe(0);
    expect(scoring.termWeight('zebra')).toBeGreaterThan(0);
  });

  it('caps weights by everyday English when given its word counts', () => {
    const scoring = createSentenceScoring(vocabulary({ first: 3, juri: 3 }), undefined, everydayEnglish);
    const ceilings = scoring.weightCeilings!('Who was first on the jury?');
    expect(ceilings.get('first')).toBeLessThan(1);
    expect(ceilings.get('juri')).toBeGreaterThan(3);
    expect(createSentenceScoring(vocabulary({})).weightCeilings).toBeUndefined();
  });
});

describe('relatedTerms', () => {
  it('leaves out synonyms that mean nothing on their own ("about" for "roughly")', () => {
    const known = vocabulary({ about: 0.5, approxim: 2, question: 2 });
    expect(createSentenceScoring(known, wordNet).relatedTerms!('roughly how many?').get('roughli')).toEqual(new Set(['about', 'approxim']));
    expect(createSentenceScoring(known, wordNet, everydayEnglish).relatedTerms!('roughly how many?').get('roughli')).toEqual(new Set(['approxim']));
  });

  it("relates an adjective to its other degrees that the knowledge base uses: 'softer' to 'soft', 'small' to 'smaller'", () => {
    const related = createSentenceScoring(vocabulary({ soft: 2, smaller: 2 }), wordNet).relatedTerms!('something softer or small');
    expect(related.get('softer')?.has('soft')).toBe(true);
    expect(related.get('small')?.has('smaller')).toBe(true);
  });

  it('gives the terms of two-word nouns no passage mentions: "law school", not a phrase a passage says', () => {
    const vocab = { ...vocabulary({ law: 1, school: 3, judg: 1 }), mentions: (phrase: string) => phrase === 'judge advocate' };
    expect(createSentenceScoring(vocab, wordNet).unmentionedCompounds!('where did she go to law school?')).toEqual(new Set(['law', 'school']));
    expect(createSentenceScoring(vocab, wordNet).unmentionedCompounds!('who was the judge advocate?').size).toBe(0);
    expect(createSentenceScoring(vocab, wordNet).unmentionedCompounds!('who was the judge?').size).toBe(0);
    // Not a verb too ("push back"), nor a compound a passage says otherwise ("class action": lawsuit).
    expect(createSentenceScoring({ ...vocab, ...vocabulary({ push: 1, back: 1 }) }, wordNet).unmentionedCompounds!('did openai push back on that?').size).toBe(0);
    const suits = { ...vocabulary({ class: 2, action: 2, lawsuit: 2 }), mentions: () => false };
    expect(createSentenceScoring(suits, wordNet).unmentionedCompounds!('was it a class action?').size).toBe(0);
    expect(createSentenceScoring({ ...suits, ...vocabulary({ class: 2, action: 2 }), mentions: () => false }, wordNet).unmentionedCompounds!('was it a class action?')).toEqual(new Set(['class', 'action']));
  });

  it('maps each question term to the terms of its synonyms that the knowledge base uses', () => {
    const scoring = createSentenceScoring(vocabulary({ util: 2, emploi: 2, counsel: 2, model: 1 }), wordNet);
    const related = scoring.relatedTerms!('Which lawyer used the models?');
    expect(related.get('us')).toEqual(new Set(['util', 'emploi']));
    expect(related.get('lawyer')).toEqual(new Set(['counsel']));
    // Synonyms the knowledge base never uses could not match a sentence: they are left out.
    expect(related.get('model')).toEqual(new Set());
  });

  it('gives both words of a two-word WordNet entry the entry\'s synonyms ("going forward": "continue")', () => {
    const related = createSentenceScoring(vocabulary({ continu: 2, investig: 2, forward: 1 }), wordNet).relatedTerms!('who sets standards going forward, and who will look into it?');
    expect(related.get('forward')).toEqual(new Set(['continu']));
    expect(related.get('look')).toContain('investig');
    expect(related.get('standard')).toEqual(new Set());
  });

  it('relates a word no passage uses to the broader noun of its commonest sense, however many senses it has', () => {
    const related = createSentenceScoring(vocabulary({ evid: 2, lawyer: 1 }), wordNet).relatedTerms!('did they show any proof?');
    expect(related.get('proof')).toEqual(new Set(['evid']));
    // A word the passages use gets none.
    const used = createSentenceScoring(vocabulary({ evid: 2, proof: 1 }), wordNet).relatedTerms!('which lawyer had proof?');
    expect(used.get('proof')).toEqual(new Set());
    // Nor a word that is more a verb: "lock" would reach "fixing", and the documents' "fix".
    expect(createSentenceScoring(vocabulary({ fix: 2, fasten: 2 }), wordNet).relatedTerms!('did they lock the weights?').get('lock')).not.toContain('fix');
  });

  it('relates any noun, used or not, to the verb WordNet derives it from: "trial" is what was "tried"', () => {
    expect(createSentenceScoring(vocabulary({ trial: 1, try: 2 }), wordNet).relatedTerms!('where was the trial held?').get('trial')).toContain('try');
    expect(createSentenceScoring(vocabulary({ found: 2 }), wordNet).relatedTerms!('who were the founders?').get('founder')).toContain('found');
  });

  it('is absent without a thesaurus', () => {
    expect(createSentenceScoring(vocabulary({})).relatedTerms).toBeUndefined();
  });
});

describe('isVague', () => {
  const scoring = createSentenceScoring(vocabulary({ verdict: 2, musk: 2 }), undefined, everydayEnglish);

  it('is true when every word is among everyday English’s commonest', () => {
    expect(isVague('hello', scoring)).toBe(true);
    expect(isVague('more', scoring)).toBe(true);
    expect(isVague('people money', scoring)).toBe(true);
  });

  it('is false once a less common word, a name or a number appears', () => {
    expect(isVague('people verdict', scoring)).toBe(false);
    expect(isVague('money Musk', scoring)).toBe(false);
    expect(isVague('2026', scoring)).toBe(false);
    // Without word counts nothing is vague.
    expect(isVague('hello', createSentenceScoring(vocabulary({})))).toBe(false);
  });
});

describe('createSentenceScoring with surnames', () => {
  const known = vocabulary({ elon: 1, musk: 1, lawyer: 1 });
  const asked: string[] = [];
  const scoring = createSentenceScoring({ ...known, surnameAfter: (word) => (asked.push(word), word === 'elon' ? 'Musk' : undefined) });

  it('relates a first name to the surname the documents write after it', () => {
    expect([...(scoring.relatedTerms?.('who questioned elon?').get('elon') ?? [])]).toEqual(['musk']);
    expect(scoring.relatedTerms?.('who questioned musk?').get('musk')).toBeUndefined();
  });

  it('looks up only words the documents know, each once', () => {
    asked.length = 0;
    scoring.relatedTerms?.('zorblax elon lawyer musk elon');
    expect(asked).toEqual(['elon', 'lawyer', 'musk']);
  });

  it('looks up only names, when it can tell them', () => {
    asked.length = 0;
    const names = createSentenceScoring({ ...known, writesAsName: (word) => word !== 'lawyer', surnameAfter: (word) => (asked.push(word), word === 'elon' ? 'Musk' : undefined) });
    expect([...(names.relatedTerms?.('elon lawyer musk').get('elon') ?? [])]).toEqual(['musk']);
    expect(asked).toEqual(['elon', 'musk']);
  });
});
