import { describe, expect, it } from 'vitest';
import { renderAskResult, renderPartial, renderSummaryResult } from '../../../src/adapters/slack/render.js';
import type { SlackBlock, SlackMessage } from '../../../src/adapters/slack/slack-limits.js';
import { createDummyAnswer } from '../../fakes/fake-policy-bot.js';
import { createDummyCitation, createDummyDeclined, createDummySummary } from '../../fakes/slack-core-results.js';

const texts = (blocks: SlackBlock[] = []) =>
  blocks.flatMap((b) => (b.type === 'section' ? [b.text?.text ?? ''] : b.type === 'context' ? b.elements.map((e) => ('text' in e ? e.text : '')) : []));
const allBlocks = (messages: SlackMessage[]) => messages.flatMap((m) => m.blocks ?? []);
const sourceBlocks = (messages: SlackMessage[]) => texts(allBlocks(messages)).filter((t) => /^\*\[\d+\] /.test(t));
const actions = (messages: SlackMessage[]) => allBlocks(messages).filter((b) => b.type === 'actions');

describe('renderAskResult (answer)', () => {
  it('lists one source per citation, each matching the passage its [n] marker points to', () => {
    const citations = [
      createDummyCitation({ n: 2, title: 'Hearing notes', locator: 'Day 2 › ¶4', source: 'hearing.md', text: 'Altman testified that the board was informed.' }),
      createDummyCitation({ n: 1, title: 'Distillation', locator: 'What it is › ¶1', source: 'technique.md', text: 'Distillation uses one model to train another.' }),
    ];
    const messages = renderAskResult(createDummyAnswer({ answer: 'Distillation trains models [1]. The board knew [2].', citations }));
    const sources = sourceBlocks(messages);
    const markers = [...'Distillation trains models [1]. The board knew [2].'.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    expect(sources).toHaveLength(citations.length);
    for (const n of markers) {
      const c = citations.find((x) => x.n === n)!;
      const block = sources.find((s) => s.startsWith(`*[${n}] `))!;
      expect(block).toContain(c.title);
      expect(block).toContain(c.locator);
      expect(block).toContain(c.source);
      expect(block).toContain(`> ${c.text}`);
    }
    expect(sources.map((s) => s.slice(0, 4))).toEqual(['*[1]', '*[2]']);
  });

  it('escapes text from documents so it cannot ping a channel or inject links', () => {
    const answer = createDummyAnswer({
      answer: 'Say <!channel> & <https://evil.example|click> [1]',
      citations: [createDummyCitation({ text: 'Quote with <!here> inside' })],
    });
    const rendered = JSON.stringify(renderAskResult(answer));
    expect(rendered).not.toContain('<!channel>');
    expect(rendered).not.toContain('<!here>');
    expect(rendered).toContain('&lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;');
  });

  it('splits a long answer into 3,000-character sections and 50-block messages, buttons last', () => {
    const sentence = 'Distillation is discussed at length in the policy documents [1]. ';
    const citations = Array.from({ length: 120 }, (_, i) => createDummyCitation({ n: i + 1 }));
    const messages = renderAskResult(createDummyAnswer({ answer: sentence.repeat(300), citations }));
    expect(messages.length).toBeGreaterThan(2);
    for (const m of messages) {
      expect(m.blocks!.length).toBeLessThanOrEqual(50);
      for (const t of texts(m.blocks)) expect(t.length).toBeLessThanOrEqual(3000);
    }
    const answerText = texts(allBlocks(messages)).filter((t) => t.startsWith('Distillation is')).join(' ');
    expect(answerText.split(/\s+/).length).toBe(sentence.repeat(300).trim().split(/\s+/).length);
    expect(sourceBlocks(messages)).toHaveLength(120);
    expect(actions(messages)).toHaveLength(1);
    expect(messages.at(-1)!.blocks!.at(-1)!.type).toBe('actions');
  });

  it('names the asker and shows a notice when given', () => {
    const [message] = renderAskResult(createDummyAnswer({ notice: 'The LLM was unreachable; this answer is extractive.' }), { askedBy: 'UALICE' });
    const all = texts(message!.blocks);
    expect(all[0]).toBe('<@UALICE> asked: What is distillation?');
    expect(all.some((t) => t.includes('LLM was unreachable'))).toBe(true);
  });

  it('carries the answer id and question in the feedback buttons', () => {
    const [message] = renderAskResult(createDummyAnswer({ id: 'ans-9', question: 'Q?' }));
    const block = message!.blocks!.at(-1)!;
    expect(block.type === 'actions' && block.elements.map((e) => ('value' in e ? JSON.parse(e.value!) : null))).toEqual([
      { a: 'ans-9', q: 'Q?' },
      { a: 'ans-9', q: 'Q?' },
    ]);
  });
});

describe('renderAskResult (declined and invalid)', () => {
  it('says plainly the question is not covered and names the closest documents, without sources', () => {
    const messages = renderAskResult(createDummyDeclined());
    const all = texts(allBlocks(messages)).join('\n');
    expect(all).toContain("The policy documents don't cover this question.");
    expect(all).toContain('Closest documents');
    expect(all).toContain('Model distillation, the technique (`technique.md`)');
    expect(all).toContain('Musk v. Altman hearing notes (`hearing.md`)');
    expect(sourceBlocks(messages)).toHaveLength(0);
  });

  it('explains the limit for a too-long question, without buttons', () => {
    const [message] = renderAskResult({ kind: 'invalid', reason: 'too_long', limit: 2000, received: 2500 });
    expect(message!.text).toContain('2500 characters; the limit is 2000');
    expect(message!.blocks).toBeUndefined();
  });
});

describe('renderSummaryResult', () => {
  it('renders a heading, bullets with their markers, and the sources', () => {
    const messages = renderSummaryResult(createDummySummary());
    const blocks = allBlocks(messages);
    expect(blocks[0]).toMatchObject({ type: 'header', text: { text: 'Summary: Model distillation' } });
    const all = texts(blocks).join('\n');
    expect(all).toContain('• Distillation trains a small model on a large one. [1]');
    expect(all).toContain('• Terms of service often forbid it. [1] [2]');
    expect(sourceBlocks(messages)).toHaveLength(2);
  });

  it('asks for a topic when none was given', () => {
    const [message] = renderSummaryResult({ kind: 'invalid', reason: 'empty' });
    expect(message!.text).toContain('/policy-summary distillation');
  });
});

describe('renderPartial', () => {
  it('shows streamed text within one section', () => {
    const message = renderPartial('x '.repeat(4000));
    expect(texts(message.blocks)[0]!.length).toBeLessThanOrEqual(3000);
  });
});
