import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/core/knowledge/index.js';
import { readText } from '../../../src/core/knowledge/read-text.js';
import { COMMISSIONED_TXT, fixture, knowledgeFile, LOAD } from './fixture-file.js';

describe('readText', () => {
  it('reads the commissioned article as three headings over three paragraphs', async () => {
    const doc = await loadDocument(await knowledgeFile(COMMISSIONED_TXT), LOAD);
    expect(doc.blocks.map((b) => b.headingPath)).toEqual([["What's Happening?"], ["Why It's Important?"], ["What's Next?"]]);
    expect(doc.blocks[0]!.text).toMatch(/^In a recent federal court hearing in California/);
    expect(doc.blocks[2]!.text).toMatch(/balance innovation with intellectual property protection\.$/);
  });

  it('joins the line hard-wrapped mid-sentence in the commissioned article', async () => {
    const doc = await loadDocument(await knowledgeFile(COMMISSIONED_TXT), LOAD);
    expect(doc.blocks[0]!.text).toContain('to train a smaller one, effectively transferring knowledge.');
    expect(doc.blocks.every((b) => !b.text.includes('\n'))).toBe(true);
  });

  it('separates paragraphs at blank lines and joins wrapped lines within them', async () => {
    const doc = await loadDocument(await fixture('sample.txt'), LOAD);
    expect(doc.blocks).toEqual([
      {
        text: 'Model distillation trains a smaller student model on the outputs of a larger teacher model, so the student learns to imitate the teacher.',
        headingPath: ['Background'],
      },
      { text: 'It is common inside one company and contested between competitors.', headingPath: ['Background'] },
    ]);
  });

  it('keeps a short line that ends in a full stop as a paragraph, not a heading', () => {
    const { blocks } = readText('Short and done.\nA much longer line follows here with many more words than the first one.');
    expect(blocks.map((b) => b.headingPath)).toEqual([[], []]);
    expect(blocks).toHaveLength(2);
  });

  it('does not join a line that ends a sentence to a lower-case line', () => {
    const { blocks } = readText('The first paragraph ends here, fully stopped.\nlower-case start of another paragraph that is long.');
    expect(blocks).toHaveLength(2);
  });

  it('reads a short line typed directly above its paragraph as a heading', () => {
    const { blocks } = readText('Background\nModel distillation trains a student model on a teacher.\n\nAnother paragraph follows it here.');
    expect(blocks).toEqual([
      { text: 'Model distillation trains a student model on a teacher.', headingPath: ['Background'] },
      { text: 'Another paragraph follows it here.', headingPath: ['Background'] },
    ]);
  });

  it('does not take the first line of a hard-wrapped paragraph for a heading', () => {
    const { blocks } = readText('In a recent federal\ncourt hearing, Musk testified about distillation.\n\nMore text.');
    expect(blocks.map((b) => b.text)).toEqual(['In a recent federal court hearing, Musk testified about distillation.', 'More text.']);
  });

  it('replaces the current heading when a new one appears', () => {
    const { blocks } = readText('One\n\nFirst paragraph under one, with enough words.\n\nTwo\n\nSecond paragraph under two, with enough words.');
    expect(blocks.map((b) => b.headingPath)).toEqual([['One'], ['Two']]);
  });
});
