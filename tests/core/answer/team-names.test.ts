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

  it('changes nothing without a names file', () => {
    expect(withDocumentNames('Can we train on ChatGPT output?', {})).toBe('Can we train on ChatGPT output?');
  });
});
