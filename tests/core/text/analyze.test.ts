import { describe, expect, it } from 'vitest';
import { analyze, createAnalyzer } from '../../../src/core/text/analyze.js';
import { ENGLISH_STOPWORDS } from '../../../src/core/text/english-stopwords.js';

describe('analyze', () => {
  it('drops Lucene stopwords and stems with Porter', () => {
    expect(analyze('The models have distilled into smaller models')).toEqual(['model', 'have', 'distil', 'smaller', 'model']);
  });

  it('gives irregular verb forms the stem of their base form', () => {
    expect(analyze('The trial began; Musk told the court he took it')).toEqual(analyze('The trial begins; Musk tells the court he takes it'));
    expect(analyze('He left on leave')).toEqual(['he', 'left', 'leav']);
    expect(analyze('models were distilled')).toEqual(['model', 'be', 'distil']);
  });

  it('maps inflections to one stem', () => {
    expect(new Set(analyze('regulation regulations regulated regulating'))).toEqual(new Set(['regul']));
  });

  it('gives a one-syllable word ending in a vowel and "e" the stem of its inflections', () => {
    expect(new Set(analyze('sue sued sues suing'))).toEqual(new Set(['su']));
    expect(new Set(analyze('tie tied ties'))).toEqual(new Set(['ti']));
    expect(analyze('go goes free freed see radioed')).toEqual(['go', 'go', 'free', 'freed', 'see', 'radio']);
  });

  it("keeps a court's ruling apart from a rule to follow, which Porter joins", () => {
    expect(analyze('ruling rulings ruled')).toEqual(['ruling', 'ruling', 'ruling']);
    expect(analyze('rule rules')).toEqual(['rule', 'rule']);
  });

  it('leaves non-Latin words unstemmed', () => {
    expect(analyze('人工智能 الاصطناعي')).toEqual(['人工', '工智', '智能', 'الاصطناعي']);
  });

  it('keeps digits', () => {
    expect(analyze('Article 50 of 2024')).toEqual(['articl', '50', '2024']);
  });
});

describe('ENGLISH_STOPWORDS', () => {
  it('is the 33-word Lucene list', () => {
    expect(ENGLISH_STOPWORDS.size).toBe(33);
    expect(ENGLISH_STOPWORDS.has('the')).toBe(true);
    expect(ENGLISH_STOPWORDS.has('should')).toBe(false);
  });
});

describe('createAnalyzer', () => {
  it('uses the given stopwords and stemmer', () => {
    const keepAll = createAnalyzer({ stopwords: new Set(), stem: false });
    expect(keepAll('The Models')).toEqual(['the', 'models']);
  });

  it('uses the given tokenizer', () => {
    const byComma = createAnalyzer({ tokenize: (t) => t.split(','), stem: false });
    expect(byComma('a b,c d')).toEqual(['a b', 'c d']);
  });
});
