import { describe, expect, it } from 'vitest';
import { mentionsPhrase } from '../../../src/core/retrieval/mentions-phrase.js';
import { createWordSnapshot as snapshotOf } from '../../helpers/passages.js';
import { analyze } from '../../../src/core/text/analyze.js';

describe('mentionsPhrase', () => {
  const snapshot = snapshotOf(['Stanford Alpaca fine-tuned Meta’s LLaMA 7B model.', 'DeepSeek-R1 taught the R1-Distill models.', 'Part 2 of the report covers output.']);

  it('finds a phrase whatever its case, spacing or hyphens', () => {
    expect(mentionsPhrase(snapshot, analyze, 'LLaMA 7B')).toBe(true);
    expect(mentionsPhrase(snapshot, analyze, 'llama-7b')).toBe(true);
    expect(mentionsPhrase(snapshot, analyze, 'DeepSeek R1')).toBe(true);
  });

  it('needs the words together, in order, and whole', () => {
    expect(mentionsPhrase(snapshot, analyze, 'Llama 3')).toBe(false);
    expect(mentionsPhrase(snapshot, analyze, 'Part 3')).toBe(false);
    expect(mentionsPhrase(snapshot, analyze, '7B LLaMA')).toBe(false);
    expect(mentionsPhrase(snapshot, analyze, 'Part 2')).toBe(true);
    expect(mentionsPhrase(snapshot, analyze, 'art 2')).toBe(false);
    expect(mentionsPhrase(snapshot, analyze, '  ')).toBe(false);
  });

  it('finds the phrase however many passages hold its words apart', () => {
    const apart = Array.from({ length: 300 }, (_, i) => `Part ${(i % 7) + 3} of chapter 2 covers item ${i + 10}, part by part.`);
    const many = snapshotOf([...apart, 'Only this one quotes Part 2 of the report.']);
    expect(mentionsPhrase(many, analyze, 'Part 2')).toBe(true);
    expect(mentionsPhrase(snapshotOf(apart), analyze, 'Part 2')).toBe(false);
  });
});
