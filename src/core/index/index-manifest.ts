import { z } from 'zod';

/** Bump when the on-disk layout of a generation changes; older indexes are then rebuilt. */
export const INDEX_FORMAT_VERSION = 1;

const documentEntry = z.object({
  hash: z.string().min(1),
  title: z.string(),
  date: z.string().optional(),
  urls: z.array(z.string()),
  kind: z.string().optional(),
  passageIds: z.array(z.string()),
  indexedAt: z.string(),
});

const manifestSchema = z.object({
  formatVersion: z.number().int(),
  generation: z.number().int().nonnegative(),
  createdAt: z.string(),
  embedder: z.object({ id: z.string().min(1), dimensions: z.number().int().positive() }),
  hnsw: z.object({ m: z.number().int().positive(), efConstruction: z.number().int().positive() }),
  passageCount: z.number().int().nonnegative(),
  documents: z.record(z.string(), documentEntry),
});

/** What a saved index generation says about itself. */
export type IndexManifest = z.infer<typeof manifestSchema>;
export type ManifestDocument = z.infer<typeof documentEntry>;

/** Parses manifest JSON; returns an error description instead of throwing. */
export function parseManifest(json: string): { ok: true; manifest: IndexManifest } | { ok: false; problem: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { ok: false, problem: 'manifest.json is not valid JSON' };
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return { ok: false, problem: `manifest.json ${first?.path.join('.') ?? ''}: ${first?.message ?? 'invalid'}` };
  }
  const manifest = parsed.data;
  const listed = Object.values(manifest.documents).reduce((n, d) => n + d.passageIds.length, 0);
  if (listed !== manifest.passageCount) {
    return { ok: false, problem: `manifest lists ${listed} passages but records passageCount ${manifest.passageCount}` };
  }
  return { ok: true, manifest };
}

/** The embedder identity a manifest must match, e.g. "offline-hash-v1:512 (512 dims)". */
export function describeEmbedder(embedder: IndexManifest['embedder']): string {
  return `${embedder.id} (${embedder.dimensions} dims)`;
}
