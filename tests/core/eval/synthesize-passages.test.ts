import { describe, expect, it } from 'vitest';
import { synthesizePassages } from '../../../src/core/eval/synthesize-passages.js';

const corpus = [
  { id: 'a', title: 'Alpha', text: 'One sentence here. Two sentences here. Three sentences here.' },
  { id: 'b', title: 'Beta', text: 'Short text.' },
];

describe('synthesizePassages', () => {
  it('cuts documents at sentence ends into pieces of at least minChars', () => {
    const passages = synthesizePassages(corpus, 3, { minChars: 30 });
    expect(passages.map((p) => p.text)).toEqual(['Alpha\nOne sentence here. Two sentences here.', 'Alpha\nThree sentences here.', 'Beta\nShort text.']);
    expect(passages.map((p) => p.id)).toEqual(['a#0', 'a#1', 'b#2']);
  });

  it('fills up to count with near-copies and unique ids', () => {
    const passages = synthesizePassages(corpus, 300, { minChars: 30 });
    expect(passages).toHaveLength(300);
    expect(new Set(passages.map((p) => p.id)).size).toBe(300);
    const copies = passages.slice(3).filter((p) => p.id.startsWith('a#'));
    expect(copies.some((p) => p.text !== passages[0]!.text && p.text !== passages[1]!.text)).toBe(true);
  });

  it('is deterministic for a seed', () => {
    expect(synthesizePassages(corpus, 50, { seed: 7 })).toEqual(synthesizePassages(corpus, 50, { seed: 7 }));
    expect(synthesizePassages(corpus, 50, { seed: 7 })).not.toEqual(synthesizePassages(corpus, 50, { seed: 8 }));
  });
});
