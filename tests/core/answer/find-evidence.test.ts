import { describe, expect, it } from 'vitest';
import type { AskDeps } from '../../../src/core/answer/ask-question.js';
import { threadDocumentScope, withDescribingWords } from '../../../src/core/answer/find-evidence.js';
import { analyze } from '../../../src/core/text/analyze.js';

const scope = (subject: string, describing: string) => ({ sources: ['a.md'], read: subject, expects: undefined, subject, describing, titles: [] });

describe('withDescribingWords', () => {
  it('adds the words describing the document that the subject does not say', () => {
    expect(withDescribingWords(scope('what will come of the legal fight', 'xAI'), analyze)).toBe('what will come of the legal fight xAI');
    expect(withDescribingWords(scope('what does it expect', ''), analyze)).toBe('what does it expect');
  });

  it('adds a word the subject already says only once, whatever its case, punctuation or possessive', () => {
    expect(withDescribingWords(scope('what does it say about xai models', 'xAI court'), analyze)).toBe('what does it say about xai models court');
    expect(withDescribingWords(scope("what does it say about xAI's models?", 'xAI'), analyze)).toBe("what does it say about xAI's models?");
    expect(withDescribingWords(scope('what does it say about xAI?', 'xAI'), analyze)).toBe('what does it say about xAI?');
  });
});

describe('threadDocumentScope', () => {
  const documents = [
    { source: 'article.txt', title: 'xAI used OpenAI models, Musk confirms in court', kind: 'commissioned article' },
    { source: 'brief.md', title: 'Musk v. Altman: the hearing and the verdict', kind: 'brief' },
  ];
  const deps = { listDocuments: () => documents, scoring: { analyze } } as unknown as AskDeps;
  const asked = (read: string, context: string) => threadDocumentScope({ read, expects: undefined, subject: read, context }, deps);

  it('reads a follow-up citing "it" against the document the question before named, and drops the reference from the thread\'s words', () => {
    const found = asked('ok so what happens next according to it?', 'why the case important? the commissioned article');
    expect(found?.scope.sources).toEqual(['article.txt']);
    expect(found?.context).toBe('why the case important?');
    expect(asked('what does it say happens next', 'the commissioned article')?.context).toBe('the commissioned article');
  });

  it('takes none for a follow-up that does not cite the document, or a thread that names none', () => {
    expect(asked('how come tho, whats so ambiguous', 'the commissioned article')).toBeUndefined();
    expect(asked('what does it say happens next', 'the verdict')).toBeUndefined();
    expect(asked('is it legal?', 'the commissioned article')).toBeUndefined();
    expect(asked('what happened according to that ruling?', 'the commissioned article')).toBeUndefined();
    expect(asked('so what happens next per that?', 'the commissioned article')?.scope.sources).toEqual(['article.txt']);
  });
});
