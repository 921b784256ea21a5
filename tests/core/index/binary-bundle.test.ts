import { describe, expect, it } from 'vitest';
import { packBundle, unpackBundle } from '../../../src/core/index/binary-bundle.js';

describe('packBundle', () => {
  it('round-trips the header and typed arrays', () => {
    const arrays = { a: Uint32Array.of(1, 2, 3), b: Float32Array.of(0.5, -1.25), c: Int32Array.of(-7) };
    const bytes = packBundle({ header: { name: 'ünïcode', n: 3 }, arrays });
    const { header, arrays: back } = unpackBundle(bytes);
    expect(header).toEqual({ name: 'ünïcode', n: 3 });
    expect(back).toEqual(arrays);
  });

  it('reads from an unaligned buffer', () => {
    const bytes = packBundle({ header: {}, arrays: { a: Uint32Array.of(42) } });
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(unpackBundle(shifted.subarray(1)).arrays.a).toEqual(Uint32Array.of(42));
  });
});

describe('unpackBundle', () => {
  it('rejects other files and truncated ones', () => {
    expect(() => unpackBundle(new TextEncoder().encode('{"json": true}'))).toThrow('not a policybot index file');
    const bytes = packBundle({ header: {}, arrays: { a: new Uint32Array(10) } });
    expect(() => unpackBundle(bytes.subarray(0, bytes.length - 4))).toThrow('truncated');
  });

  it('does not share memory with its input', () => {
    const bytes = packBundle({ header: {}, arrays: { a: Uint32Array.of(1) } });
    const { arrays } = unpackBundle(bytes);
    (arrays.a as Uint32Array)[0] = 99;
    expect(unpackBundle(bytes).arrays.a).toEqual(Uint32Array.of(1));
  });
});
