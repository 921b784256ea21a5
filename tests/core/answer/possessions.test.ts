import { describe, expect, it } from 'vitest';
import { askedRole, givesToAnother, possessionsIn, possessivesIn } from '../../../src/core/answer/possessions.js';
import { analyze } from '../../../src/core/text/analyze.js';

const lawyer = (question: string) => possessionsIn(question, analyze, (term) => (term === 'lawyer' ? ['counsel'] : []));

describe('possessionsIn', () => {
  it('finds the owner and the head of the noun after it, with its synonyms', () => {
    expect(lawyer("Who was Musk's own lead trial lawyer?")).toEqual([{ owner: ['musk'], thing: new Set(['lawyer', 'counsel']), role: true }]);
    expect(lawyer("Who was Musk's lead lawyer at the trial?")).toEqual([{ owner: ['musk'], thing: new Set(['lawyer', 'counsel']), role: true }]);
    expect(lawyer("What were Anthropic's claims about MiniMax?")[0]?.thing).toEqual(new Set(['claim']));
  });

  it('ends the noun at a role, whatever follows it', () => {
    expect(lawyer("What did Musk's attorney ask him about distillation?")).toEqual([{ owner: ['musk'], thing: new Set(['attornei']), role: true }]);
  });

  it('finds a thing given to its owner by "representing" or "for"', () => {
    expect(lawyer('Who was the lead attorney representing Musk at the trial?')).toEqual([{ owner: ['musk'], thing: new Set(['attornei']), role: true }]);
    expect(lawyer('who was the lawyer for Musk?')).toEqual([{ owner: ['musk'], thing: new Set(['lawyer', 'counsel']), role: true }]);
  });

  it('finds whom a role represented, a lowercase owner only among the names given', () => {
    const names = (question: string) => possessionsIn(question, analyze, () => [], ['elon']);
    expect(names('which attorney represented elon at trial?')).toEqual([{ owner: ['elon'], thing: new Set(['attornei']), role: true }]);
    expect(names('which lawyer that represents OpenAI spoke?')).toEqual([{ owner: ['openai'], thing: new Set(['lawyer']), role: true }]);
    expect(names('which attorney represented them?')).toEqual([]);
  });

  it('reads a lowercase owner as one when it is among the names given', () => {
    const names = (question: string) => possessionsIn(question, analyze, () => [], ['musk']);
    expect(names("who was musk's lead lawyer?")).toEqual([{ owner: ['musk'], thing: new Set(['lawyer']), role: true }]);
    expect(names("what was altman's role?")).toEqual([]);
    expect(names("What were Anthropic's claims?")).toEqual([{ owner: ['anthrop'], thing: new Set(['claim']), role: false }]);
  });

  it("finds a capitalised owner after a lowercase one that is no name, and a name in any case", () => {
    expect(lawyer("who was the court's pick as Musk's lawyer?")).toEqual([{ owner: ['musk'], thing: new Set(['lawyer', 'counsel']), role: true }]);
    expect(possessionsIn("who was deepSeek's lawyer?", analyze, () => [], ['deepSeek'])).toEqual([{ owner: ['deepseek'], thing: new Set(['lawyer']), role: true }]);
  });

  it('finds none without a capitalised owner and a lower-case noun', () => {
    expect(lawyer("what's the verdict?")).toEqual([]);
    expect(lawyer("Who is the company's lawyer?")).toEqual([]);
    expect(lawyer("Did Musk's OpenAI claims fail?")).toEqual([]);
    // Only a role is someone's by "for": this court is the one that heard the case.
    expect(lawyer('What was the court for Musk v. Altman?')).toEqual([]);
    expect(lawyer('Who testified for Musk?')).toEqual([]);
  });
});

describe('askedRole', () => {
  it('gives the role a "which / what / who was the" question asks for, with its synonyms', () => {
    expect(askedRole('Which lawyer questioned Musk on the stand?', analyze, (t) => (t === 'lawyer' ? ['counsel'] : []))).toEqual(new Set(['lawyer', 'counsel']));
    expect(askedRole('what lead attorney did OpenAI hire?', analyze)).toEqual(new Set(['attornei']));
    expect(askedRole('Which judge presided?', analyze)).toEqual(new Set(['judg']));
    expect(askedRole("who's the ceo of moonshot ai?", analyze)).toEqual(new Set(['ceo']));
    expect(askedRole('who is the chairman of the committee?', analyze)).toEqual(new Set(['chairman']));
    expect(askedRole("who runs moonshot ai, like who's the ceo", analyze)).toEqual(new Set(['ceo']));
    // As a kind, a head may be someone the documents name otherwise.
    expect(askedRole('which ceo admitted that xai used openai models?', analyze)).toBeUndefined();
    expect(askedRole("who was the judge running elon's lawsuit vs openai", analyze)).toEqual(new Set(['judg']));
    expect(askedRole("who's the lead lawyer for openai?", analyze)).toEqual(new Set(['lawyer']));
    // A role owning what is asked is not asked: "who was the judge's clerk?".
    expect(askedRole("who was the judge's clerk?", analyze)).toBeUndefined();
  });

  it('gives the role a "who … as his …" question asks for', () => {
    expect(askedRole('who represented elon in court as his main attorney', analyze)).toEqual(new Set(['attornei']));
    expect(askedRole('who acted as their lawyer?', analyze)).toEqual(new Set(['lawyer']));
    // "as" of a comparison names no role asked for.
    expect(askedRole('who was as good a lawyer as Savitt?', analyze)).toBeUndefined();
  });

  it('gives none for a question that asks for no role', () => {
    expect(askedRole("What did OpenAI's lawyer ask Musk?", analyze)).toBeUndefined();
    // An agent may be software, counsel advice.
    expect(askedRole('what agents did labs use for distillation?', analyze)).toBeUndefined();
    expect(askedRole('what counsel did the judge give the jury?', analyze)).toBeUndefined();
  });
});

describe('givesToAnother', () => {
  const [musks] = lawyer("Who was Musk's lead lawyer?");

  it('is true for a sentence that gives the thing to another name, by "for / of" or a possessive', () => {
    expect(givesToAnother('Musk was cross-examined by William Savitt, the lead counsel for OpenAI.', musks!, analyze)).toBe(true);
    expect(givesToAnother("OpenAI's lead lawyer, William Savitt, questioned Musk.", musks!, analyze)).toBe(true);
    expect(givesToAnother('William Savitt, the lawyer representing OpenAI, questioned Musk.', musks!, analyze)).toBe(true);
  });

  it('is false when the sentence gives it to the owner too, or to no one', () => {
    expect(givesToAnother("Elon Musk's lawyer and the lead counsel for OpenAI both spoke.", musks!, analyze)).toBe(false);
    expect(givesToAnother('Savitt asked Musk what distillation is.', musks!, analyze)).toBe(false);
    expect(givesToAnother('The counsel spoke for an hour.', musks!, analyze)).toBe(false);
  });

  it('reads "made by" as giving the thing, and ends the noun at "called"; a name may open in lowercase', () => {
    const [anthropics] = possessionsIn("what's anthropic's chatbot called?", analyze, () => [], ['anthropic']);
    expect([...anthropics!.thing]).toEqual(['chatbot']);
    expect(givesToAnother('The chatbot made by xAI is called Grok.', anthropics!, analyze)).toBe(true);
    const [xais] = possessionsIn("what's xai's chatbot called?", analyze, () => [], ['xai']);
    expect(givesToAnother('The chatbot made by xAI is called Grok.', xais!, analyze)).toBe(false);
  });

  it('gives "made by" the thing before it only, and reads "known" as part of the noun when it opens it', () => {
    const [deepseeks] = possessionsIn("what was DeepSeek's distillation?", analyze);
    // The accusations are OpenAI's, not the distillation.
    expect(givesToAnother('The accusations of distillation made by OpenAI grew.', deepseeks!, analyze)).toBe(false);
    // Tests run by Anthropic may be of xAI's model: "run by" says who ran them, not whose they are.
    const [xais] = possessionsIn("what did xAI's tests show?", analyze);
    expect(givesToAnother('The tests run by Anthropic showed distillation.', xais!, analyze)).toBe(false);
    expect([...possessionsIn("what are DeepSeek's known violations?", analyze)[0]!.thing]).toEqual(['violat']);
    expect([...possessionsIn("what are DeepSeek's lesser known models?", analyze)[0]!.thing]).toEqual(['model']);
    // Any determiner, or none: "Models made by OpenAI…" are OpenAI's.
    const [xaiModels] = possessionsIn("what are xAI's models?", analyze);
    expect(givesToAnother('Models made by OpenAI were used.', xaiModels!, analyze)).toBe(true);
    // An owner opening in lowercase acts for others too: "the lawyer for xAI".
    expect(possessionsIn('who is the lawyer for xAI?', analyze)[0]!.owner).toEqual(['xai']);
  });
});

describe('possessivesIn', () => {
  const read = (question: string) => possessivesIn(question, analyze).map((p) => [p.owner, [...p.owned]]);

  it('finds possessives in any case, with up to three words owned', () => {
    expect(read("do we know any of the jurors' names?")).toEqual([[['juror'], ['name']]]);
    expect(read("who was musk's lead trial lawyer at the hearing?")).toEqual([[['musk'], ['lead', 'trial', 'lawyer']]]);
  });

  it('skips pronouns, question words and documents', () => {
    expect(read("what's the article's main point? it's about who's right")).toEqual([]);
  });

  it('tells a possessive that is only the topic, after a preposition, from one asked about', () => {
    const topics = (question: string) => possessivesIn(question, analyze).map((p) => p.topic);
    expect(topics("when was Musk asked about xAI's training?")).toEqual([true]);
    expect(topics("when did Anthropic revoke xAI's access?")).toEqual([false]);
  });
});
