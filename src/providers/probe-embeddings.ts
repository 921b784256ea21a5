import { OpenAIEmbeddings } from '@langchain/openai';
import { EmbeddingsError } from '../core/errors.js';
import type { CreatedEmbeddings } from './create-embeddings.js';

const PROBE = 'dimension probe';

/**
 * Completes a `createEmbeddings` result with its vector length. A remote model's dimension is
 * not in the settings, so it is discovered by embedding one probe string; call this once at
 * start (or before indexing) and record `id` and `dimensions` in the index manifest.
 *
 * For an OpenAI-compatible server it also checks the base64 trap: the OpenAI client asks for
 * base64 Float32 vectors, and a server that ignores `encoding_format` sends plain arrays that
 * decode to garbage of a quarter of the length. The probe is repeated with
 * `encoding_format: "float"`; if the two disagree, this embedder keeps using floats (it is
 * changed in place) instead of storing wrong vectors. An empty or non-numeric probe is refused.
 */
export async function probeEmbeddings(created: CreatedEmbeddings): Promise<CreatedEmbeddings & { dimensions: number }> {
  if (created.dimensions !== undefined) return { ...created, dimensions: created.dimensions };
  const { embeddings } = created;
  const first = await embedProbe(created);
  if (!(embeddings instanceof OpenAIEmbeddings) || embeddings.encodingFormat !== undefined) {
    return { ...created, dimensions: usable(created, first).length };
  }
  embeddings.encodingFormat = 'float';
  const plain = await embedProbe(created).catch(() => undefined);
  if (plain && isUsable(plain) && !(isUsable(first) && sameVector(first, plain))) {
    // The question client talks to the same server.
    if (created.questions instanceof OpenAIEmbeddings) created.questions.encodingFormat = 'float';
    return { ...created, dimensions: plain.length };
  }
  // base64 works (or floats do not): keep it, it is about a third of the transfer.
  embeddings.encodingFormat = undefined;
  return { ...created, dimensions: usable(created, first).length };
}

async function embedProbe(created: CreatedEmbeddings): Promise<unknown> {
  try {
    return await created.embeddings.embedQuery(PROBE);
  } catch (error) {
    throw new EmbeddingsError(created.id, `the probe request failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function isUsable(vector: unknown): vector is number[] {
  return Array.isArray(vector) && vector.length > 0 && vector.every(Number.isFinite);
}

function usable(created: CreatedEmbeddings, vector: unknown): number[] {
  if (isUsable(vector)) return vector;
  throw new EmbeddingsError(created.id, `the probe returned ${Array.isArray(vector) ? vector.length : 0} usable numbers instead of a vector`);
}

/** Equal up to Float32 rounding (base64 carries Float32, JSON carries the server's doubles). */
function sameVector(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - b[i]!) <= 1e-5 * Math.max(1, Math.abs(x)));
}
