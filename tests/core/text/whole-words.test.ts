import { describe, expect, it } from 'vitest';
import { wholeWordsIn } from '../../../src/core/text/whole-words.js';

const found = (text: string, word: string) => [...wholeWordsIn(text, word)];

describe('wholeWordsIn', () => {
  it('finds the word in any case, with where it starts and how it is written', () => {
    expect(found('Musk v. Altman: MUSK said musk', 'musk')).toEqual([
      { at: 0, form: 'Musk' },
      { at: 16, form: 'MUSK' },
      { at: 26, form: 'musk' },
    ]);
  });

  it('skips the word inside a longer one, before or after; a hyphen parts words', () => {
    expect(found('Muskrat, Elonmusk, musk2 and musk-ox', 'musk')).toEqual([{ at: 29, form: 'musk' }]);
  });

  it('finds a whole word that starts inside a part-word match', () => {
    expect(found('ax-x-x said', 'x-x')).toEqual([{ at: 3, form: 'x-x' }]);
    // A word that opens on a letter outside the BMP, first met inside a longer word.
    expect(found('𠮷野家 is a chain. 𠮷野 said.', '𠮷野').map((m) => m.at)).toEqual([17]);
  });

  it('takes the word literally, and finds nothing for no word', () => {
    expect(found('axb a.b', 'a.b').map((m) => m.at)).toEqual([4]);
    expect(found('some text', '')).toEqual([]);
  });

  it('counts punctuation, possessives and quotes as boundaries', () => {
    expect(found("(Musk's) “musk”", 'musk').map((m) => m.at)).toEqual([1, 10]);
  });

  it('reads a letter outside the BMP as a letter, each side', () => {
    expect(found('𝐀musk musk𝐀 musk', 'musk').map((m) => m.at)).toEqual([14]);
  });

  it('matches accented and hyphenated words whole', () => {
    expect(found('Ça va, ça-va ÇA', 'ça')).toEqual([
      { at: 0, form: 'Ça' },
      { at: 7, form: 'ça' },
      { at: 13, form: 'ÇA' },
    ]);
    expect(found('the DeepSeek-V3 and deepseek-v3x', 'deepseek-v3').map((m) => m.form)).toEqual(['DeepSeek-V3']);
  });
});
