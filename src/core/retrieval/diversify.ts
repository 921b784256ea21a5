import type { PassageMetadata } from '../knowledge/document.js';
import { withDefaults } from '../support/with-defaults.js';

export interface DiversifyOptions {
  /** Passages kept from one paragraph (a long paragraph is split into several passages). */
  maxPerParagraph?: number;
  /** Jaccard similarity of two passages' term sets at which the lower one is dropped. */
  duplicateSimilarity?: number;
}

export const DIVERSIFY_DEFAULTS = { maxPerParagraph: 1, duplicateSimilarity: 0.8 } satisfies Required<DiversifyOptions>;

export interface DiversifySources {
  metadata: (id: string) => PassageMetadata | undefined;
  /** Distinct analysed terms of a passage. */
  terms: (id: string) => readonly string[] | undefined;
}

/**
 * Walks a ranking best first and keeps up to `k` passages, skipping one whose paragraph has
 * already given `maxPerParagraph` passages or that nearly repeats a kept passage (the same
 * text in two documents, or a passage quoted in another). The answer then cites k different
 * pieces of evidence instead of one paragraph k times.
 */
export function diversify<T extends { id: string }>(ranked: readonly T[], k: number, sources: DiversifySources, options: DiversifyOptions = {}): T[] {
  const { maxPerParagraph, duplicateSimilarity } = withDefaults(DIVERSIFY_DEFAULTS, options);
  const perParagraph = new Map<string, number>();
  const keptTerms: Set<string>[] = [];
  const kept: T[] = [];
  for (const item of ranked) {
    if (kept.length >= k) break;
    const meta = sources.metadata(item.id);
    if (!meta) continue;
    const key = paragraphKey(meta);
    if ((perParagraph.get(key) ?? 0) >= maxPerParagraph) continue;
    const terms = new Set(sources.terms(item.id) ?? []);
    if (keptTerms.some((other) => atLeastAsSimilar(terms, other, duplicateSimilarity))) continue;
    perParagraph.set(key, (perParagraph.get(key) ?? 0) + 1);
    keptTerms.push(terms);
    kept.push(item);
  }
  return kept;
}

/** Passages of one paragraph share source, section, page and paragraph number. */
export function paragraphKey(meta: PassageMetadata): string {
  return JSON.stringify([meta.source, meta.headingPath, meta.page ?? null, meta.paragraph]);
}

/**
 * Whether the Jaccard similarity of two term sets reaches `threshold`, stopping as soon as the
 * answer is known: J >= t needs |A ∩ B| >= t(|A| + |B|) / (1 + t), so unrelated passages are
 * rejected after a few lookups. Keeps diversifying 100 results cheap.
 */
function atLeastAsSimilar(a: Set<string>, b: Set<string>, threshold: number): boolean {
  if (a.size === 0 || b.size === 0) return false;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const needed = Math.ceil((threshold * (a.size + b.size)) / (1 + threshold) - 1e-9);
  let allowedMisses = small.size - needed;
  if (allowedMisses < 0) return false;
  for (const term of small) {
    if (!large.has(term) && --allowedMisses < 0) return false;
  }
  return true;
}
