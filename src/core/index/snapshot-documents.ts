import type { Passage } from '../knowledge/document.js';
import type { SourceInfo } from '../ports.js';
import type { IndexSnapshot } from './index-snapshot.js';

/** The indexed documents, by title. */
export function listSources(snapshot: IndexSnapshot): SourceInfo[] {
  return Object.entries(snapshot.manifest.documents)
    .map(([source, d]) => ({ source, title: d.title, date: d.date, kind: d.kind, passages: d.passageIds.length, indexedAt: d.indexedAt }))
    .sort((a, b) => a.title.localeCompare(b.title));
}

/**
 * The document a request names: its path under the knowledge folder, its file name (with or
 * without extension) or its title, or enough of the title's words. Returns its passages in
 * document order.
 */
export function findDocument(snapshot: IndexSnapshot, name: string): { title: string; passages: Passage[] } | undefined {
  const wanted = words(name);
  if (wanted.length === 0) return undefined;
  const entries = Object.entries(snapshot.manifest.documents);
  const match =
    entries.find(([source]) => source === name) ??
    entries.find(([source, d]) => same(words(source), wanted) || same(words(stripExtension(source)), wanted) || same(words(d.title), wanted)) ??
    entries.find(([source, d]) => wanted.length >= 2 && (covers(words(d.title), wanted) || covers(words(stripExtension(source)), wanted)));
  if (!match) return undefined;
  const [, doc] = match;
  const passages = doc.passageIds.map((id) => snapshot.passages.get(id)).filter((p): p is Passage => p !== undefined);
  return { title: doc.title, passages };
}

function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function stripExtension(source: string): string {
  return source.replace(/\.[a-z]+$/i, '');
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}

/** Every requested word appears in the candidate, and they make up most of it. */
function covers(candidate: string[], wanted: string[]): boolean {
  const set = new Set(candidate);
  return wanted.every((w) => set.has(w)) && wanted.length / candidate.length >= 0.5;
}
