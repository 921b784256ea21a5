import { describe, expect, it } from 'vitest';
import { IndexCorruptError, IndexMismatchError } from '../../../src/core/errors.js';
import { packBundle, unpackBundle } from '../../../src/core/index/binary-bundle.js';
import { LexicalIndex } from '../../../src/core/index/lexical-index.js';
import { CONTRACT_CORPUS, describeLexicalSearchContract } from './lexical-search-contract.js';

function build(passages: [string, string][], options = {}): LexicalIndex {
  const index = new LexicalIndex(options);
  for (const [id, text] of passages) index.add(id, text);
  return index;
}

describeLexicalSearchContract('LexicalIndex', (passages) => build(passages));
describeLexicalSearchContract('LexicalIndex after a save/load round trip', (passages) => LexicalIndex.fromBuffer(build(passages).toBuffer()));

const QUERIES = ['model distillation', 'copyright fair use', 'model card size', 'distillers'];

describe('LexicalIndex.search', () => {
  it('computes BM25 as Lucene does', () => {
    const index = build([['a', 'alpha beta'], ['b', 'beta gamma delta epsilon']], { k1: 1.2, b: 0.75 });
    const [hit] = index.search('alpha', 1);
    // N = 2, df = 1, tf = 1, |a| = 2, avg length = 3
    const idf = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
    const expected = (idf * 1 * 2.2) / (1 + 1.2 * (1 - 0.75 + (0.75 * 2) / 3));
    expect(hit).toEqual({ id: 'a', score: expect.closeTo(expected, 12) });
  });

  it('ignores passage length when b is 0', () => {
    const index = build([['short', 'policy'], ['long', 'policy and a great many other words here']], { b: 0 });
    const [first, second] = index.search('policy', 2);
    expect(first!.score).toBeCloseTo(second!.score, 12);
  });

  it('scores after add and remove exactly as an index built without the removed passage', () => {
    const incremental = build(CONTRACT_CORPUS);
    incremental.add('extra', 'Distillation policy for a model of models.');
    incremental.remove('common2');
    incremental.remove('extra');
    const fresh = build(CONTRACT_CORPUS.filter(([id]) => id !== 'common2'));
    for (const query of QUERIES) expect(incremental.search(query, 10)).toEqual(fresh.search(query, 10));
  });
});

describe('LexicalIndex.toBuffer', () => {
  it('round-trips scores, explanations and idf exactly', () => {
    const original = build(CONTRACT_CORPUS);
    const loaded = LexicalIndex.fromBuffer(original.toBuffer());
    for (const query of QUERIES) {
      expect(loaded.search(query, 10)).toEqual(original.search(query, 10));
      const ids = CONTRACT_CORPUS.map(([id]) => id);
      const close = (matches: ReturnType<LexicalIndex['explain']>) => matches.map((m) => ({ ...m, ngramCosine: Math.round(m.ngramCosine * 1e6) }));
      expect(close(loaded.explain(query, ids))).toEqual(close(original.explain(query, ids)));
    }
    expect(loaded.idf('model')).toBe(original.idf('model'));
  });

  it('writes the same bytes again after loading', () => {
    const bytes = build(CONTRACT_CORPUS).toBuffer();
    expect(LexicalIndex.fromBuffer(bytes).toBuffer()).toEqual(bytes);
  });

  it('compacts removed passages and unused terms away', () => {
    const index = build(CONTRACT_CORPUS);
    const before = index.toBuffer().length;
    index.add('big', 'unique words only here: zeppelin aardvark quixotic '.repeat(20));
    index.remove('big');
    expect(index.toBuffer().length).toBe(before);
  });

  it('keeps a loaded index updatable', () => {
    const loaded = LexicalIndex.fromBuffer(build(CONTRACT_CORPUS).toBuffer());
    loaded.add('new', 'Distillation distillation everywhere.');
    loaded.remove('rare');
    loaded.add('rare', 'Nothing relevant.');
    expect(loaded.search('distillation', 5).map((h) => h.id)).toEqual(['new']);
    expect(loaded.size).toBe(6);
  });

  it('loads 1,000 passages with their settings', () => {
    const passages: [string, string][] = Array.from({ length: 1000 }, (_, i) => [`p${i}`, `passage ${i} about topic${i % 37} and rule${i % 11}`]);
    const loaded = LexicalIndex.fromBuffer(build(passages, { k1: 0.9, b: 0.4 }).toBuffer());
    expect(loaded.size).toBe(1000);
    expect(loaded.search('topic5 rule3', 3)).toEqual(build(passages, { k1: 0.9, b: 0.4 }).search('topic5 rule3', 3));
  });
});

describe('LexicalIndex.fromBuffer', () => {
  it('refuses bytes that are not a lexical index', () => {
    expect(() => LexicalIndex.fromBuffer(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toThrow(IndexCorruptError);
  });

  it('refuses a truncated file', () => {
    const bytes = build(CONTRACT_CORPUS).toBuffer();
    expect(() => LexicalIndex.fromBuffer(bytes.subarray(0, bytes.length - 8))).toThrow(IndexCorruptError);
  });

  it('refuses a forward list that names an unknown term', () => {
    const { header, arrays } = unpackBundle(build(CONTRACT_CORPUS).toBuffer());
    const forward = Uint32Array.from(arrays.forward as Uint32Array);
    forward[0] = 10_000;
    expect(() => LexicalIndex.fromBuffer(packBundle({ header, arrays: { ...arrays, forward } }))).toThrow(IndexCorruptError);
  });

  it('refuses an index built with another analyzer', () => {
    const bytes = build(CONTRACT_CORPUS, { analyzerId: 'other-analyzer' }).toBuffer();
    expect(() => LexicalIndex.fromBuffer(bytes)).toThrow(IndexMismatchError);
  });
});

describe('LexicalIndex constructor', () => {
  it('rejects impossible BM25 settings', () => {
    expect(() => new LexicalIndex({ b: 1.5 })).toThrow(RangeError);
    expect(() => new LexicalIndex({ k1: -1 })).toThrow(RangeError);
  });
});
