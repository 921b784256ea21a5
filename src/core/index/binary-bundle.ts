/**
 * A JSON header and named typed arrays in one byte buffer: the lexical index's file format.
 * Arrays are 4-byte aligned and come back as views over one private copy of the input, so
 * loading costs a single memcpy and no per-element work.
 *
 * Layout: "PBB1" · u32 header length · header JSON (padded to 4) · arrays in header order.
 */
export type BundleArray = Uint32Array | Float32Array | Int32Array;

export interface Bundle {
  header: Record<string, unknown>;
  arrays: Record<string, BundleArray>;
}

const MAGIC = 0x31424250; // "PBB1", little-endian
const KINDS = { u32: Uint32Array, f32: Float32Array, i32: Int32Array } as const;
type Kind = keyof typeof KINDS;

interface ArrayEntry {
  name: string;
  kind: Kind;
  length: number;
}

/** Serialises a header and typed arrays into one buffer. */
export function packBundle({ header, arrays }: Bundle): Uint8Array {
  const entries: ArrayEntry[] = Object.entries(arrays).map(([name, a]) => ({ name, kind: kindOf(a), length: a.length }));
  const json = new TextEncoder().encode(JSON.stringify({ header, entries }));
  const jsonLength = align4(json.length);
  const total = 8 + jsonLength + entries.reduce((n, e) => n + e.length * 4, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, json.length, true);
  out.set(json, 8);
  let offset = 8 + jsonLength;
  for (const array of Object.values(arrays)) {
    out.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
    offset += array.byteLength;
  }
  return out;
}

/** Throws an Error naming the problem when the bytes are not a bundle or are truncated. */
export function unpackBundle(bytes: Uint8Array): Bundle {
  if (bytes.length < 8) throw new Error('file too short');
  const copy = new Uint8Array(bytes); // owned and aligned: arrays below are views into it
  const view = new DataView(copy.buffer);
  if (view.getUint32(0, true) !== MAGIC) throw new Error('not a policybot index file');
  const jsonLength = view.getUint32(4, true);
  if (8 + jsonLength > copy.length) throw new Error('header truncated');
  const { header, entries } = JSON.parse(new TextDecoder().decode(copy.subarray(8, 8 + jsonLength))) as {
    header: Record<string, unknown>;
    entries: ArrayEntry[];
  };
  const arrays: Record<string, BundleArray> = {};
  let offset = 8 + align4(jsonLength);
  for (const { name, kind, length } of entries) {
    if (offset + length * 4 > copy.length) throw new Error(`array ${name} truncated`);
    arrays[name] = new KINDS[kind](copy.buffer, offset, length);
    offset += length * 4;
  }
  return { header, arrays };
}

function kindOf(array: BundleArray): Kind {
  if (array instanceof Uint32Array) return 'u32';
  if (array instanceof Float32Array) return 'f32';
  return 'i32';
}

function align4(n: number): number {
  return (n + 3) & ~3;
}
