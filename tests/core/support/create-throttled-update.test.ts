import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottledUpdate } from '../../../src/core/support/create-throttled-update.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup(maxUpdates?: number) {
  const sent: string[] = [];
  const errors: unknown[] = [];
  const update = createThrottledUpdate<string>({
    intervalMs: 1000,
    maxUpdates,
    send: async (v) => {
      sent.push(v);
    },
    onError: (e) => errors.push(e),
  });
  return { sent, errors, update };
}

describe('createThrottledUpdate', () => {
  it('sends the first value at once and then at most one per interval, newest value wins', async () => {
    const { sent, update } = setup();
    update.push('a');
    update.push('b');
    update.push('c');
    await vi.advanceTimersByTimeAsync(0);
    expect(sent).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(999);
    expect(sent).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual(['a', 'c']);
  });

  it('drops pending values on close, so the caller’s final update is last', async () => {
    const { sent, update } = setup();
    update.push('a');
    update.push('b');
    await update.close();
    update.push('c');
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toEqual(['a']);
  });

  it('waits on close for a send still in flight', async () => {
    let release!: () => void;
    const order: string[] = [];
    const update = createThrottledUpdate<string>({
      intervalMs: 1000,
      send: (v) => new Promise<void>((resolve) => (release = () => (order.push(v), resolve()))),
      onError: () => undefined,
    });
    update.push('a');
    const closed = update.close().then(() => order.push('closed'));
    await vi.advanceTimersByTimeAsync(0);
    release();
    await closed;
    expect(order).toEqual(['a', 'closed']);
  });

  it('stops after maxUpdates and reports failed sends without throwing', async () => {
    const errors: unknown[] = [];
    let calls = 0;
    const update = createThrottledUpdate<string>({
      intervalMs: 10,
      maxUpdates: 2,
      send: async () => {
        calls += 1;
        throw new Error('ratelimited');
      },
      onError: (e) => errors.push(e),
    });
    for (let i = 0; i < 5; i++) {
      update.push(String(i));
      await vi.advanceTimersByTimeAsync(20);
    }
    await update.close();
    expect(calls).toBe(2);
    expect(errors).toHaveLength(2);
  });
});
