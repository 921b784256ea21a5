import { describe, expect, it } from 'vitest';
import { asksWhatIsKnown, describeCatalog } from '../../../src/core/answer/catalog-question.js';

describe('asksWhatIsKnown', () => {
  it.each([
    'What documents do you have?',
    'which sources do you use',
    'What files are in the knowledge base?',
    'what do you know?',
    'What can you answer?',
    'what can I ask you about?',
    "What's in your knowledge base?",
    'list the documents',
    'show me all your sources',
  ])('is true for "%s"', (question) => {
    expect(asksWhatIsKnown(question)).toBe(true);
  });

  it.each([
    'What do you know about distillation?',
    'What documents did OpenAI give the House committee?',
    'Which sources did the brief cite on the verdict?',
    'What can I ask a witness at trial?',
    'What is in the OpenAI terms of use?',
  ])('is false for a question about the contents: "%s"', (question) => {
    expect(asksWhatIsKnown(question)).toBe(false);
  });
});

describe('describeCatalog', () => {
  const doc = (i: number) => ({ source: `doc-${i}.md`, title: `Document ${i}` });

  it('names every document by title and file', () => {
    const reply = describeCatalog([doc(1), doc(2)]);
    expect(reply).toMatch(/^I answer from the 2 documents/);
    expect(reply.split('\n').slice(1)).toEqual(['• Document 1 (doc-1.md)', '• Document 2 (doc-2.md)']);
  });

  it('lists ten and counts the rest, pointing to the full list', () => {
    const reply = describeCatalog(Array.from({ length: 25 }, (_, i) => doc(i)));
    expect(reply).toMatch(/^I answer from the 25 documents/);
    expect(reply.split('\n').filter((line) => line.startsWith('•'))).toHaveLength(10);
    expect(reply).toContain('…and 15 more: the sources command lists them all.');
  });

  it('says "one document" for one', () => {
    expect(describeCatalog([doc(1)])).toMatch(/^I answer from the one document in/);
  });
});
