import { describe, expect, it } from 'vitest';
import { assertWithinLimits, type SlackBlock } from '../../../src/adapters/slack/slack-limits.js';

const section = (length: number): SlackBlock => ({ type: 'section', text: { type: 'mrkdwn', text: 'x'.repeat(length) } });

describe('assertWithinLimits', () => {
  it('accepts 50 full sections', () => {
    expect(() => assertWithinLimits({ text: 'ok', blocks: Array.from({ length: 50 }, () => section(3000)) })).not.toThrow();
  });

  it('rejects a 51st block, an over-long section and an over-long button value', () => {
    expect(() => assertWithinLimits({ text: 'ok', blocks: Array.from({ length: 51 }, () => section(1)) })).toThrow(/51 blocks/);
    expect(() => assertWithinLimits({ text: 'ok', blocks: [section(3001)] })).toThrow(/section text is 3001/);
    const button: SlackBlock = {
      type: 'actions',
      elements: [{ type: 'button', action_id: 'a', text: { type: 'plain_text', text: 'b' }, value: 'v'.repeat(2001) }],
    };
    expect(() => assertWithinLimits({ text: 'ok', blocks: [button] })).toThrow(/button value/);
  });
});
