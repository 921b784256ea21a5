import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * An index directory holds numbered generations (`gen-000007/`) and a `CURRENT` file naming the
 * live one. A re-index writes a new generation into a `.partial` directory, renames it into
 * place, then replaces `CURRENT` by rename. Both renames are atomic, so a crash at any moment
 * leaves `CURRENT` pointing at a complete generation.
 */

const CURRENT = 'CURRENT';
const GENERATION = /^gen-(\d{6})$/;

export function generationName(n: number): string {
  return `gen-${String(n).padStart(6, '0')}`;
}

export function generationNumber(name: string): number | undefined {
  const match = GENERATION.exec(name);
  return match ? Number(match[1]) : undefined;
}

/** The live generation's directory name, or undefined when none was ever published. */
export async function readCurrentGeneration(indexDir: string): Promise<string | undefined> {
  try {
    const name = (await readFile(join(indexDir, CURRENT), 'utf8')).trim();
    return name === '' ? undefined : name;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Creates a fresh partial directory for the generation after `previous`. */
export async function createPartialGeneration(indexDir: string, previous: string | undefined): Promise<{ name: string; dir: string }> {
  const existing = await readdir(indexDir).catch(() => [] as string[]);
  const highest = Math.max(0, ...existing.map((e) => generationNumber(e) ?? 0), generationNumber(previous ?? '') ?? 0);
  const name = generationName(highest + 1);
  // Unique per writer: should two ever overlap (a lock taken over from a stalled writer), neither deletes the other's files.
  const dir = join(indexDir, `${name}.partial-${process.pid}-${randomBytes(4).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  return { name, dir };
}

/** Makes a written partial generation live and removes every other generation. */
export async function publishGeneration(indexDir: string, partial: { name: string; dir: string }): Promise<void> {
  await fsyncAll(partial.dir);
  const finalDir = join(indexDir, partial.name);
  await rename(partial.dir, finalDir);
  const tmp = join(indexDir, `${CURRENT}.tmp`);
  await writeFile(tmp, `${partial.name}\n`);
  await fsyncPath(tmp);
  await rename(tmp, join(indexDir, CURRENT));
  await fsyncPath(indexDir);
  await removeOtherGenerations(indexDir, partial.name);
}

/** Deletes old generations and leftovers of interrupted runs, keeping `keep`. */
export async function removeOtherGenerations(indexDir: string, keep: string): Promise<void> {
  const entries = await readdir(indexDir).catch(() => [] as string[]);
  const stale = entries.filter((e) => e !== keep && (GENERATION.test(e) || e.includes('.partial')));
  await Promise.all(stale.map((e) => rm(join(indexDir, e), { recursive: true, force: true })));
}

async function fsyncAll(dir: string): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await fsyncAll(path);
    else await fsyncPath(path);
  }
  await fsyncPath(dir);
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
