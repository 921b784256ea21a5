import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countOccurrences, readKnowledgeText } from './knowledge-text.js';

interface Question {
  question: string;
  history?: string[];
}

interface GoldenSet {
  answerable: (Question & { source: string; passage: string })[];
  outOfScope: Question[];
}

const KNOWLEDGE = join(import.meta.dirname, '../../knowledge');
const documents = readdirSync(KNOWLEDGE).filter((f) => f.endsWith('.md') || f.endsWith('.txt'));
const read = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, file), 'utf8')) as GoldenSet;
/** A question with the thread it follows, if any: the same words after another question are another question. */
const asked = (q: Question) => [...(q.history ?? []), q.question].join(' → ').toLowerCase();

// questions.json is the set the answerer was tuned on; held-out.json and blind*.json were written
// by people who had not seen the answerer (see README.md for how each has been used). All follow
// the same rules. Every file here is checked: a new set is covered the moment it lands.
const SETS = readdirSync(import.meta.dirname)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => {
    // Each question of a follow-ups file follows up the thread in its `history` (README.md, "Follow-ups").
    const followUps = file.startsWith('follow-ups');
    return { file, followUps, minAnswerable: file === 'questions.json' ? 32 : followUps ? 30 : 25 };
  });

describe.each(SETS)('$file', ({ file, minAnswerable, followUps = false }) => {
  const golden = read(file);

  it(followUps ? 'asks every question after a thread of one to three others' : 'asks every question on its own', () => {
    const threads = [...golden.answerable, ...golden.outOfScope].map((q) => q.history);
    if (!followUps) expect(threads.filter((h) => h !== undefined)).toEqual([]);
    else for (const h of threads) expect([h?.length, h?.every((q) => q.trim() !== '')]).toEqual([expect.toBeOneOf([1, 2, 3]), true]);
  });

  describe('answerable', () => {
    it(`holds at least ${minAnswerable} questions, each asked once`, () => {
      const questions = golden.answerable.map(asked);
      expect(questions.length).toBeGreaterThanOrEqual(minAnswerable);
      expect(new Set(questions).size).toBe(questions.length);
    });

    it('asks about every document in knowledge/, and at least 5 times about the commissioned text', () => {
      const sources = golden.answerable.map((q) => q.source);
      expect(documents.filter((d) => !sources.includes(d))).toEqual([]);
      expect(sources.filter((s) => s.endsWith('.txt')).length).toBeGreaterThanOrEqual(5);
    });

    it.each(golden.answerable.map((q) => [q.question, q] as const))('%s: quotes one paragraph of its source', (_q, entry) => {
      expect(documents).toContain(entry.source);
      const text = readKnowledgeText(join(KNOWLEDGE, entry.source));
      expect(entry.passage.length).toBeGreaterThanOrEqual(30);
      expect(entry.passage).not.toMatch(/[#*`[\]\n]|^- /);
      expect(countOccurrences(readFileSync(join(KNOWLEDGE, entry.source), 'utf8'), entry.passage)).toBe(1);
      expect(text.paragraphs.filter((p) => p.includes(entry.passage))).toHaveLength(1);
    });
  });

  describe('outOfScope', () => {
    it('holds at least 12 questions, none of them also listed as answerable', () => {
      const answerable = new Set(golden.answerable.map(asked));
      const questions = golden.outOfScope.map(asked);
      expect(questions.length).toBeGreaterThanOrEqual(12);
      expect(new Set(questions).size).toBe(questions.length);
      expect(questions.filter((q) => answerable.has(q))).toEqual([]);
    });
  });
});

describe('the sets', () => {
  it('share no question', () => {
    const all = SETS.flatMap(({ file }) => {
      const set = read(file);
      return [...set.answerable, ...set.outOfScope].map(asked);
    });
    expect(all.filter((q, i) => all.indexOf(q) !== i)).toEqual([]);
  });
});
