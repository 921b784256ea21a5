import { describe, expect, it } from 'vitest';
import { withDocumentNames } from '../../../src/core/answer/team-names.js';
import { compileTeamNames } from '../../../src/core/knowledge/team-names.js';

const { names } = compileTeamNames({ OpenAI: ['ChatGPT'], 'OpenAI marketplace': ['GPT  Store'], 'generative model': ['GPT'] });

describe('withDocumentNames', () => {
  it("reads a name people type as the documents' name, ignoring case, keeping the rest", () => {
    expect(withDocumentNames('Can we train on chatGPT output?', { names })).toBe('Can we train on OpenAI output?');
    expect(withDocumentNames("What do ChatGPT's terms say?", { names })).toBe("What do OpenAI's terms say?");
  });

  it('matches whole words and phrases only, the longest first', () => {
    expect(withDocumentNames('Is ChatGPTesque a word?', { names })).toBe('Is ChatGPTesque a word?');
    expect(withDocumentNames('Who runs the GPT  store?', { names })).toBe('Who runs the OpenAI marketplace?');
    expect(withDocumentNames('Is GPT a brand?', { names })).toBe('Is generative model a brand?');
  });

  it('inserts the documents\' name literally, whatever characters it holds', () => {
    const { names: odd } = compileTeamNames({ "price $' x $&": ['ChatGPT'] });
    expect(withDocumentNames('Is ChatGPT free?', { names: odd })).toBe("Is price $' x $& free?");
  });

  it('leaves a name alone once some passage uses it', () => {
    const mentions = (phrase: string) => phrase === 'chatgpt';
    expect(withDocumentNames('Can we train on ChatGPT output?', { names, mentions })).toBe('Can we train on ChatGPT output?');
  });

  it('reads a name that spells a unit as the unit after a measure', () => {
    const { names: short } = compileTeamNames({ 'Financial Times': ['FT'], 'intellectual property': ['ip'] });
    expect(withDocumentNames('any of the 3 ip lawsuits?', { names: short })).toBe('any of the 3 intellectual property lawsuits?');
    expect(withDocumentNames('what did openai tell the ft?', { names: short })).toBe('what did openai tell the Financial Times?');
    expect(withDocumentNames("what's 5 ft in meters, or a 6-ft wall in sq ft?", { names: short })).toBe("what's 5 ft in meters, or a 6-ft wall in sq ft?");
    expect(withDocumentNames('the jan 2025 FT piece', { names: short })).toBe('the jan 2025 Financial Times piece');
  });

  it('changes nothing without a names file', () => {
    expect(withDocumentNames('Can we train on ChatGPT output?', {})).toBe('Can we train on ChatGPT output?');
  });
});
