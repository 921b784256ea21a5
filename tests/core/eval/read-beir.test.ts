import { describe, expect, it } from 'vitest';
import { parseQrels, readBeir } from '../../../src/core/eval/read-beir.js';

const FIXTURE = 'tests/fixtures/beir';

describe('readBeir', () => {
  it('reads corpus, queries and graded qrels', async () => {
    const { corpus, queries, qrels } = await readBeir({ corpus: `${FIXTURE}/corpus.jsonl`, queries: `${FIXTURE}/queries.jsonl`, qrels: `${FIXTURE}/qrels/test.tsv` });
    expect(corpus).toHaveLength(8);
    expect(corpus[0]).toEqual({ id: 'd1', title: 'Model distillation', text: expect.stringContaining('student model') });
    expect(queries.map((q) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(qrels.get('q3')).toEqual(new Map([['d2', 2]]));
    expect(qrels.get('q4')).toEqual(new Map([['d6', 1], ['d8', 0]]));
    expect(qrels.has('q5')).toBe(false);
  });

  it('reads a gzipped corpus the same as a plain one', async () => {
    const paths = { queries: `${FIXTURE}/queries.jsonl`, qrels: `${FIXTURE}/qrels/test.tsv` };
    const plain = await readBeir({ ...paths, corpus: `${FIXTURE}/corpus.jsonl` });
    const gzipped = await readBeir({ ...paths, corpus: `${FIXTURE}/corpus.jsonl.gz` });
    expect(gzipped.corpus).toEqual(plain.corpus);
  });
});

describe('parseQrels', () => {
  it('accepts a file without a header line', () => {
    expect(parseQrels('q1\td1\t1\n')).toEqual(new Map([['q1', new Map([['d1', 1]])]]));
  });

  it('names the line of a malformed row', () => {
    expect(() => parseQrels('query-id\tcorpus-id\tscore\nq1\td1\n', 'x.tsv')).toThrow('x.tsv:2');
  });
});
