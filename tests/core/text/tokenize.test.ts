import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/core/text/tokenize.js';

describe('tokenize', () => {
  it('lowercases and splits on punctuation and spaces', () => {
    expect(tokenize('The EU AI-Act, Article 5!')).toEqual(['the', 'eu', 'ai', 'act', 'article', '5']);
  });

  it('keeps contractions and possessives as one word', () => {
    expect(tokenize("Don't read OpenAI's terms")).toEqual(['dont', 'read', 'openai', 'terms']);
  });

  it('keeps decimal numbers and drops thousands separators', () => {
    expect(tokenize('costs 1,000.50 or 3.5%')).toEqual(['costs', '1000.50', 'or', '3.5']);
  });

  it('joins single letters written with dots, so "D.C." meets "DC"', () => {
    expect(tokenize('the D.C. Circuit; DC; U.S.A; e.g. this')).toEqual(['the', 'dc', 'circuit', 'dc', 'usa', 'eg', 'this']);
    // Accents go as in any other word: "É.U." meets "EU" and "ÉU".
    expect(tokenize('É.U. ÉU EU')).toEqual(['eu', 'eu', 'eu']);
  });

  it('leaves dotted words that are not initials apart: domains, "Plan B." before a sentence', () => {
    expect(tokenize('x.ai and openai.com. Plan B. Then')).toEqual(['x', 'ai', 'and', 'openai', 'com', 'plan', 'b', 'then']);
  });

  it('folds compatibility forms and Latin accents (NFKC, then accents dropped)', () => {
    expect(tokenize('ﬁle ＡＢＣ café Résumé')).toEqual(['file', 'abc', 'cafe', 'resume']);
  });

  it('tokenizes Arabic and drops its optional vowel marks', () => {
    expect(tokenize('الذكاءُ الاصطناعي')).toEqual(['الذكاء', 'الاصطناعي']);
  });

  it('tokenizes Hebrew with and without points to the same word', () => {
    expect(tokenize('שָׁלוֹם')).toEqual(tokenize('שלום'));
    expect(tokenize('שלום עולם')).toEqual(['שלום', 'עולם']);
  });

  it('keeps marks that spell the word in other scripts (Devanagari)', () => {
    expect(tokenize('नीति नियम')).toEqual(['नीति', 'नियम']);
  });

  it('splits Han and kana runs into overlapping bigrams', () => {
    expect(tokenize('人工智能')).toEqual(['人工', '工智', '智能']);
    expect(tokenize('AIの規制')).toEqual(['ai', 'の規', '規制']);
  });

  it('keeps a single Han character as a token', () => {
    expect(tokenize('法 law')).toEqual(['法', 'law']);
  });

  it('ignores emoji and symbols', () => {
    expect(tokenize('🤖🔥 AI 👍🏽 policy ★ → ✓')).toEqual(['ai', 'policy']);
  });

  it('drops runs longer than 40 characters (hashes, base64)', () => {
    expect(tokenize(`key ${'a'.repeat(41)} end`)).toEqual(['key', 'end']);
  });

  it('handles 50 KB of text', () => {
    const text = 'Frontier models, distillation and policy. '.repeat(1250);
    expect(text.length).toBeGreaterThan(50_000);
    expect(tokenize(text)).toHaveLength(5 * 1250);
  });

  it('returns nothing for empty or punctuation-only text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ...!? — ')).toEqual([]);
  });
});
