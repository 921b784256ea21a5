import type { BeirDocument } from './read-beir.js';

export interface SyntheticPassage {
  id: string;
  text: string;
}

/**
 * Turns a corpus into `count` paragraph-sized passages for speed tests: each document's text
 * is cut at sentence ends into pieces of at least `minChars` (title prepended), and once the
 * pieces run out they are reused with about 8% of words dropped and 7% random words inserted,
 * so that copies are near, not exact, duplicates (exact ones would flatter HNSW and BM25).
 * Deterministic for a given seed.
 */
export function synthesizePassages(corpus: readonly BeirDocument[], count: number, { minChars = 350, seed = 42 } = {}): SyntheticPassage[] {
  const pieces = corpus.flatMap((doc) => splitBySentences(doc.text, minChars).map((text) => ({ source: doc.id, text: `${doc.title}\n${text}` })));
  if (pieces.length === 0) return [];
  const random = seededRandom(seed);
  const vocabulary = pieces.slice(0, 3000).flatMap((p) => p.text.split(/\s+/)).filter((w) => w.length > 3);
  return Array.from({ length: count }, (_, i) => {
    const piece = pieces[i % pieces.length]!;
    const text = i < pieces.length ? piece.text : perturb(piece.text, vocabulary, random);
    return { id: `${piece.source}#${i}`, text };
  });
}

function splitBySentences(text: string, minChars: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    current = current ? `${current} ${sentence}` : sentence;
    if (current.length >= minChars) {
      out.push(current);
      current = '';
    }
  }
  if (current) out.push(current);
  return out;
}

function perturb(text: string, vocabulary: string[], random: () => number): string {
  const out: string[] = [];
  for (const word of text.split(/\s+/)) {
    const r = random();
    if (r < 0.08) continue;
    out.push(word);
    if (r > 0.93 && vocabulary.length > 0) out.push(vocabulary[Math.floor(random() * vocabulary.length)]!);
  }
  return out.join(' ');
}

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => (state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}
