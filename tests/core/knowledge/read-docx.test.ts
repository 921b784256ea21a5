import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/core/knowledge/index.js';
import { fixture, LOAD } from './fixture-file.js';

describe('readDocx', () => {
  it('keeps Word headings as heading paths and paragraphs as blocks', async () => {
    const doc = await loadDocument(await fixture('sample.docx'), LOAD);
    expect(doc.blocks).toEqual([
      { text: 'Distillation raises questions of contract and copyright.', headingPath: [] },
      { text: 'Many providers forbid using outputs to build competing models.', headingPath: ['Terms of service'] },
      { text: 'Enforcement depends on proving the outputs were used.', headingPath: ['Terms of service'] },
    ]);
  });

  it('takes the title from the first heading', async () => {
    const doc = await loadDocument(await fixture('sample.docx'), LOAD);
    expect(doc.meta.title).toBe('Policy memo');
  });
});
