import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { readKnowledgeText, splitSentences } from './knowledge-text.js';

const ROOT = join(import.meta.dirname, '../..');
const COMMISSIONED = 'knowledge/xai-openai-distillation-hearing.txt';
// sha256 of the commissioned text as delivered: the text must stay byte-for-byte unchanged.
const COMMISSIONED_SHA256 = 'aa28509460e700fcad58a7d47f078ce2caa069529a790222df918d814242b28d';

const markdownIn = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).filter((f) => f.endsWith('.md')).map((f) => `${dir}/${f}`);
const briefs = markdownIn('knowledge');
const fixtures = markdownIn('tests/fixtures/knowledge');

describe('knowledge briefs', () => {
  it('number between 4 and 6', () => {
    expect(briefs.length).toBeGreaterThanOrEqual(4);
    expect(briefs.length).toBeLessThanOrEqual(6);
  });

  it.each([...briefs, ...fixtures])('%s has a title, a date and a Sources list equal to its urls', (file) => {
    const text = readKnowledgeText(join(ROOT, file));
    expect(typeof text.data.title).toBe('string');
    expect(text.data.date).toBeDefined();
    const urls = text.data.urls as string[];
    expect(urls.length).toBeGreaterThan(0);
    const sources = text.body.split(/^## Sources$/m);
    expect(sources).toHaveLength(2);
    const listed = (sources[1] ?? '').split('\n').filter((l) => l.startsWith('- ')).map((l) => l.slice(2).trim());
    expect(listed).toEqual(urls);
    expect(text.paragraphs[0]).toMatch(/^Summary written for the policybot (knowledge base|test corpus) on 30 November 2026/);
  });

  it.each(briefs)('%s keeps paragraphs of 2 to 4 sentences under frequent headings', (file) => {
    const text = readKnowledgeText(join(ROOT, file));
    const words = text.body.split(/\s+/).filter((w) => w !== '').length;
    expect(words).toBeGreaterThanOrEqual(300);
    expect(words).toBeLessThanOrEqual(750);
    for (const paragraph of text.paragraphs) {
      expect(splitSentences(paragraph).length, paragraph).toBeGreaterThanOrEqual(2);
      expect(splitSentences(paragraph).length, paragraph).toBeLessThanOrEqual(4);
      expect(paragraph, 'paragraphs name their subject').not.toMatch(/^(He|She|It|This|They|These)\b/);
    }
    const runs = text.body.split(/^##? .*$/m).map((section) => section.split(/\n[ \t]*\n/).filter((b) => b.trim() !== '' && !b.trim().startsWith('- ')).length);
    expect(Math.max(...runs)).toBeLessThanOrEqual(3);
  });

  it.each(fixtures)('%s has at least two second-level headings', (file) => {
    expect(readKnowledgeText(join(ROOT, file)).headings.filter((h) => h.startsWith('## ')).length).toBeGreaterThanOrEqual(2);
  });
});

describe('commissioned text', () => {
  it('is unchanged', () => {
    const hash = createHash('sha256').update(readFileSync(join(ROOT, COMMISSIONED))).digest('hex');
    expect(hash).toBe(COMMISSIONED_SHA256);
  });

  it('has a sidecar with its title, a date and the coverage URLs', () => {
    const sidecar = matter(`---\n${readFileSync(join(ROOT, `${COMMISSIONED}.meta.yaml`), 'utf8')}\n---\n`).data as Record<string, unknown>;
    expect(sidecar.title).toBe('xAI used OpenAI models, Musk confirms in court');
    expect(sidecar.date).toBeDefined();
    expect((sidecar.urls as string[]).every((u) => u.startsWith('https://'))).toBe(true);
  });
});
