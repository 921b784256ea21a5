import { describe, expect, it } from 'vitest';
import { loadDocument, splitDocument, type LoadedDocument } from '../../../src/core/knowledge/index.js';
import { splitSentences } from '../../../src/core/text/split-sentences.js';
import { COMMISSIONED_TXT, fixture, knowledgeFile, LOAD } from './fixture-file.js';

function documentOf(blocks: LoadedDocument['blocks']): LoadedDocument {
  return { meta: { source: 'doc.md', title: 'Doc', date: '2026-05-01', urls: ['https://example.org'] }, blocks, contentHash: 'x' };
}

const LONG = Array.from({ length: 30 }, (_, i) => `Sentence number ${i + 1} says that Dr. Hinton named distillation in 2015.`).join(' ');

describe('splitDocument', () => {
  it('makes one passage per block with the block text verbatim', async () => {
    const doc = await loadDocument(await knowledgeFile(COMMISSIONED_TXT), LOAD);
    const passages = splitDocument(doc);
    expect(passages.map((p) => p.pageContent)).toEqual(doc.blocks.map((b) => b.text));
  });

  it('gives the same ids when the same file is split again', async () => {
    const file = await fixture('sample.md');
    const first = splitDocument(await loadDocument(file, LOAD)).map((p) => p.metadata.id);
    const second = splitDocument(await loadDocument(file, LOAD)).map((p) => p.metadata.id);
    expect(second).toEqual(first);
    expect(first[0]).toMatch(/^sample\.md#1-[0-9a-f]{8}$/);
  });

  it('gives unique ids, even to repeated text', () => {
    const passages = splitDocument(documentOf([
      { text: 'Same text.', headingPath: [] },
      { text: 'Same text.', headingPath: [] },
    ]));
    expect(new Set(passages.map((p) => p.metadata.id)).size).toBe(2);
    expect(passages.map((p) => p.id)).toEqual(passages.map((p) => p.metadata.id));
  });

  it('changes only the id of a passage whose text changed', () => {
    const before = splitDocument(documentOf([{ text: 'One.', headingPath: [] }, { text: 'Two.', headingPath: [] }]));
    const after = splitDocument(documentOf([{ text: 'One.', headingPath: [] }, { text: 'Two, edited.', headingPath: [] }]));
    expect(after[0]!.metadata.id).toBe(before[0]!.metadata.id);
    expect(after[1]!.metadata.id).not.toBe(before[1]!.metadata.id);
  });

  it('builds locators from heading paths and numbers paragraphs within each section', async () => {
    const passages = splitDocument(await loadDocument(await fixture('sample.md'), LOAD));
    expect(passages.map((p) => p.metadata.locator)).toEqual([
      '¶1',
      'The hearing › ¶1',
      'The hearing › ¶2',
      'The hearing › Cross-examination › ¶1',
      'The hearing › Cross-examination › ¶2',
      'The hearing › Cross-examination › ¶3',
      'Why it matters › ¶1',
      'Why it matters › ¶2',
    ]);
  });

  it('locates commissioned-article passages under their headings', async () => {
    const passages = splitDocument(await loadDocument(await knowledgeFile(COMMISSIONED_TXT), LOAD));
    expect(passages.map((p) => p.metadata.locator)).toEqual(["What's Happening? › ¶1", "Why It's Important? › ¶1", "What's Next? › ¶1"]);
  });

  it('locates PDF passages by page and paragraph within the page', async () => {
    const passages = splitDocument(await loadDocument(await fixture('sample.pdf'), LOAD));
    expect(passages.map((p) => [p.metadata.locator, p.metadata.page])).toEqual([
      ['p. 1 › ¶1', 1],
      ['p. 1 › ¶2', 1],
      ['p. 2 › ¶1', 2],
      ['p. 2 › ¶2', 2],
    ]);
  });

  it('copies document metadata onto every passage', () => {
    const [passage] = splitDocument(documentOf([{ text: 'Text.', headingPath: ['A', 'B'] }]));
    expect(passage!.metadata).toEqual({
      id: passage!.metadata.id,
      source: 'doc.md',
      title: 'Doc',
      date: '2026-05-01',
      urls: ['https://example.org'],
      headingPath: ['A', 'B'],
      paragraph: 1,
      locator: 'A › B › ¶1',
    });
  });

  it('splits a long paragraph between sentences into parts no longer than maxChars', () => {
    const passages = splitDocument(documentOf([{ text: LONG, headingPath: ['Origins'] }]), { maxChars: 300 });
    const sentences = splitSentences(LONG).map((s) => s.text);
    expect(passages.length).toBeGreaterThan(1);
    for (const passage of passages) {
      expect(passage.pageContent.length).toBeLessThanOrEqual(300);
      // Every part is made of whole sentences of the paragraph.
      const parts = splitSentences(passage.pageContent).map((s) => s.text);
      expect(parts.every((s) => sentences.includes(s))).toBe(true);
    }
    expect(passages.map((p) => p.pageContent).join(' ')).toBe(LONG);
    expect(passages.map((p) => p.metadata.locator)).toEqual(passages.map((_, i) => `Origins › ¶1 (part ${i + 1})`));
  });

  it('cuts a sentence longer than maxChars at whitespace, and a word longer than that anywhere', () => {
    const words = 'distillation '.repeat(40).trim();
    const passages = splitDocument(documentOf([{ text: words, headingPath: [] }, { text: 'x'.repeat(250), headingPath: [] }]), { maxChars: 100 });
    const wordParts = passages.filter((p) => p.metadata.paragraph === 1).map((p) => p.pageContent);
    expect(wordParts.every((t) => t.length <= 100 && /^(distillation ?)+$/.test(t) && !t.endsWith(' '))).toBe(true);
    expect(wordParts.join(' ')).toBe(words);
    expect(passages.filter((p) => p.metadata.paragraph === 2).map((p) => p.pageContent.length)).toEqual([100, 100, 50]);
  });

  it('refuses a maxChars below 20', () => {
    expect(() => splitDocument(documentOf([{ text: 'Text.', headingPath: [] }]), { maxChars: 5 })).toThrow(RangeError);
  });
});
