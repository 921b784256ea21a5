import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** One corpus entry; BEIR scores documents by title and text together. */
export interface BeirDocument {
  id: string;
  title: string;
  text: string;
}

export interface BeirQuery {
  id: string;
  text: string;
}

/** query id → (document id → graded relevance). */
export type Qrels = Map<string, Map<string, number>>;

export interface BeirCollection {
  corpus: BeirDocument[];
  queries: BeirQuery[];
  qrels: Qrels;
}

export interface BeirPaths {
  /** `corpus.jsonl` or `corpus.jsonl.gz`. */
  corpus: string;
  queries: string;
  /** TSV with a header line `query-id corpus-id score`. */
  qrels: string;
}

/**
 * Reads a collection in the BEIR layout. Queries without judgements are kept; the evaluator
 * decides which to score.
 *
 * @example
 * const { corpus, queries, qrels } = await readBeir({
 *   corpus: 'scifact/corpus.jsonl.gz', queries: 'scifact/queries.jsonl', qrels: 'scifact/qrels/test.tsv',
 * });
 */
export async function readBeir(paths: BeirPaths): Promise<BeirCollection> {
  const [corpusLines, queryLines, qrelText] = await Promise.all([
    readJsonLines(paths.corpus),
    readJsonLines(paths.queries),
    readText(paths.qrels),
  ]);
  const corpus = corpusLines.map((row, i) => ({
    id: field(row, '_id', paths.corpus, i),
    title: optionalField(row, 'title'),
    text: optionalField(row, 'text'),
  }));
  const queries = queryLines.map((row, i) => ({ id: field(row, '_id', paths.queries, i), text: field(row, 'text', paths.queries, i) }));
  return { corpus, queries, qrels: parseQrels(qrelText, paths.qrels) };
}

/** Parses a qrels TSV; a first line that does not end in a number is taken as the header. */
export function parseQrels(text: string, name = 'qrels'): Qrels {
  const qrels: Qrels = new Map();
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  lines.forEach((line, i) => {
    const cols = line.split('\t').map((c) => c.trim());
    const score = Number(cols[2]);
    if (i === 0 && Number.isNaN(score)) return;
    if (cols.length < 3 || Number.isNaN(score)) throw new Error(`${name}:${i + 1}: expected "query-id<TAB>corpus-id<TAB>score"`);
    const [queryId, docId] = cols as [string, string];
    let judged = qrels.get(queryId);
    if (judged === undefined) qrels.set(queryId, (judged = new Map()));
    judged.set(docId, score);
  });
  return qrels;
}

async function readText(path: string): Promise<string> {
  const bytes = await readFile(path);
  return (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

async function readJsonLines(path: string): Promise<Record<string, unknown>[]> {
  const text = await readText(path);
  return text
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '')
    .map((line, i) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch (cause) {
        throw new Error(`${path}:${i + 1}: not a JSON object`, { cause });
      }
    });
}

function field(row: Record<string, unknown>, key: string, path: string, i: number): string {
  const value = row[key];
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  throw new Error(`${path}:${i + 1}: missing "${key}"`);
}

function optionalField(row: Record<string, unknown>, key: string): string {
  const value = row[key];
  return typeof value === 'string' ? value : '';
}
