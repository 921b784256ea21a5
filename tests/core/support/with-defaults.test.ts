import { describe, expect, it } from 'vitest';
import { withDefaults } from '../../../src/core/support/with-defaults.js';

describe('withDefaults', () => {
  it('keeps a default when the option is explicitly undefined', () => {
    expect(withDefaults({ k: 8, weights: { a: 1 } }, { k: undefined, weights: { a: 2 } })).toEqual({ k: 8, weights: { a: 2 } });
  });

  it('keeps options that have no default and falsy values that are set', () => {
    expect(withDefaults({ k: 8, flag: true }, { flag: false, extra: 0 })).toEqual({ k: 8, flag: false, extra: 0 });
  });
});
