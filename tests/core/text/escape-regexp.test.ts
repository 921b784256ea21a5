import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/core/text/escape-regexp.js';

describe('escapeRegExp', () => {
  it('matches the text literally, its special characters too', () => {
    const pattern = new RegExp(escapeRegExp('D.C. (v2)+[a]'));
    expect(pattern.test('the D.C. (v2)+[a] ruling')).toBe(true);
    expect(pattern.test('DxC. (v2)+[a]')).toBe(false);
    expect(new RegExp(`^${escapeRegExp('a|b')}$`).test('a')).toBe(false);
  });
});
