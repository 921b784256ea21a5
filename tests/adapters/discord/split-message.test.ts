import { describe, expect, it } from 'vitest';
import { splitMessage } from '../../../src/adapters/discord/split-message.js';

const sentences = (n: number, length = 90) =>
  Array.from({ length: n }, (_, k) => `${`Sentence ${k} `.padEnd(length - 6, 'x')} [${(k % 9) + 1}].`);

describe('splitMessage', () => {
  it('returns short text as one chunk', () => {
    expect(splitMessage('One sentence. [1]')).toEqual(['One sentence. [1]']);
  });

  it('cuts between sentences, keeping each sentence’s markers with it', () => {
    const parts = sentences(60);
    const chunks = splitMessage(parts.join(' '), 2000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(2000);
      expect(chunk).toMatch(/\[\d\]\.$/);
    }
    expect(chunks.join(' ')).toBe(parts.join(' '));
  });

  it('keeps markers that follow the full stop with their sentence', () => {
    const text = `${'a'.repeat(40)}. [1][2] ${'b'.repeat(40)}.`;
    expect(splitMessage(text, 60)).toEqual([`${'a'.repeat(40)}. [1][2]`, `${'b'.repeat(40)}.`]);
  });

  it('falls back to a space when a sentence is longer than a message, never inside a marker', () => {
    const text = Array.from({ length: 40 }, (_, k) => `word [${k}, ${k + 1}]`).join(' ');
    const chunks = splitMessage(text, 50);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(50);
      expect(chunk).not.toMatch(/\[[^\]]*$/);
      expect(chunk).not.toMatch(/^[^[]*\]/);
    }
    expect(chunks.join(' ')).toBe(text);
  });

  it('does not cut inside a code block that fits in a message', () => {
    const code = '```\nline one.\nline two.\n```';
    const text = `${'Intro sentence. '.repeat(5)}${code} Outro.`;
    const chunks = splitMessage(text, 100);
    expect(chunks.some((c) => c.includes(code))).toBe(true);
    for (const c of chunks) expect((c.match(/```/g) ?? []).length % 2).toBe(0);
  });

  it('closes and reopens a code block that is longer than a message', () => {
    const lines = Array.from({ length: 30 }, (_, k) => `const value${k} = ${k};`);
    const chunks = splitMessage(`\`\`\`ts\n${lines.join('\n')}\n\`\`\``, 200);
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) {
      expect(c.length).toBeLessThanOrEqual(200);
      expect(c.startsWith('```ts\n')).toBe(true);
      expect(c.endsWith('```')).toBe(true);
    }
    const body = chunks.map((c) => c.slice('```ts\n'.length, -'```'.length).trim()).join('\n');
    expect(body).toBe(lines.join('\n'));
  });
});
