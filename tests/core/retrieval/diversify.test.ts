import { describe, expect, it } from 'vitest';
import type { PassageMetadata } from '../../../src/core/knowledge/document.js';
import { diversify, paragraphKey } from '../../../src/core/retrieval/diversify.js';

function meta(id: string, source: string, paragraph: number, headingPath = ['Hearing']): PassageMetadata {
  return { id, source, title: source, urls: [], headingPath, paragraph, locator: `¶${paragraph}` };
}

const passages = new Map<string, { meta: PassageMetadata; terms: string[] }>([
  ['p1a', { meta: meta('p1a', 'hearing.txt', 1), terms: ['distil', 'openai', 'xai'] }],
  ['p1b', { meta: meta('p1b', 'hearing.txt', 1), terms: ['export', 'chip', 'rule'] }],
  ['p1c', { meta: meta('p1c', 'hearing.txt', 1), terms: ['senat', 'question', 'wit'] }],
  ['p2', { meta: meta('p2', 'hearing.txt', 2), terms: ['copyright', 'book', 'fair'] }],
  ['copy', { meta: meta('copy', 'hearing-copy.txt', 2), terms: ['copyright', 'book', 'fair', 'use'] }],
  ['p3', { meta: meta('p3', 'other.md', 1), terms: ['watermark', 'signal'] }],
]);
const sources = { metadata: (id: string) => passages.get(id)?.meta, terms: (id: string) => passages.get(id)?.terms };
const ranked = (ids: string[]) => ids.map((id) => ({ id }));

describe('diversify', () => {
  it('keeps one passage per paragraph, so a split paragraph does not fill the top k', () => {
    const kept = diversify(ranked(['p1a', 'p1b', 'p1c', 'p2', 'p3']), 3, sources);
    expect(kept.map((h) => h.id)).toEqual(['p1a', 'p2', 'p3']);
  });

  it('allows more passages per paragraph when asked', () => {
    const kept = diversify(ranked(['p1a', 'p1b', 'p1c', 'p2']), 3, sources, { maxPerParagraph: 2 });
    expect(kept.map((h) => h.id)).toEqual(['p1a', 'p1b', 'p2']);
  });

  it('drops a near-duplicate of a kept passage from another document', () => {
    const kept = diversify(ranked(['p2', 'copy', 'p3']), 3, sources, { duplicateSimilarity: 0.7 });
    expect(kept.map((h) => h.id)).toEqual(['p2', 'p3']);
  });

  it('keeps passages below the duplicate threshold', () => {
    const kept = diversify(ranked(['p2', 'copy']), 3, sources, { duplicateSimilarity: 0.8 });
    expect(kept.map((h) => h.id)).toEqual(['p2', 'copy']);
  });

  it('skips ids without metadata and stops at k', () => {
    expect(diversify(ranked(['gone', 'p3', 'p2', 'p1a']), 2, sources).map((h) => h.id)).toEqual(['p3', 'p2']);
  });

  it('keeps the items it is given (scores included)', () => {
    expect(diversify([{ id: 'p3', score: 0.4 }], 1, sources)).toEqual([{ id: 'p3', score: 0.4 }]);
  });
});

describe('paragraphKey', () => {
  it('tells apart equal paragraph numbers in different sections or pages', () => {
    const a = meta('a', 's.md', 1, ['One']);
    expect(paragraphKey(a)).not.toBe(paragraphKey(meta('b', 's.md', 1, ['Two'])));
    expect(paragraphKey(a)).not.toBe(paragraphKey({ ...a, page: 2 }));
    expect(paragraphKey(a)).toBe(paragraphKey({ ...a, id: 'other' }));
  });
});
