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
    "Show me the sources of DeepSeek's training data",
    'List the topics covered at the hearing',
    'Which articles are there in the GDPR on consent?',
    'What documents were there at the hearing?',
    'What documents do you have on distillation?',
  ])('is false for a question about the contents: "%s"', (question) => {
    expect(asksWhatIsKnown(question)).toBe(false);
  });
});

describe('describeCatalog', () => {
  const doc = (i: number) => ({ source: `doc-${i}.md`, title: `Document ${i}` });

  it('counts the documents and lists them all when there are few', () => {
    expect(describeCatalog([doc(1), doc(2)])).toEqual({
      answer: 'I answer from the 2 documents in the knowledge base; ask about anything in them, or ask for a summary of one.',
      documents: [doc(1), doc(2)],
    });
  });

  it('lists ten and says where to find the rest', () => {
    const reply = describeCatalog(Array.from({ length: 25 }, (_, i) => doc(i)));
    expect(reply.answer).toMatch(/^I answer from the 25 documents .* The first 10 are below; the sources command lists them all\.$/);
    expect(reply.documents).toEqual(Array.from({ length: 10 }, (_, i) => doc(i)));
  });

  it('says "one document" for one', () => {
    expect(describeCatalog([doc(1)]).answer).toMatch(/^I answer from the one document in/);
  });
});
