import { describe, expect, it } from 'vitest';
import { renderIndexReport, renderSources } from '../../../src/adapters/slack/render-admin.js';
import { createDummyIndexReport, createDummySource } from '../../fakes/slack-core-results.js';

const sectionTexts = (blocks: unknown[] = []) =>
  blocks.flatMap((b) => ((b as { type: string }).type === 'section' ? [(b as { text: { text: string } }).text.text] : []));

describe('renderSources', () => {
  it('lists each document with its passage count and a Slack date token for when it was indexed', () => {
    const [message] = renderSources([createDummySource(), createDummySource({ source: 'hearing.md', title: 'Hearing notes', passages: 1 })]);
    expect(message!.text).toBe('Indexed documents: 2 (13 passages)');
    const lines = sectionTexts(message!.blocks).join('\n');
    expect(lines).toContain('• *Model distillation, the technique* — `technique.md` · 12 passages · indexed <!date^1795860000^');
    expect(lines).toContain('• *Hearing notes* — `hearing.md` · 1 passage ·');
  });

  it('spreads hundreds of documents over messages within Slack limits', () => {
    const many = Array.from({ length: 1000 }, (_, i) => createDummySource({ source: `doc-${i}.md`, title: `Document ${i} ${'long title '.repeat(8)}` }));
    const messages = renderSources(many);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expect(m.blocks!.length).toBeLessThanOrEqual(50);
    expect(messages.flatMap((m) => sectionTexts(m.blocks)).join('\n').match(/^• /gm)).toHaveLength(1000);
  });

  it('says how to add documents when none are indexed', () => {
    expect(renderSources([])[0]!.text).toContain('/reindex');
  });
});

describe('renderIndexReport', () => {
  it('reports the counts and caps the list of skipped files', () => {
    const skipped = Array.from({ length: 25 }, (_, i) => ({ source: `bad-${i}.pdf`, reason: 'encrypted', detail: 'PDF is encrypted' }));
    const message = renderIndexReport(createDummyIndexReport({ skipped }));
    expect(message.text).toBe('✅ Re-index finished in 1.2 s: 2 added, 1 changed, 0 removed, 14 unchanged. The index holds 312 passages.');
    const listed = sectionTexts(message.blocks).join('\n');
    expect(listed).toContain('Skipped 25 files:');
    expect(listed.match(/• `bad-/g)).toHaveLength(20);
    expect(listed).toContain('…and 5 more.');
  });
});
