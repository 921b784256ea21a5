import { describe, expect, it } from 'vitest';
import type { Vocabulary } from '../../../src/core/answer/question-evidence.js';
import { lowercaseNames, withCaseNames, namedWords, namesSomethingUnknown, placeSetIn, spellOutAbbreviations } from '../../../src/core/answer/question-names.js';
import { analyze } from '../../../src/core/text/analyze.js';
import { compileTeamNames } from '../../../src/core/knowledge/index.js';
import { wordNet } from '../../../src/core/text/thesaurus.js';
import { knownVocabulary as vocabulary } from '../../helpers/known-vocabulary.js';

describe('withCaseNames', () => {
  const passages = ['Musk v. Altman was tried in Oakland.', 'The D.C. Circuit decided Thaler v. Perlmutter.', 'DistilBERT is smaller than BERT.'];
  const looked: string[] = [];
  const mentions = (phrase: string) => (looked.push(phrase), passages.some((p) => p.toLowerCase().replace(/\./g, '').includes(phrase.toLowerCase())));
  const writesAsName = (word: string) => !['same', 'edge', 'main'].includes(word.toLowerCase());

  it('writes "vs" and "versus" as the documents write a case name', () => {
    expect(withCaseNames('which judge ran the musk vs openai case?', { mentions, writesAsName })).toBe('which judge ran the musk v. openai case?');
    expect(withCaseNames('what did the court hold in Thaler versus Perlmutter?', { mentions, writesAsName })).toBe('what did the court hold in Thaler v. Perlmutter?');
    expect(withCaseNames('musk vs. altman: who won?', { mentions, writesAsName })).toBe('musk v. altman: who won?');
  });

  it('writes "the thaler case" as the case is named, where a passage names a case by that party', () => {
    expect(withCaseNames('what did the appeals court decide in the Thaler case?', { mentions, writesAsName })).toBe('what did the appeals court decide in Thaler v.?');
    expect(withCaseNames('is that an edge case or the main case?', { mentions, writesAsName })).toBe('is that an edge case or the main case?');
    // On a large index any two common words are "mentioned" together: a party must be a name.
    expect(withCaseNames('is that the same case as Smith?', { mentions: () => true, writesAsName })).toBe('is that the same case as Smith?');
  });

  it('leaves a comparison alone, and looks up at most three', () => {
    expect(withCaseNames('distilbert vs bert, how much smaller?', { mentions, writesAsName })).toBe('distilbert vs bert, how much smaller?');
    expect(withCaseNames('musk vs altman', { mentions })).toBe('musk vs altman');
    looked.length = 0;
    withCaseNames('a vs b, c vs d, e vs f, musk vs altman', { mentions, writesAsName });
    expect(looked).toEqual(['a v', 'c v', 'e v']);
  });
});

describe('lowercaseNames', () => {
  const written = new Set(['deepseek', 'grok']);
  const looked: string[] = [];
  const vocab = { analyze, writesAsName: (word: string) => (looked.push(word), written.has(word)) };

  it('finds the lowercase words the documents write as names', () => {
    expect(lowercaseNames('when was deepseek founded and who funds it?', vocab)).toEqual(['deepseek']);
    expect(lowercaseNames('When was DeepSeek founded?', vocab)).toEqual([]);
    expect(lowercaseNames('when was deepseek founded?', { analyze })).toEqual([]);
  });

  it('finds a name inside a hyphenated word: "deepseek-r1" names DeepSeek', () => {
    expect(lowercaseNames('how much did it cost to train deepseek-r1', vocab)).toEqual(['deepseek']);
    expect(lowercaseNames('a grok-style bot for deepseek-like labs?', vocab)).toEqual(['grok', 'deepseek']);
    // Not past a prefix that makes it something else.
    expect(lowercaseNames('any non-deepseek labs?', vocab)).toEqual([]);
  });

  it("looks up a hyphenated word's parts after the whole words, within the same budget", () => {
    looked.length = 0;
    expect(lowercaseNames('is a state-of-the-art open-source well-known model from deepseek legal?', vocab)).toEqual(['deepseek']);
    expect(looked.indexOf('deepseek')).toBeLessThan(looked.indexOf('state'));
  });

  it("finds a possessive's owner, but not a word the apostrophe goes on with", () => {
    expect(lowercaseNames("what was deepseek's answer?", vocab)).toEqual(['deepseek']);
    expect(lowercaseNames("what was deepseek’s answer?", vocab)).toEqual(['deepseek']);
    expect(lowercaseNames("deepseek'd say no", vocab)).toEqual([]);
    expect(lowercaseNames("the grok'ssss", vocab)).toEqual([]);
  });

  it('looks up at most eight words, stop words and repeats aside', () => {
    looked.length = 0;
    lowercaseNames('the the a a alpha beta gamma delta epsilon zeta eta theta iota kappa grok', vocab);
    expect(looked).toEqual(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']);
  });
});

describe('namesSomethingUnknown in lowercase', () => {
  const known = vocabulary({ grok: 1, '3': 1, section: 1, paramet: 1, count: 1, part: 1, sai: 1 });
  const vocab: Vocabulary = { ...known, mentions: () => false, writesAsName: (word) => word === 'grok', numbersAsName: (word) => word === 'part' };

  it('reads a version of a word the documents write as a name as a name ("grok 3")', () => {
    expect(namesSomethingUnknown("what's the parameter count for grok 3?", vocab)).toBe(true);
    expect(namesSomethingUnknown('grok 3 - how big is it?', vocab)).toBe(true);
    expect(namesSomethingUnknown("what's the parameter count for grok?", vocab)).toBe(false);
    expect(namesSomethingUnknown('what does section 3 say?', vocab)).toBe(false);
    expect(namesSomethingUnknown('Section 3 of the report?', vocab)).toBe(false);
  });

  it('reads a number after a word the documents number as a name ("part 3" beside "Part 2")', () => {
    expect(namesSomethingUnknown('what did part 3 of the report say?', vocab)).toBe(true);
    expect(namesSomethingUnknown('what did the report say in part?', vocab)).toBe(false);
    expect(namesSomethingUnknown('what does section 3 say?', { ...vocab, numbersAsName: (word) => word === 'section' })).toBe(true);
  });
});

describe('namesSomethingUnknown and examples', () => {
  const vocab = vocabulary({ googl: 1, peopl: 1, distil: 1 });

  it('does not count a name given as an example, before "etc" or "and so on"', () => {
    expect(namesSomethingUnknown('where does Google stand on people distilling Gemini?', vocab)).toBe(true);
    expect(namesSomethingUnknown('where does Google stand on people distilling Gemini etc?', vocab)).toBe(false);
    expect(namesSomethingUnknown('does Google mind people distilling Gemini, and so on?', vocab)).toBe(false);
    expect(namesSomethingUnknown('did Google sue over Gemini? people distilling Claude etc', vocab)).toBe(true);
    // A list of examples, whole.
    expect(namesSomethingUnknown('did Google sue over Gemini, Llama etc?', vocab)).toBe(false);
    expect(namesSomethingUnknown('how does google feel about people distilling Gemini and co', vocab)).toBe(false);
    expect(namesSomethingUnknown('did Gemini and co-founders sue?', vocab)).toBe(true);
    expect(namesSomethingUnknown('does Google mind people distilling Gemini or Llama (etc)?', vocab)).toBe(false);
    // "et al" names particular authors: no list's end.
    expect(namesSomethingUnknown('does the Smith et al paper back Google?', vocab)).toBe(true);
  });

  it('does not count a word of a phrase the team lists ("the White House" is the adviser)', () => {
    const synonyms = compileTeamNames({ adviser: ['white house'] }).names;
    expect(namesSomethingUnknown('what did the White House say about Google?', vocab)).toBe(true);
    expect(namesSomethingUnknown('what did the White House say about Google?', { ...vocab, synonyms })).toBe(false);
  });

  it('counts an example right after an auxiliary or "about": it is what is asked about', () => {
    expect(namesSomethingUnknown('did Tesla etc distil Claude?', vocab)).toBe(true);
    expect(namesSomethingUnknown('what about Tesla etc?', vocab)).toBe(true);
  });
});

describe('namesSomethingUnknown for the days ahead', () => {
  const known = vocabulary({ rain: 1, oakland: 1, lab: 1, todai: 1, tomorrow: 1 });
  const mentioning = (...phrases: string[]): Vocabulary => ({ ...known, mentions: (p) => phrases.includes(p.toLowerCase()) });

  it('is true for tomorrow, tonight, this week, this or the coming weekend when no passage names it', () => {
    for (const q of ['is it gonna rain in oakland tomorrow', 'Rain in Oakland this weekend?', 'weather in oakland this week?', 'and tonight?', 'anything on next week?', 'is there a hearing in the next week?', 'oakland forecast for the weekend? any rain', 'anything on this coming week?']) expect(namesSomethingUnknown(q, mentioning()), q).toBe(true);
  });

  it('is false for "this week", "for the weekend" asked in the past tense: the days behind, which the documents may report', () => {
    for (const q of ['what did the lab admit this week?', 'what happened in oakland this week?', 'has it rained in oakland this week?', 'was the trial paused for the weekend?']) expect(namesSomethingUnknown(q, mentioning()), q).toBe(false);
    expect(namesSomethingUnknown('what did they say about the weather tomorrow?', mentioning())).toBe(true);
  });

  it('is true for "this week" in the present tense, though the question says "have" or an -ed word', () => {
    for (const q of ['do we have a team meeting this week?', 'Is the Oakland courthouse closed this week?', 'any lab tests scheduled this week?']) expect(namesSomethingUnknown(q, mentioning()), q).toBe(true);
    expect(namesSomethingUnknown('what has the lab admitted this week?', mentioning())).toBe(false);
    expect(namesSomethingUnknown('do we have the updated schedule this week?', mentioning())).toBe(true);
  });

  it('is false for "this week" after a verb in "-ed", a negated auxiliary or a perfect of report', () => {
    for (const q of ['which lawyer cross-examined the lab this week?', 'who accused the lab this week?', "what didn't the lab say this week?", "hasn't the lab said anything this week?", 'has it been in oakland this week?']) expect(namesSomethingUnknown(q, mentioning()), q).toBe(false);
  });

  it('is false when a passage names it, for "today", and for words that only contain one', () => {
    expect(namesSomethingUnknown('what is due tomorrow?', mentioning('tomorrow'))).toBe(false);
    expect(namesSomethingUnknown('what do labs do today?', mentioning())).toBe(false);
    expect(namesSomethingUnknown('the tomorrowland rain?', mentioning())).toBe(false);
    expect(namesSomethingUnknown("what's on tomorrow's agenda?", mentioning())).toBe(true);
  });
});

describe('namesSomethingUnknown with a dictionary of proper names', () => {
  const known = vocabulary({ googl: 1, distil: 0.5, sue: 1 });
  const looked: string[] = [];
  const vocab: Vocabulary = { ...known, isProperName: (word) => (looked.push(word), wordNet.isProperName!(word)) };

  it('knows such a name the passages call by another of its names', () => {
    const saidOtherwise: Vocabulary = { ...vocab, isProperName: (word) => word === 'gemini', otherNames: (name) => (name === 'gemini' ? ['googl'] : []) };
    expect(namesSomethingUnknown('has google sued anyone for distilling gemini?', saidOtherwise)).toBe(false);
  });

  it('reads an unknown word the dictionary knows as a name as a name, however it is written', () => {
    expect(namesSomethingUnknown('has google sued anyone for distilling gemini?', vocab)).toBe(true);
    expect(namesSomethingUnknown('has japan passed any law on this?', vocab)).toBe(true);
    expect(namesSomethingUnknown("what is japan's stance on distillation?", vocab)).toBe(true);
    expect(namesSomethingUnknown('are japan-based labs distilling?', vocab)).toBe(true);
    expect(namesSomethingUnknown('Japan passed a law on distillation?', vocab)).toBe(true);
    expect(namesSomethingUnknown('has google sued anyone for distilling?', vocab)).toBe(false);
    expect(namesSomethingUnknown('has japan passed any law on this?', known)).toBe(false);
  });

  it('reads a name of two letters as one only when speech hardly says it ("eu", not "us")', () => {
    const spoken: Vocabulary = { ...vocab, isSpokenWord: (word) => ['us', 'la', 'ny', 'it'].includes(word) };
    expect(namesSomethingUnknown('is the eu doing anything on this', spoken)).toBe(true);
    expect(namesSomethingUnknown('is it the same rule in the uk?', spoken)).toBe(true);
    expect(namesSomethingUnknown('what did they tell us about distilling?', spoken)).toBe(false);
    // Without word counts, two letters say nothing.
    expect(namesSomethingUnknown('is the eu doing anything on this', vocab)).toBe(false);
  });

  it('leaves chat shorthand, calendar words and common words alone, and looks up at most eight', () => {
    expect(namesSomethingUnknown('why does it matter tho', vocab)).toBe(false);
    expect(namesSomethingUnknown('what happened on friday', vocab)).toBe(false);
    expect(namesSomethingUnknown('which paper did they tell', vocab)).toBe(false);
    expect(namesSomethingUnknown('has the musk verdict led to anything?', vocab)).toBe(false);
    // No passage says "who": it is still a question word, not WordNet's WHO.
    expect(namesSomethingUnknown('who approves travel expenses?', { ...vocab, isProperName: (word) => word === 'who' || wordNet.isProperName!(word) })).toBe(false);
    // WordNet's "ISN", "Shan", "Ops" and "Med" are no names in chat.
    expect(namesSomethingUnknown("isn't distillation legal?", vocab)).toBe(false);
    expect(namesSomethingUnknown("shan't we ask about distillation?", vocab)).toBe(false);
    expect(namesSomethingUnknown('what does it mean for our ops?', vocab)).toBe(false);
    looked.length = 0;
    namesSomethingUnknown('alpha beta gamma delta epsilon zeta eta theta iota japan', vocab);
    expect(looked).toEqual(['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta']);
  });
});

describe('namesSomethingUnknown', () => {
  const vocab = vocabulary({ musk: 1, openai: 1, distil: 0.5, model: 0.5, claud: 2 });

  it('is true when a capitalised or numbered word is unknown to every passage', () => {
    expect(namesSomethingUnknown('How did Tesla distil its models?', vocab)).toBe(true);
    expect(namesSomethingUnknown('When was GPT-4 released?', vocab)).toBe(true);
    expect(namesSomethingUnknown('What is the context window of Claude 3 Opus?', vocab)).toBe(true);
  });

  it('is false when every named word is known, or only the first word is capitalised', () => {
    expect(namesSomethingUnknown('Did Musk distil OpenAI models?', vocab)).toBe(false);
    expect(namesSomethingUnknown('Bananas are unknown here', vocab)).toBe(false);
  });

  it('lets a known name offered as an alternative at the end stand for the unknown one beside it', () => {
    expect(namesSomethingUnknown('did Musk tell it to Reuters or the Journal?', vocab)).toBe(true);
    expect(namesSomethingUnknown('did Musk tell it to OpenAI or the Journal?', vocab)).toBe(false);
    expect(namesSomethingUnknown('did Musk tell it to the Journal or OpenAI?', vocab)).toBe(false);
    // Not an alternative the question goes on past: "did OpenAI or Tesla sue Musk?" asks of Tesla.
    expect(namesSomethingUnknown('did OpenAI or Tesla sue Musk?', vocab)).toBe(true);
    // A comparison asks of both.
    expect(namesSomethingUnknown('which is faster, OpenAI or Tesla?', vocab)).toBe(true);
  });

  it('reads a capital that opens a sentence as grammar, not a name', () => {
    expect(namesSomethingUnknown("Who were the defendants in Musk's case? Just OpenAI?", vocab)).toBe(false);
    expect(namesSomethingUnknown("Who were the defendants in Musk's case, Just OpenAI?", vocab)).toBe(true);
  });

  it('knows a name the passages call by another of its names ("Chinese" through "China"), not by a common synonym', () => {
    const known = vocabulary({ musk: 1, openai: 1, distil: 0.5, model: 0.5, claud: 2, china: 1, secret: 1 });
    const withWordNet: Vocabulary = { ...known, otherNames: wordNet.names };
    expect(namesSomethingUnknown('Did Chinese labs distil Claude?', known)).toBe(true);
    expect(namesSomethingUnknown('Did Chinese labs distil Claude?', withWordNet)).toBe(false);
    // WordNet's "perplexity" is also a "secret", and Cantonese is a Chinese language: neither is another name.
    expect(namesSomethingUnknown('Did Perplexity distil OpenAI models?', withWordNet)).toBe(true);
    const cantonese: Vocabulary = { ...vocabulary({ claud: 2, distil: 0.5, cantones: 1 }), otherNames: wordNet.names };
    expect(namesSomethingUnknown('Did Chinese labs distil Claude?', cantonese)).toBe(true);
  });

  it('reads "U.S." and "Dr." as abbreviations, not sentence ends', () => {
    expect(namesSomethingUnknown('What did the U.S. Zorblax committee say about Musk?', vocab)).toBe(true);
    expect(namedWords('Did the U.S. Congress ban it? Just OpenAI?')).toEqual(['U.S', 'Congress', 'OpenAI']);
    expect(namedWords('Follow-up: What did Musk answer?')).toEqual(['Musk']);
  });

  it('is true for a versioned name no passage contains, though each of its words is known', () => {
    const passages = ['Alpaca fine-tuned LLaMA 7B.', 'The Copyright Office report, Part 2, covers output.', 'DeepSeek-R1 was the teacher.'];
    const known = vocabulary({ llama: 1, part: 1, '3': 1, '2': 1, deepseek: 1, r1: 1, report: 1, licens: 1, mai: 1, '18': 1, mondai: 1, '27': 1, april: 1, chang: 1, '2024': 1, list: 1, find: 1, dure: 1 });
    const vocab: Vocabulary = { ...known, mentions: (phrase) => passages.some((p) => p.toLowerCase().replace(/-/g, ' ').includes(phrase.toLowerCase().replace(/-/g, ' '))) };
    expect(namesSomethingUnknown('What licence is Llama 3 under?', vocab)).toBe(true);
    expect(namesSomethingUnknown('What does the Part 3 report say?', vocab)).toBe(true);
    expect(namesSomethingUnknown('What does the Part 2 report say?', vocab)).toBe(false);
    expect(namesSomethingUnknown('Which model taught DeepSeek-R1?', vocab)).toBe(false);
    // Dates, years and a question's first word are not names; without a way to look phrases up
    // nothing is declined for them.
    expect(namesSomethingUnknown('What happened on May 18?', vocab)).toBe(false);
    expect(namesSomethingUnknown('What happened on Monday 27 April?', vocab)).toBe(false);
    expect(namesSomethingUnknown('did the report change During 2024?', vocab)).toBe(false);
    expect(namesSomethingUnknown('List 3 report findings', vocab)).toBe(false);
    expect(namesSomethingUnknown('What licence is Llama 3 under?', known)).toBe(false);
  });

  it('is true for a case whose first party no passage knows ("nyt v openai")', () => {
    const vocab = vocabulary({ thaler: 1, perlmutt: 1, openai: 1, elon: 1, suit: 1, teacher: 1, student: 1, size: 1, distil: 1, fine: 1, tune: 1 });
    expect(namesSomethingUnknown("where's the nyt v openai suit at?", vocab)).toBe(true);
    expect(namesSomethingUnknown('what did the court hold in thaler v. perlmutter?', vocab)).toBe(false);
    expect(namesSomethingUnknown('elon v openai - who won?', vocab)).toBe(false);
    // Two things the documents know, compared; "vs" and "a v b" are no case.
    expect(namesSomethingUnknown('teacher v student size?', vocab)).toBe(false);
    expect(namesSomethingUnknown('is distillation v fine-tuning cheaper?', vocab)).toBe(false);
    expect(namesSomethingUnknown('nyt vs openai, which is bigger?', vocab)).toBe(false);
    expect(namesSomethingUnknown('is a v b testing allowed?', vocab)).toBe(false);
  });

  it('ignores capitals in Title Case questions', () => {
    expect(namesSomethingUnknown('What Did Musk Say About Distillation Today', vocab)).toBe(false);
  });
});

describe('spellOutAbbreviations', () => {
  const expansions: Record<string, string> = { ip: 'intellectual property', tos: 'terms of service' };
  const vocab: Vocabulary = { ...vocabulary({ intellectu: 1, properti: 1, term: 1, servic: 1, distil: 1, ai: 1 }), expand: (a) => expansions[a.toLowerCase()] };

  it('spells out abbreviations the knowledge base never uses, as it writes them', () => {
    expect(spellOutAbbreviations('Is distillation IP theft?', vocab)).toBe('Is distillation intellectual property theft?');
    expect(spellOutAbbreviations("Does OpenAI's ToS forbid it?", vocab)).toBe("Does OpenAI's terms of service forbid it?");
  });

  it('spells out a lowercase abbreviation when it is no English word, looking at the thread too', () => {
    const english = new Set(['ban', 'ip', 'what', 'does']);
    const typed: Vocabulary = { ...vocab, isEnglishWord: (w) => english.has(w) };
    expect(spellOutAbbreviations("do openai's tos ban it?", typed)).toBe("do openai's terms of service ban it?");
    expect(spellOutAbbreviations('what is ip?', typed)).toBe('what is ip?');
    expect(spellOutAbbreviations("do openai's tos ban it?", vocab)).toBe("do openai's tos ban it?");
    const contexts: string[] = [];
    const watching: Vocabulary = { ...typed, expand: (a, context) => (contexts.push(context), expansions[a.toLowerCase()]) };
    spellOutAbbreviations('does it break their tos?', watching, "What is Google's position?");
    expect(contexts).toEqual(["does it break their tos? What is Google's position?"]);
  });

  it('leaves two-letter words and chat shorthand alone, and looks up at most three words a question', () => {
    const looked: string[] = [];
    const counting: Vocabulary = { ...vocab, isEnglishWord: () => false, expand: (a) => (looked.push(a), expansions[a.toLowerCase()]) };
    expect(spellOutAbbreviations('tbh is ip theft, fyi?', counting)).toBe('tbh is ip theft, fyi?');
    expect(looked).toEqual([]);
    spellOutAbbreviations('bcd bfd bgd bhd bjd bkd bcd', counting);
    expect(looked).toEqual(['bcd', 'bfd', 'bgd']);
    // Abbreviations the documents use cost no lookup, and leave the three for the rest.
    const known: Vocabulary = { ...counting, ...vocabulary({ term: 1, servic: 1, ai: 1, us: 1, eu: 1, lab: 1 }) };
    expect(spellOutAbbreviations('do AI labs in the US and EU say the tos bans it?', known)).toBe('do AI labs in the US and EU say the terms of service bans it?');
  });

  it('leaves abbreviations the knowledge base uses, unknown ones and ordinary words alone', () => {
    expect(spellOutAbbreviations('Is AI distillation legal?', vocab)).toBe('Is AI distillation legal?');
    expect(spellOutAbbreviations('How do I fine-tune with LoRA?', vocab)).toBe('How do I fine-tune with LoRA?');
    expect(spellOutAbbreviations('Is it IPA or Ip or ip?', vocab)).toBe('Is it IPA or Ip or ip?');
    expect(spellOutAbbreviations('Is distillation IP theft?', vocabulary({}))).toBe('Is distillation IP theft?');
  });
});

describe('placeSetIn', () => {
  const passages = ['Musk v. Altman was tried in the Northern District of California, in Oakland.', 'DeepSeek released R1 in January.'];
  const places = new Set(['oakland', 'california', 'paris']);
  const known: Vocabulary = { analyze, idf: () => 1, isProperName: (word) => places.has(word), mentions: (phrase) => passages.some((p) => p.toLowerCase().includes(phrase.toLowerCase())) };

  it('finds the place named last after "in" or "at" that the documents also say so', () => {
    expect(placeSetIn('what date did jury selection begin in oakland', known)).toBe('oakland');
    expect(placeSetIn('When did the trial start in Oakland?', known)).toBe('Oakland');
  });

  it('finds none for a name that is no place, a place the documents never set anything in, or one not said last', () => {
    expect(placeSetIn('how much did training cost at DeepSeek?', known)).toBeUndefined();
    expect(placeSetIn('when did the trial start in Paris?', known)).toBeUndefined();
    expect(placeSetIn('who presided in Oakland over the trial?', known)).toBeUndefined();
    expect(placeSetIn('when did the trial start in Oakland?', { analyze, idf: () => 1 })).toBeUndefined();
  });
});
