import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/core/knowledge/index.js';
import { pdfParagraphs } from '../../../src/core/knowledge/pdf-paragraphs.js';
import { fixture, LOAD } from './fixture-file.js';

describe('readPdf', () => {
  it('joins visual lines into paragraphs and records each page', async () => {
    const doc = await loadDocument(await fixture('sample.pdf'), LOAD);
    expect(doc.blocks.map((b) => [b.page, b.text])).toEqual([
      [1, 'On the third day of the trial, counsel for OpenAI asked Musk to define model distillation for the jury.'],
      [1, 'Musk said it means using one AI model to train another, and that all the AI companies do it to some degree.'],
      [2, 'Asked whether xAI had distilled OpenAI models, he answered that it had done so partly.'],
      [2, 'The judge later adopted the advisory verdict.'],
    ]);
  });

  it('turns a short stand-alone line into the heading of what follows', async () => {
    const doc = await loadDocument(await fixture('sample.pdf'), LOAD);
    expect(doc.blocks.every((b) => b.headingPath.join() === 'Hearing summary')).toBe(true);
  });

  it('takes metadata from the sidecar over the PDF info title', async () => {
    const doc = await loadDocument(await fixture('sample.pdf'), LOAD);
    expect(doc.meta).toEqual({
      source: 'sample.pdf',
      title: 'Notes from the hearing',
      date: '2026-04-30',
      urls: ['https://example.org/hearing-notes'],
    });
  });
});

describe('pdfParagraphs', () => {
  it('rejoins a word hyphenated across lines and drops page numbers', () => {
    const page = 'The advisory jury found the claims time-barred after a short delib-\neration in the afternoon session today.\n- 3 -';
    expect(pdfParagraphs(page)).toEqual([
      { kind: 'paragraph', text: 'The advisory jury found the claims time-barred after a short deliberation in the afternoon session today.' },
    ]);
  });

  it('starts a new paragraph at a bullet and at a blank line', () => {
    const page = 'Points raised by counsel in the hearing were these:\n• first point\n• second point\n\nAfter the break the court resumed.';
    expect(pdfParagraphs(page).map((u) => u.text)).toEqual([
      'Points raised by counsel in the hearing were these:',
      '• first point',
      '• second point',
      'After the break the court resumed.',
    ]);
  });
});
