import { describe, expect, it } from 'vitest';
import type { AskResult, Citation, SummaryResult } from '../../../src/core/ports.js';
import { createDummyCitation } from '../../fakes/slack-core-results.js';
import { expectQuoteOf, squash } from '../../helpers/fixture-bot.js';
import { markersIn, type RenderedView, type RendererUnderTest } from './rendered-view.js';

/**
 * The rules every chat renderer keeps, whatever the platform (STYLE.md §7, as hono's
 * common.case.test.ts is for its routers): the reader sees every `[n]` of the answer, each
 * citation's title, locator, file and the start of its passage, the notice, the closest documents
 * of a declined question, and why input was refused; and no payload breaks the platform's limits.
 */

const awkwardPassage = 'Terms of service at <!channel> & R&D labs forbid using outputs to build a competing model. *Not* legal advice > opinion.';

const citations: Citation[] = [
  createDummyCitation({ n: 1, title: 'Model distillation, the technique', locator: 'What it is › ¶1', source: 'technique.md', text: 'Distillation trains a small student model to imitate a large teacher model.\nIt was described in 2015.' }),
  createDummyCitation({ n: 2, title: 'Terms & conditions <draft>', locator: 'Use of outputs › ¶3', source: 'terms.md', text: awkwardPassage }),
  createDummyCitation({ n: 3, title: 'Musk v. Altman: the hearing', locator: 'Cross-examination › ¶1', source: 'hearing.md', text: 'Musk said all the AI companies generally do it, and then answered "Partly".' }),
];

const cited: AskResult = {
  kind: 'answer',
  id: 'a-1',
  question: 'Is distillation allowed?',
  answer: 'Distillation trains a small student model to imitate a large teacher model [1]. Terms of service at <!channel> & R&D labs forbid it [2][3]. Musk answered "Partly" [3].',
  citations,
  mode: 'llm',
};

const withNotice: AskResult = { ...cited, mode: 'extractive', notice: 'The AI model is unavailable, so this answer quotes the documents directly.' };

const declined: AskResult = {
  kind: 'declined',
  id: 'd-1',
  question: 'What is a good recipe for banana bread?',
  answer: 'The knowledge base does not cover this question, so I won’t guess.',
  closest: [
    { source: 'gamma-copyright.md', title: 'Gamma: copyright and terms of service' },
    { source: 'beta-hearing.md', title: 'Beta: the Musk v. Altman hearing' },
  ],
  mode: 'extractive',
};

const catalog: AskResult = {
  kind: 'catalog',
  id: 'c-1',
  question: 'What documents do you have?',
  answer: 'I answer from the 12 documents in the knowledge base; ask about anything in them, or ask for a summary of one. The first 2 are below; the sources command lists them all.',
  documents: [
    { source: 'gamma-copyright.md', title: 'Gamma: copyright & terms <of service>' },
    { source: 'beta-hearing.md', title: 'Beta: the *Musk v. Altman* hearing' },
  ],
};

const tooLong: AskResult = { kind: 'invalid', reason: 'too_long', limit: 2000, received: 2417 };

/** 180 sentences citing 60 long, multi-line passages: several messages on every platform. */
function longAnswer(): Extract<AskResult, { kind: 'answer' }> {
  const many = Array.from({ length: 60 }, (_, k) =>
    createDummyCitation({ n: k + 1, title: `Policy brief ${k + 1}`, locator: `Part ${k + 1} › ¶2`, source: `brief-${k + 1}.md`, text: `Brief ${k + 1} opens here.\n${'It explains a rule on model outputs in detail. '.repeat(40)}` }),
  );
  const sentences = Array.from({ length: 180 }, (_, i) => `Sentence ${i} sets out what brief ${(i % 60) + 1} says about distilling a model's outputs [${(i % 60) + 1}].`);
  return { kind: 'answer', id: 'a-long', question: 'Tell me everything', answer: sentences.join(' '), citations: many, mode: 'extractive' };
}

const summary: SummaryResult = {
  kind: 'summary',
  id: 's-1',
  topic: 'distillation',
  heading: 'Model distillation',
  bullets: [
    { text: 'Distillation trains a small student model to imitate a large teacher model.', citations: [1] },
    { text: 'Terms of service at <!channel> & R&D labs forbid it.', citations: [2, 3] },
  ],
  citations,
  mode: 'extractive',
};

const summaryDeclined: SummaryResult = { kind: 'declined', id: 's-2', topic: 'banana bread', answer: 'Nothing in the documents covers banana bread.', closest: declined.closest, mode: 'extractive' };

export function describeRendererContract(renderer: RendererUnderTest): void {
  describe(`${renderer.name}: the renderer contract`, () => {
    it('keeps every [n] marker of the answer, in order, and all of its text', () => {
      const view = renderer.ask(cited);
      expectAnswerKept(view, (cited as Extract<AskResult, { kind: 'answer' }>).answer);
    });

    it('shows each citation once with its title, locator, file and the start of its passage', () => {
      expectSourcesShown(renderer.ask(cited), citations);
    });

    it('shows the notice of a fallback answer', () => {
      const view = renderer.ask(withNotice);
      expect(view.all).toContain('The AI model is unavailable, so this answer quotes the documents directly.');
      expectSourcesShown(view, citations);
    });

    it('says a declined question is not covered and names the closest documents, quoting nothing', () => {
      const view = renderer.ask(declined);
      expect(view.all).toContain('The knowledge base does not cover this question');
      for (const doc of (declined as Extract<AskResult, { kind: 'declined' }>).closest) {
        expect(view.all).toContain(doc.title);
        expect(view.all).toContain(doc.source);
      }
      expect(view.sources).toEqual([]);
      expect(view.overLimits).toEqual([]);
    });

    it('lists the documents of the knowledge base by title and file, quoting and citing nothing', () => {
      const view = renderer.ask(catalog);
      expect(view.all).toContain('I answer from the 12 documents in the knowledge base');
      for (const doc of (catalog as Extract<AskResult, { kind: 'catalog' }>).documents) {
        expect(view.all).toContain(doc.title);
        expect(view.all).toContain(doc.source);
      }
      expect(view.sources).toEqual([]);
      expect(markersIn(view.body)).toEqual([]);
      expect(view.overLimits).toEqual([]);
    });

    it('explains a too-long question with its length and the limit', () => {
      const view = renderer.ask(tooLong);
      expect(view.all).toContain('2417');
      expect(view.all).toContain('2000');
      expect(view.sources).toEqual([]);
    });

    it('splits a very long answer within the platform limits, losing no marker, text or source', () => {
      const long = longAnswer();
      const view = renderer.ask(long);
      expect(view.overLimits).toEqual([]);
      expectAnswerKept(view, long.answer);
      expectSourcesShown(view, long.citations);
    });

    it('keeps every bullet of a summary with its markers, and its sources', () => {
      const view = renderer.summary(summary);
      const s = summary as Extract<SummaryResult, { kind: 'summary' }>;
      expect(view.all).toContain('Model distillation');
      for (const bullet of s.bullets) expect(squash(view.body.join('\n'))).toContain(squash(bullet.text));
      expect(markersIn(view.body)).toEqual(s.bullets.flatMap((b) => b.citations));
      expectSourcesShown(view, citations);
    });

    it('names the closest documents of a declined summary and explains a too-long topic', () => {
      const view = renderer.summary(summaryDeclined);
      expect(view.all).toContain('Nothing in the documents covers banana bread.');
      for (const doc of declined.kind === 'declined' ? declined.closest : []) expect(view.all).toContain(doc.title);
      const invalid = renderer.summary({ kind: 'invalid', reason: 'too_long', limit: 300, received: 512 });
      expect(invalid.all).toContain('512');
      expect(invalid.all).toContain('300');
    });
  });
}

function expectAnswerKept(view: RenderedView, answer: string): void {
  expect(markersIn(view.body)).toEqual(markersIn([answer]));
  // Splitting may move whitespace, never words: the answer is there once the spaces are gone.
  expect(view.body.join('').replace(/\s/g, '')).toContain(answer.replace(/\s/g, ''));
  expect(view.overLimits).toEqual([]);
}

function expectSourcesShown(view: RenderedView, expected: Citation[]): void {
  expect(view.sources.map((s) => s.n)).toEqual(expected.map((c) => c.n));
  for (const c of expected) {
    const shown = view.sources.find((s) => s.n === c.n)!;
    expect(shown).toMatchObject({ title: c.title, locator: c.locator, source: c.source });
    expectQuoteOf(shown.quote, c.text);
  }
  expect(view.overLimits).toEqual([]);
}
