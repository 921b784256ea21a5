import type { Passage } from '../knowledge/document.js';
import type { Citation, DocumentRef, SummaryBullet } from '../ports.js';
import { splitSentences } from '../text/split-sentences.js';
import { CitationList } from './citations.js';
import { closestDocuments } from './closest-documents.js';
import { isQuotable, isSelfContained, type RankedPassage, scoreSentences, type SentenceScoring, termOverlap } from './select-sentences.js';

export interface SummaryOptions {
  minBullets: number;
  maxBullets: number;
  /** Sentences sharing more than this share of their terms with a chosen bullet are redundant. */
  maxOverlap: number;
}

/** Passages scoring below this share of the best one are too loosely related to summarise. */
const RELATED_SHARE = 0.5;

export const defaultSummaryOptions = { minBullets: 3, maxBullets: 6, maxOverlap: 0.5 } satisfies Required<SummaryOptions>;

export type SummaryOutcome =
  | { kind: 'summary'; bullets: SummaryBullet[]; citations: Citation[] }
  | { kind: 'declined'; closest: DocumentRef[] };

interface Candidate {
  text: string;
  passage: Passage;
  score: number;
  terms: Set<string>;
}

/**
 * A topic summary: from the passages retrieved for the topic, the sentence of each that best
 * covers the topic, best passages first, skipping near-repeats. Each bullet cites its passage.
 */
export function summarizeTopic(topic: string, hits: RankedPassage[], scoring: SentenceScoring, minEvidence: number): SummaryOutcome {
  // A bullet stands alone, so a sentence leaning on the one before it ("That remark…") is no bullet.
  const scored = scoreSentences(scoring.analyze(topic), hits, scoring).filter((s) => isBullet(s.text, scoring));
  if ((scored[0]?.coverage ?? 0) < minEvidence) return { kind: 'declined', closest: closestDocuments(hits) };
  // Once the topic is covered, every retrieved passage is about it: its best sentence is a
  // candidate even if it does not repeat the topic's words.
  const floor = (hits[0]?.score ?? 0) * RELATED_SHARE;
  const bestPerPassage = new Map<string, Candidate>();
  for (const s of scored) {
    if (s.passageScore < floor || bestPerPassage.has(s.passage.metadata.id)) continue;
    bestPerPassage.set(s.passage.metadata.id, { text: s.text, passage: s.passage, score: s.score, terms: s.terms });
  }
  return toBullets([...bestPerPassage.values()], hits, defaultSummaryOptions);
}

/**
 * A document summary: the lead sentence of each section, in document order, topped up with the
 * lead sentences of further paragraphs when the document has fewer sections than bullets.
 */
export function summarizeDocument(passages: Passage[], scoring: SentenceScoring): SummaryOutcome {
  const leads: Candidate[] = [];
  const followers: Candidate[] = [];
  const seenSections = new Set<string>();
  for (const passage of passages) {
    const lead = splitSentences(passage.pageContent).map((s) => s.text.trim()).find((t) => isBullet(t, scoring));
    if (!lead) continue;
    const section = passage.metadata.headingPath.join(' › ');
    const candidate = { text: lead, passage, score: 1, terms: new Set(scoring.analyze(lead)) };
    // An untitled opening paragraph usually says what the document is, not what it says.
    const isIntro = section === '' && passages.some((p) => p.metadata.headingPath.length > 0);
    (seenSections.has(section) || isIntro ? followers : leads).push(candidate);
    seenSections.add(section);
  }
  const order = new Map(passages.map((p, i) => [p.metadata.id, i]));
  const options = defaultSummaryOptions;
  const chosen = leads.length >= options.minBullets ? leads : [...leads, ...followers.slice(0, options.minBullets - leads.length)];
  chosen.sort((a, b) => (order.get(a.passage.metadata.id) ?? 0) - (order.get(b.passage.metadata.id) ?? 0));
  return toBullets(chosen, passages.map((passage) => ({ passage, score: 1 })), options);
}

function toBullets(candidates: Candidate[], hits: RankedPassage[], options: SummaryOptions): SummaryOutcome {
  const picked: Candidate[] = [];
  for (const c of candidates) {
    if (picked.length >= options.maxBullets) break;
    if (picked.some((p) => termOverlap(p.terms, c.terms) > options.maxOverlap)) continue;
    picked.push(c);
  }
  if (picked.length === 0) return { kind: 'declined', closest: closestDocuments(hits) };
  const list = new CitationList();
  const bullets = picked.map((c) => ({ text: c.text, citations: [list.cite(c.passage, c.score)] }));
  return { kind: 'summary', bullets, citations: list.citations };
}

/** A sentence worth a bullet: quotable, a few real words, and standing on its own. */
function isBullet(text: string, scoring: SentenceScoring): boolean {
  return isQuotable(text) && isSelfContained(text) && scoring.analyze(text).length >= 4;
}
