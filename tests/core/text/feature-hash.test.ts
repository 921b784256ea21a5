import { describe, expect, it } from 'vitest';
import { hashCharNgrams, hashString } from '../../../src/core/text/feature-hash.js';

describe('hashString', () => {
  it('is a deterministic unsigned 32-bit value', () => {
    expect(hashString('policy')).toBe(hashString('policy'));
    expect(Number.isInteger(hashString('policy'))).toBe(true);
    expect(hashString('policy')).toBeGreaterThanOrEqual(0);
    expect(hashString('policy')).toBeLessThan(2 ** 32);
  });

  it('differs by text and by seed', () => {
    expect(hashString('policy')).not.toBe(hashString('polici'));
    expect(hashString('policy', 1)).not.toBe(hashString('policy', 2));
  });
});

describe('hashCharNgrams', () => {
  it('yields one hash per padded n-gram', () => {
    // " ab " (length 4): 3-grams " ab", "ab " and the 4-gram " ab "
    expect(hashCharNgrams('ab', { min: 3, max: 4 })).toHaveLength(3);
  });

  it('shares n-grams between related words and not unrelated ones', () => {
    const grams = (w: string) => new Set(hashCharNgrams(w, { min: 3, max: 5 }));
    const regulation = grams('regulation');
    const shared = (other: Set<number>) => [...other].filter((h) => regulation.has(h)).length;
    expect(shared(grams('regulator'))).toBeGreaterThan(5);
    expect(shared(grams('banana'))).toBe(0);
  });

  it('hashes a word shorter than min as a whole', () => {
    expect(hashCharNgrams('', { min: 3, max: 5 })).toHaveLength(1);
  });
});
