import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/core/knowledge/index.js';
import { readMarkdown } from '../../../src/core/knowledge/read-markdown.js';
import { fixture, LOAD } from './fixture-file.js';

const context = { source: 'test.md' };

describe('readMarkdown', () => {
  it('reads title, date and urls from front matter, normalising the YAML date', async () => {
    const doc = await loadDocument(await fixture('sample.md'), LOAD);
    expect(doc.meta).toEqual({
      source: 'sample.md',
      title: 'Distillation brief',
      date: '2026-05-01',
      urls: ['https://example.org/hearing', 'https://example.org/distillation'],
    });
  });

  it('builds heading paths from two levels of headings, leaving out the single # title', async () => {
    const doc = await loadDocument(await fixture('sample.md'), LOAD);
    expect(doc.blocks.map((b) => b.headingPath.join(' › '))).toEqual([
      '',
      'The hearing',
      'The hearing',
      'The hearing › Cross-examination',
      'The hearing › Cross-examination',
      'The hearing › Cross-examination',
      'Why it matters',
      'Why it matters',
    ]);
  });

  it('makes each list item a block without its bullet, and strips inline syntax', async () => {
    const doc = await loadDocument(await fixture('sample.md'), LOAD);
    const texts = doc.blocks.map((b) => b.text);
    expect(texts).toContain('Distillation means using one model to train another.');
    expect(texts).toContain('Generally all the AI companies do it, he said.');
    expect(texts[0]).toBe('This brief is a summary written for the test corpus, with a linked source and a chart that is dropped.');
  });

  it('keeps fenced code as one verbatim block', () => {
    const { blocks } = readMarkdown('Intro.\n\n```ts\nconst a = 1;\n\nconst b = **2**;\n```\n', context);
    expect(blocks.map((b) => b.text)).toEqual(['Intro.', 'const a = 1;\n\nconst b = **2**;']);
  });

  it('keeps every # heading in the path when there are several', () => {
    const { blocks, title } = readMarkdown('# Part one\n\nA.\n\n## Detail\n\nB.\n\n# Part two\n\nC.', context);
    expect(blocks.map((b) => b.headingPath)).toEqual([['Part one'], ['Part one', 'Detail'], ['Part two']]);
    expect(title).toBe('Part one');
  });

  it('reads ordered items, setext headings, quotes, tables and escapes', () => {
    const markdown = 'Title\n=====\n\nSection\n-------\n\n1. First step\n2) Second step\n   continued\n\n> Quoted *text*\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\n1\\. not a list \\*star\\*';
    const { blocks } = readMarkdown(markdown, context);
    expect(blocks.map((b) => b.text)).toEqual(['First step', 'Second step continued', 'Quoted text', 'a | b', '1 | 2', '1. not a list *star*']);
    expect(blocks[0]!.headingPath).toEqual(['Section']);
  });

  it('refuses JavaScript front matter instead of evaluating it', () => {
    expect(() => readMarkdown('---js\n{ title: globalThis.pwned = "yes" }\n---\nBody', context)).toThrow(
      expect.objectContaining({ reason: 'corrupt' }),
    );
    expect((globalThis as { pwned?: string }).pwned).toBeUndefined();
  });

  it('reports broken front matter YAML as corrupt, naming the fix', () => {
    expect(() => readMarkdown('---\ntitle: [unclosed\n---\nBody', context)).toThrow(
      expect.objectContaining({ reason: 'corrupt', detail: expect.stringContaining('front matter') }),
    );
  });
});
