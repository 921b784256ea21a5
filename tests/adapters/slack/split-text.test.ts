import { describe, expect, it } from 'vitest';
import { splitText } from '../../../src/adapters/slack/split-text.js';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

describe('splitText', () => {
  it('returns short text as one chunk', () => {
    expect(splitText('  One sentence.  ', 100)).toEqual(['One sentence.']);
  });

  it('keeps every chunk within the limit and loses no words', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} talks about distillation [${(i % 7) + 1}].`).join(' ');
    const chunks = splitText(text, 3000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(3000);
    expect(words(chunks.join(' '))).toEqual(words(text));
  });

  it('prefers a paragraph break, then a sentence end, over a word boundary', () => {
    const para = `${'a '.repeat(30).trim()}\n\n${'b '.repeat(30).trim()}`;
    expect(splitText(para, 100)[0]).toBe('a '.repeat(30).trim());
    const sentences = `${'x '.repeat(30)}end. ${'y '.repeat(30)}`;
    expect(splitText(sentences, 80)[0]!.endsWith('end.')).toBe(true);
  });

  it('cuts text without spaces but never inside an HTML entity', () => {
    const text = `${'z'.repeat(97)}&amp;${'z'.repeat(50)}`;
    const [first, second] = splitText(text, 100);
    expect(first).toBe('z'.repeat(97));
    expect(second!.startsWith('&amp;')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const text = `${'z'.repeat(99)}😀${'z'.repeat(20)}`;
    const [first] = splitText(text, 100);
    expect(first).toBe('z'.repeat(99));
  });
});
