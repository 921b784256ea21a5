import { describe, expect, it } from 'vitest';
import { percentiles } from '../../../src/core/eval/percentiles.js';

describe('percentiles', () => {
  it('uses nearest ranks', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentiles(values)).toEqual({ mean: 50.5, p50: 50, p95: 95, p99: 99, max: 100 });
  });

  it('returns zeros for no values', () => {
    expect(percentiles([])).toEqual({ mean: 0, p50: 0, p95: 0, p99: 0, max: 0 });
  });
});
