import { describe, expect, it } from 'vitest';
import { mentionsPhrase } from '../../../src/core/retrieval/mentions-phrase.js';
import { createDummyPassage as passage } from '../../helpers/passages.js';
import { LexicalIndex } from '../../../src/core/index/lexical-index.js';

function snapshotOf(texts: string[]) {
  const lexical = new LexicalIndex();
  const passages = new Map(texts.map((text, i) => [`p${i}`, passage(`p${i}`, text)]));
  for (const [id, p] of passages) lexical.add(id, p.pageContent);
  return { lexical, passages };
}

describe('mentionsPhrase', () => {
  const snapshot = snapshotOf(['Stanford Alpaca fine-tuned Meta’s LLaMA 7B model.', 'DeepSeek-R1 taught the R1-Distill models.', 'Part 2 of the report covers output.']);

  it('finds a phrase whatever its case, spacing or hyphens', () => {
    expect(mentionsPhrase(snapshot, 'LLaMA 7B')).toBe(true);
    expect(mentionsPhrase(snapshot, 'llama-7b')).toBe(true);
    expect(mentionsPhrase(snapshot, 'DeepSeek R1')).toBe(true);
  });

  it('needs the words together, in order, and whole', () => {
    expect(mentionsPhrase(snapshot, 'Llama 3')).toBe(false);
    expect(mentionsPhrase(snapshot, 'Part 3')).toBe(false);
    expect(mentionsPhrase(snapshot, '7B LLaMA')).toBe(false);
    expect(mentionsPhrase(snapshot, 'Part 2')).toBe(true);
    expect(mentionsPhrase(snapshot, 'art 2')).toBe(false);
    expect(mentionsPhrase(snapshot, '  ')).toBe(false);
  });
});
