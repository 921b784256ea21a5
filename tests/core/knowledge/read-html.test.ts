import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/core/knowledge/index.js';
import { readHtml } from '../../../src/core/knowledge/read-html.js';
import { fixture, LOAD } from './fixture-file.js';

const context = { source: 'page.html' };

describe('readHtml', () => {
  it('reads paragraphs and list items under h2 headings, dropping script, style and nav', async () => {
    const doc = await loadDocument(await fixture('sample.html'), LOAD);
    expect(doc.blocks).toEqual([
      { text: 'Distillation copies behaviour, not weights.', headingPath: [] },
      { text: 'Whether terms of service bind a competitor is unsettled.', headingPath: ['Open questions'] },
      { text: 'Copyright in model outputs', headingPath: ['Open questions'] },
      { text: 'Trade secrets', headingPath: ['Open questions'] },
    ]);
  });

  it('takes the title from <title>, decoding entities', async () => {
    const doc = await loadDocument(await fixture('sample.html'), LOAD);
    expect(doc.meta.title).toBe('Distillation & the courts');
  });

  it('falls back to the first <h1> when there is no <title>', () => {
    expect(readHtml('<h1>Main *point*</h1><p>Body.</p>', context).title).toBe('Main *point*');
  });

  it('keeps text that only looks like Markdown or HTML', () => {
    const { blocks } = readHtml('<p>Use &lt;b&gt; and 2 * 3 and snake_case_name. 1. Not a list.</p>', context);
    expect(blocks.map((b) => b.text)).toEqual(['Use <b> and 2 * 3 and snake_case_name. 1. Not a list.']);
  });

  it('drops links to their text and images entirely', () => {
    const { blocks } = readHtml('<p>See <a href="https://x.test">the ruling</a><img src="a.png" alt="chart">.</p>', context);
    expect(blocks.map((b) => b.text)).toEqual(['See the ruling.']);
  });
});
