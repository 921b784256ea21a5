import { describe, expect, it } from 'vitest';
import { citationEmbeds } from '../../../src/adapters/discord/citation-embeds.js';
import { assertWithinLimits, embedLength } from '../../../src/adapters/discord/limits.js';
import { parseQuestionHeader, renderAnswer, renderPartial, renderSummary } from '../../../src/adapters/discord/render.js';
import { renderIndexReport } from '../../../src/adapters/discord/render-admin.js';
import type { Citation } from '../../../src/core/ports.js';
import { createDummyAnswer } from '../../fakes/fake-policy-bot.js';

const citation = (n: number, overrides: Partial<Citation> = {}): Citation => ({
  n, passageId: `p${n}`, source: `doc-${n}.md`, title: `Document ${n}`, locator: `Part ${n} › ¶2`, text: 'Quoted passage text. '.repeat(200), score: 0.5, ...overrides,
});

describe('renderAnswer', () => {
  it('quotes the question for slash commands and reads it back', () => {
    const [message] = renderAnswer(createDummyAnswer({ question: 'What is\ndistillation?' }), { how: 'command', quoteQuestion: true });
    expect(message!.content.startsWith('> What is distillation?\n\n')).toBe(true);
    expect(parseQuestionHeader(message!.content)).toBe('What is distillation?');
  });

  it('adds the notice as a subtext line', () => {
    const [message] = renderAnswer(createDummyAnswer({ notice: 'The LLM was unreachable; this answer is extractive.' }), { how: 'mention' });
    expect(message!.content).toMatch(/\n\n-# The LLM was unreachable; this answer is extractive\.$/);
  });

  it('puts at most ten citations in one message, within 6,000 embed characters', () => {
    const messages = renderAnswer(createDummyAnswer({ citations: Array.from({ length: 10 }, (_, k) => citation(k + 1)) }), { how: 'mention' });
    expect(messages).toHaveLength(1);
    expect(messages[0]!.embeds).toHaveLength(10);
    expect(messages[0]!.embeds.reduce((n, e) => n + embedLength(e), 0)).toBeLessThanOrEqual(6000);
  });

  it('asks for the empty question in the way the user asked', () => {
    expect(renderAnswer({ kind: 'invalid', reason: 'empty' }, { how: 'mention' })[0]!.content).toMatch(/^Mention me/);
    expect(renderAnswer({ kind: 'invalid', reason: 'empty' }, { how: 'command' })[0]!.content).toMatch(/`\/ask/);
  });
});

describe('citationEmbeds', () => {
  it('shows title, locator, file and the quoted passage', () => {
    const [[embed]] = citationEmbeds([citation(3, { text: 'Line one.\nLine two.' })]) as [[never]];
    expect(embed).toMatchObject({
      title: '[3] Document 3',
      description: '> Line one.\n> Line two.',
      fields: [{ name: 'Where', value: 'Part 3 › ¶2', inline: true }, { name: 'File', value: 'doc-3.md', inline: true }],
    });
  });

  it('shortens long titles and passages so every group fits Discord’s limits', () => {
    const many = Array.from({ length: 23 }, (_, k) => citation(k + 1, { title: 'T'.repeat(400), locator: 'L'.repeat(600) }));
    const groups = citationEmbeds(many);
    expect(groups.map((g) => g.length)).toEqual([10, 10, 3]);
    for (const embeds of groups) assertWithinLimits({ content: '', embeds, components: [] });
    expect(groups[0]![0]!.title!.endsWith('…')).toBe(true);
  });
});

describe('renderSummary', () => {
  it('lists the bullets with their markers', () => {
    const [message] = renderSummary(
      { kind: 'summary', id: 's', topic: 'ip', heading: 'IP', bullets: [{ text: 'A.', citations: [1, 2] }], citations: [citation(1), citation(2)], mode: 'extractive' },
      { how: 'command' },
    );
    expect(message!.content).toBe('**IP**\n• A. [1] [2]');
    expect(message!.embeds).toHaveLength(2);
  });
});

describe('renderPartial', () => {
  it('stays within 2,000 characters however long the stream gets', () => {
    expect(renderPartial('x'.repeat(5000)).content.length).toBeLessThanOrEqual(2000);
  });
});

describe('renderIndexReport', () => {
  it('caps the list of skipped files and says how many more there are', () => {
    const skipped = Array.from({ length: 14 }, (_, k) => ({ source: `f${k}.pdf`, reason: 'encrypted', detail: 'password protected' }));
    const [message] = renderIndexReport({ added: 0, changed: 0, removed: 0, unchanged: 3, passages: 9, ms: 100, skipped });
    expect(message!.content).toContain('Skipped 14 files:');
    expect(message!.content).toContain('…and 4 more (see the logs).');
    expect(message!.content.match(/^• /gm)).toHaveLength(10);
  });
});

describe('assertWithinLimits', () => {
  it('rejects content over 2,000 characters and too many embeds', () => {
    expect(() => assertWithinLimits({ content: 'x'.repeat(2001), embeds: [], components: [] })).toThrow(/content 2001 > 2000/);
    expect(() => assertWithinLimits({ content: '', embeds: Array.from({ length: 11 }, () => ({})), components: [] })).toThrow(/11 embeds/);
  });
});
