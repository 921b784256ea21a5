import { describe, expect, it } from 'vitest';
import { findDocumentReference, type ReferableDocument } from '../../../src/core/answer/document-reference.js';
import { analyze } from '../../../src/core/text/index.js';

const ARTICLE = { source: 'xai-openai-distillation-hearing.txt', title: 'xAI used OpenAI models, Musk confirms in court', kind: 'commissioned article' };
const TECHNIQUE = { source: 'distillation-technique.md', title: 'Model distillation: how the technique works', kind: 'brief' };
const VERDICT = { source: 'musk-v-altman-hearing-and-verdict.md', title: 'Musk v. Altman: the hearing and the verdict', kind: 'brief' };
const ANNUAL = { source: 'reports/annual-2025.pdf', title: 'Annual report 2025' };
const DOCUMENTS: ReferableDocument[] = [ARTICLE, TECHNIQUE, VERDICT, ANNUAL];

const refer = (question: string, documents = DOCUMENTS, options = {}) => findDocumentReference(question, () => documents, analyze, options);

describe('findDocumentReference', () => {
  it.each([
    ['What does the article expect the court fight to lead to?', 'What does   the court fight to lead to?', ''],
    ['who does the piece think should set standards?', 'who does   should set standards?', ''],
    ['According to the Musk article, what gets passed on?', ' , what gets passed on?', 'Musk'],
    ['Does that xAI article get into ethics at all?', 'Does   ethics at all?', 'xAI'],
    ['is there an ethics angle the xai article brings up', 'is there an ethics angle  ', 'xai'],
    ['the commissioned article argued what, exactly?', '  what, exactly?', ''],
    ['In the article, who is said to need to collaborate?', ' , who is said to need to collaborate?', ''],
    ["what's the article's take on IP?", "what's   take on IP?", ''],
    ['does the commissioned piece treat distillation as legitimate?', 'does   distillation as legitimate?', ''],
    ['how does the article describe the hearing?', 'how does   the hearing?', ''],
    // "news" says what sort of writing it is, not which: no title need say it.
    ['How does the news piece explain what model distillation is?', 'How does   what model distillation is?', ''],
    ['According to the original article, what did Musk confirm?', ' , what did Musk confirm?', ''],
    ['What legal problem does the article see with distillation?', 'What legal problem does   with distillation?', ''],
    ['whats the legal issue the article points to', 'whats the legal issue  ', ''],
  ])('reads "%s" against the article, as "%s", described by "%s"', (question, rest, describing) => {
    expect(refer(question)).toEqual({ sources: [ARTICLE.source], rest, describing });
  });

  it('keeps the words describing the document: read against every document they may be the subject', () => {
    expect(refer('what does the xAI article think will come of the legal fight?')?.describing).toBe('xAI');
    expect(refer('whats the legal issue per the court article')?.describing).toBe('court');
    // Chat drops the apostrophe of the question word that follows.
    expect(refer('per the commissioned article whats the legal problem')?.sources).toEqual([ARTICLE.source]);
    expect(refer('what does the article expect?')?.describing).toBe('');
    // Its kind says it is commissioned: that is what it is, not what it is about.
    expect(refer('what does the commissioned xAI article expect?')?.describing).toBe('xAI');
    // A genre word no title says ("original", "news") describes no document, and is no subject.
    expect(refer('per the original piece, what did the jury decide?')?.describing).toBe('');
  });

  it('finds every document of the kind its metadata gives, or, with none given, its title names', () => {
    expect(refer('what do the briefs say about soft targets?')?.sources).toEqual([TECHNIQUE.source, VERDICT.source]);
    expect(refer('what did the summaries say about the verdict?')?.sources).toEqual([TECHNIQUE.source, VERDICT.source]);
    expect(refer('what did the report say about revenue?')?.sources).toEqual([ANNUAL.source]);
    // A kind given overrides the title's words.
    const history = { source: 'history.md', title: 'A brief history of model theft', kind: 'article' };
    expect(refer('what do the briefs say about theft?', [history, TECHNIQUE, ARTICLE])?.sources).toEqual([TECHNIQUE.source]);
  });

  it('reads a genre word ("press", "news") as describing a document only when a title says it', () => {
    const press = { source: 'press.md', title: 'Press coverage of the verdict', kind: 'brief' };
    expect(refer('According to the press brief, what did Musk say?', [press, TECHNIQUE, VERDICT])?.sources).toEqual([press.source]);
    expect(refer('According to the news brief, what did Musk say?', [press, TECHNIQUE, VERDICT])).toBeUndefined();
  });

  it('narrows by the describing words, which may hold dots: the verdict brief is one of two briefs', () => {
    expect(refer('what does the verdict brief say about the jury?')?.sources).toEqual([VERDICT.source]);
    expect(refer('what does the Musk v. Altman brief say about the jury?')?.sources).toEqual([VERDICT.source]);
  });

  it.each([
    // A report the documents mention is not the team's report.
    'What did the Copyright Office report find?',
    // A noun that fits any document names none.
    'what does the document say about Grok?',
    'How did Musk describe distillation?',
    // A document noun nothing cites is another word: a judgment, a hearing, a piece of evidence.
    'What was the summary judgment?',
    'Was the brief hearing public?',
    'What was the piece of evidence Musk admitted?',
    'What is the story with Grok?',
    // "in"/"from the X" cites the document only where its clause ends.
    'What was decided in the summary judgment?',
    'What did Musk say in the brief hearing?',
    'What was in the piece of evidence Musk admitted?',
  ])('finds no reference in "%s"', (question) => {
    expect(refer(question)).toBeUndefined();
  });

  it('finds none when the kind fits every document: reading against them all is no narrower', () => {
    expect(refer('what does the brief say about the jury?', [TECHNIQUE, VERDICT])).toBeUndefined();
  });

  it('lists the documents only for a question that cites one', () => {
    let listed = 0;
    const documents = () => {
      listed += 1;
      return DOCUMENTS;
    };
    findDocumentReference('Who presided over the trial?', documents, analyze);
    expect(listed).toBe(0);
    findDocumentReference('What does the article say about the trial?', documents, analyze);
    expect(listed).toBe(1);
  });

  it('reads a document named first, before a comma or dash, as the topic of the question', () => {
    expect(refer('the xai hearing article, who does it want to get together?')).toEqual({ sources: [ARTICLE.source], rest: ' , who does it want to get together?', describing: 'xai hearing' });
    expect(refer('the Musk article - what does it expect?')?.sources).toEqual([ARTICLE.source]);
    // Not in the middle of a question, nor without a mark after it.
    expect(refer('so who wrote the article, and when?')).toBeUndefined();
    expect(refer('the article was about what?')).toBeUndefined();
  });

  it('takes a bare reference only when asked to: "/summary the article"', () => {
    expect(refer('the Musk article')).toBeUndefined();
    expect(refer('the Musk article', DOCUMENTS, { bare: true })).toEqual({ sources: [ARTICLE.source], rest: ' ', describing: 'Musk' });
  });
});
