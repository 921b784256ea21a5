import { describe, expect, it } from 'vitest';
import { findDocumentReference, type ReferableDocument } from '../../../src/core/answer/document-reference.js';
import { analyze } from '../../../src/core/text/index.js';

const ARTICLE = { source: 'xai-openai-distillation-hearing.txt', title: 'xAI used OpenAI models, Musk confirms in court', kind: 'commissioned article' };
const TECHNIQUE = { source: 'distillation-technique.md', title: 'Model distillation: how the technique works', kind: 'brief' };
const VERDICT = { source: 'musk-v-altman-hearing-and-verdict.md', title: 'Musk v. Altman: the hearing and the verdict', kind: 'brief' };
const ANNUAL = { source: 'reports/annual-2025.pdf', title: 'Annual report 2025' };
const DOCUMENTS: ReferableDocument[] = [ARTICLE, TECHNIQUE, VERDICT, ANNUAL];

const refer = (question: string, documents = DOCUMENTS) => findDocumentReference(question, documents, analyze);

describe('findDocumentReference', () => {
  it.each([
    ['What does the article expect the court fight to lead to?', 'the article expect'],
    ['who does the piece think should set standards?', 'the piece think'],
    ['According to the Musk article, what gets passed on?', 'the Musk article'],
    ['Does that xAI article get into ethics at all?', 'that xAI article get into'],
    ['what does the commissioned article say about rules?', 'the commissioned article say'],
    ['where did the hearing in the article take place?', 'the article'],
  ])('reads "%s" against the article, without "%s"', (question, phrase) => {
    expect(refer(question)).toEqual({ phrase, sources: [ARTICLE.source] });
  });

  it('finds every document of the kind, by its kind or its title', () => {
    expect(refer('what do the briefs say about soft targets?')?.sources).toEqual([TECHNIQUE.source, VERDICT.source]);
    expect(refer('what does the summary on the verdict say?')?.sources).toEqual([TECHNIQUE.source, VERDICT.source]);
    expect(refer('what did the report say about revenue?')?.sources).toEqual([ANNUAL.source]);
  });

  it('narrows by the describing words: the verdict brief is one of two briefs', () => {
    expect(refer('what does the verdict brief say about the jury?')?.sources).toEqual([VERDICT.source]);
  });

  it.each([
    // A report the documents mention is not the team's report.
    'What did the Copyright Office report find?',
    // A noun that fits any document names none.
    'what does the document say about Grok?',
    'what does the paper say about temperature?',
    'How did Musk describe distillation?',
  ])('finds no reference in "%s"', (question) => {
    expect(refer(question)).toBeUndefined();
  });

  it('finds none when the kind fits every document: reading against them all is no narrower', () => {
    expect(refer('what does the brief say about the jury?', [TECHNIQUE, VERDICT])).toBeUndefined();
  });
});
