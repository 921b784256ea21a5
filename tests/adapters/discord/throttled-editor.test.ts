import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createThrottledEditor } from '../../../src/adapters/discord/throttled-editor.js';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createThrottledEditor', () => {
  it('edits at once, then at most once per interval with the newest value', async () => {
    const edits: string[] = [];
    const editor = createThrottledEditor(async (v: string) => void edits.push(v), { intervalMs: 1000, now: () => Date.now() });
    editor.push('a');
    editor.push('b');
    editor.push('c');
    await vi.advanceTimersByTimeAsync(999);
    expect(edits).toEqual(['a']);
    await vi.advanceTimersByTimeAsync(1);
    expect(edits).toEqual(['a', 'c']);
    await editor.close();
  });

  it('drops a pending value on close and waits for the edit in flight', async () => {
    let finishEdit!: () => void;
    const edits: string[] = [];
    const editor = createThrottledEditor(
      (v: string) => new Promise<void>((resolve) => { edits.push(v); finishEdit = resolve; }),
      { intervalMs: 1000, now: () => Date.now() },
    );
    editor.push('first');
    editor.push('pending');
    let closed = false;
    const closing = editor.close().then(() => { closed = true; });
    await vi.advanceTimersByTimeAsync(0);
    expect(closed).toBe(false);
    finishEdit();
    await closing;
    await vi.advanceTimersByTimeAsync(2000);
    expect(edits).toEqual(['first']);
    editor.push('after close');
    expect(edits).toEqual(['first']);
  });

  it('keeps going after a failed edit', async () => {
    const errors: unknown[] = [];
    const edits: string[] = [];
    const editor = createThrottledEditor(
      async (v: string) => { if (v === 'bad') throw new Error('429'); edits.push(v); },
      { intervalMs: 10, onError: (e) => errors.push(e), now: () => Date.now() },
    );
    editor.push('bad');
    await vi.advanceTimersByTimeAsync(10);
    editor.push('good');
    await vi.advanceTimersByTimeAsync(10);
    await editor.close();
    expect(edits).toEqual(['good']);
    expect(errors).toHaveLength(1);
  });
});
