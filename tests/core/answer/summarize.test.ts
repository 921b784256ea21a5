import { describe, expect, it } from 'vitest';
import { summarizeDocument, summarizeTopic } from '../../../src/core/answer/summarize.js';
import type { SentenceScoring } from '../../../src/core/answer/select-sentences.js';
import { analyze } from '../../../src/core/text/analyze.js';
import { createDummyPassage as passage } from '../../helpers/passages.js';

const scoring: SentenceScoring = { analyze, termWeight: () => 1 };

describe('summarizeDocument', () => {
  it('takes the lead sentence of each section in order, leaving the untitled intro for last resort', () => {
    const passages = [
      passage('intro', 'Summary written for the test corpus about the hearing and its verdict.'),
      passage('s1', 'Jury selection began on Monday 27 April 2026. It took a day.', ['Schedule']),
      passage('s2', 'Musk was cross-examined by William Savitt on 30 April 2026.', ['Testimony']),
      passage('s3', 'The advisory jury found the claims barred by limitations.', ['Verdict']),
    ];
    const result = summarizeDocument(passages, scoring);
    if (result.kind !== 'summary') throw new Error('expected a summary');
    expect(result.bullets.map((b) => b.text)).toEqual([
      'Jury selection began on Monday 27 April 2026.',
      'Musk was cross-examined by William Savitt on 30 April 2026.',
      'The advisory jury found the claims barred by limitations.',
    ]);
    expect(result.citations.map((c) => c.passageId)).toEqual(['s1', 's2', 's3']);
  });

  it('tops a short document up to three bullets from its other sentences', () => {
    const result = summarizeDocument([passage('only', 'Distillation trains small models on large ones. Labs distil their own models routinely. Providers forbid distilling competitors through their terms.')], scoring);
    expect(result.kind === 'summary' && result.bullets).toHaveLength(3);
  });

  it('skips bare links', () => {
    const result = summarizeDocument([passage('l', 'https://example.org/a-long-link-about-distillation-and-more')], scoring);
    expect(result.kind).toBe('declined');
  });
});

describe('summarizeTopic', () => {
  it('declines a topic no passage covers', () => {
    const hits = [{ passage: passage('a', 'The advisory jury found the claims barred by limitations.'), score: 1 }];
    expect(summarizeTopic('banana bread recipes', hits, scoring, 0.4).kind).toBe('declined');
  });

  it('tops up to three bullets with other sentences when few passages cover the topic', () => {
    const hits = [{ passage: passage('a', 'Distillation trains students on teachers. Distillation is routine practice in large labs. Distillation of rivals breaks terms of service.'), score: 1 }];
    const result = summarizeTopic('distillation', hits, scoring, 0.4);
    expect(result.kind === 'summary' && result.bullets).toHaveLength(3);
  });

  it('never makes a bullet of a sentence that leans on the one before it', () => {
    const hits = [{ passage: passage('a', 'That remark about distillation was widely reported. Musk called distillation standard practice.'), score: 1 }];
    const result = summarizeTopic('distillation remark', hits, scoring, 0.2);
    expect(result.kind === 'summary' && result.bullets.map((b) => b.text)).toEqual(['Musk called distillation standard practice.']);
  });

  it('never makes a bullet of a sentence about the document itself', () => {
    const hits = [{ passage: passage('a', 'Summary written for the knowledge base from reporting on distillation accusations. Anthropic accused three labs of distillation in 2026.'), score: 1 }];
    const result = summarizeTopic('distillation accusations', hits, scoring, 0.2);
    expect(result.kind === 'summary' && result.bullets.map((b) => b.text)).toEqual(['Anthropic accused three labs of distillation in 2026.']);
  });

  it('leaves out passages far weaker than the best one', () => {
    const hits = [
      { passage: passage('a', 'Distillation trains a student model on teacher outputs.'), score: 1 },
      { passage: passage('b', 'Distillation of models is routine in AI labs today.'), score: 0.8 },
      { passage: passage('c', 'Distillation was mentioned once in a footnote of this report.'), score: 0.2 },
    ];
    const result = summarizeTopic('distillation', hits, scoring, 0.4);
    if (result.kind !== 'summary') throw new Error('expected a summary');
    expect(result.citations.map((c) => c.passageId)).toEqual(['a', 'b']);
  });
});
