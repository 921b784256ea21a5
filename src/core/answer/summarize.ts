import type { Passage } from '../knowledge/document.js';
import type { Citation, DocumentRef, SummaryBullet } from '../ports.js';
import { splitSentences } from '../text/split-sentences.js';
import { CitationList } from './citations.js';
import { closestDocuments } from './closest-documents.js';
import { describesItsDocument, isQuotable, isSelfContained, type RankedPassage, scoreSentences, type SentenceScoring, termOverlap, weighedForText } from './select-sentences.js';

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
  const scored = scoreSentences(scoring.analyze(topic), hits, weighedForText(scoring, topic)).filter((s) => isBullet(s.text, scoring));
  if ((scored[0]?.coverage ?? 0) < minEvidence) return { kind: 'declined', closest: closestDocuments(hits) };
  // Once the topic is covered, every retrieved passage is about it: its best sentence is a
  // candidate even if it does not repeat the topic's words.
  const floor = (hits[0]?.score ?? 0) * RELATED_SHARE;
  const bestPerPassage = new Map<string, Candidate>();
  const others: Candidate[] = [];
  for (const s of scored) {
    const candidate = { text: s.text, passage: s.passage, score: s.score, terms: s.terms };
    if (s.passageScore < floor) continue;
    if (bestPerPassage.has(s.passage.metadata.id)) others.push(candidate);
    else bestPerPassage.set(s.passage.metadata.id, candidate);
  }
  return toSummary(pickBullets([...bestPerPassage.values()], others, defaultSummaryOptions), hits);
}

/**
 * A document summary: the lead sentence of each section, in document order, topped up with the
 * lead sentences of further paragraphs (then their other sentences) when the document has
 * fewer sections than `minBullets`.
 */
export function summarizeDocument(passages: Passage[], scoring: SentenceScoring): SummaryOutcome {
  const leads: Candidate[] = [];
  const followers: Candidate[] = [];
  const rest: Candidate[] = [];
  const seenSections = new Set<string>();
  for (const passage of passages) {
    const sentences = splitSentences(passage.pageContent).map((s) => s.text.trim()).filter((t) => isBullet(t, scoring));
    const [lead, ...others] = sentences.map((text) => ({ text, passage, score: 1, terms: new Set(scoring.analyze(text)) }));
    if (!lead) continue;
    const section = passage.metadata.headingPath.join(' › ');
    // An untitled opening paragraph usually says what the document is, not what it says.
    const isIntro = section === '' && passages.some((p) => p.metadata.headingPath.length > 0);
    (seenSections.has(section) || isIntro ? followers : leads).push(lead);
    rest.push(...others);
    seenSections.add(section);
  }
  const order = new Map(passages.map((p, i) => [p.metadata.id, i]));
  const options = defaultSummaryOptions;
  const picked = pickBullets(leads, [...followers, ...rest], options);
  picked.sort((a, b) => (order.get(a.passage.metadata.id) ?? 0) - (order.get(b.passage.metadata.id) ?? 0));
  return toSummary(picked, passages.map((passage) => ({ passage, score: 1 })));
}

/**
 * Up to `maxBullets` non-repeating candidates, best first; when the first choices give fewer
 * than `minBullets`, the reserve (other sentences of the same passages) tops them up.
 */
function pickBullets(primary: Candidate[], reserve: Candidate[], options: SummaryOptions): Candidate[] {
  const picked: Candidate[] = [];
  const offer = (c: Candidate, limit: number) => {
    if (picked.length >= limit || picked.includes(c)) return;
    if (picked.some((p) => termOverlap(p.terms, c.terms) > options.maxOverlap)) return;
    picked.push(c);
  };
  for (const c of primary) offer(c, options.maxBullets);
  for (const c of reserve) offer(c, options.minBullets);
  return picked;
}

function toSummary(picked: Candidate[], hits: RankedPassage[]): SummaryOutcome {
  if (picked.length === 0) return { kind: 'declined', closest: closestDocuments(hits) };
  const list = new CitationList();
  const bullets = picked.map((c) => ({ text: c.text, citations: [list.cite(c.passage, c.score)] }));
  return { kind: 'summary', bullets, citations: list.citations };
}

/** A sentence worth a bullet: quotable, a few real words, standing on its own, and about the subject. */
function isBullet(text: string, scoring: SentenceScoring): boolean {
  return isQuotable(text) && isSelfContained(text) && !describesItsDocument(text) && scoring.analyze(text).length >= 4;
}
