import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { UploadRejectedError } from '../../../src/core/errors.js';
import { sanitizeFileName, saveUpload } from '../../../src/core/knowledge/save-upload.js';

const markdown = new TextEncoder().encode('# Notes\n\nDistillation trains a small model on a large one.\n');

describe('saveUpload', () => {
  let dir: string;
  const options = () => ({ knowledgeDir: dir, maxBytes: 1024, maxFileBytes: 10_000 });

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'upload-'));
  });

  it('stores a readable document under its sanitised name', async () => {
    const result = await saveUpload({ fileName: '../../etc/Policy notes.md', bytes: markdown }, options());
    expect(result).toMatchObject({ source: 'Policy notes.md', replaced: false });
    expect(await readFile(join(dir, 'Policy notes.md'), 'utf8')).toContain('Distillation');
  });

  it('refuses to overwrite without replace, and overwrites with it', async () => {
    await writeFile(join(dir, 'a.md'), '# Old\n\nOld text here.\n');
    await expect(saveUpload({ fileName: 'a.md', bytes: markdown }, options())).rejects.toMatchObject({ reason: 'exists' });
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toContain('Old text');
    const result = await saveUpload({ fileName: 'a.md', bytes: markdown, replace: true }, options());
    expect(result.replaced).toBe(true);
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toContain('Distillation');
  });

  it('undoes an upload: a new file is removed, a replaced one comes back', async () => {
    const added = await saveUpload({ fileName: 'new.md', bytes: markdown }, options());
    await added.undo();
    expect((await readdir(dir)).filter((f) => !f.startsWith('.'))).toEqual([]);

    await writeFile(join(dir, 'a.md'), '# Old\n\nOld text here.\n');
    const replaced = await saveUpload({ fileName: 'a.md', bytes: markdown, replace: true }, options());
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toContain('Distillation');
    await replaced.undo();
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toContain('Old text');
  });

  it('keeps nothing of the previous version once committed', async () => {
    await writeFile(join(dir, 'a.md'), '# Old\n\nOld text here.\n');
    const replaced = await saveUpload({ fileName: 'a.md', bytes: markdown, replace: true }, options());
    await replaced.commit();
    expect(await readdir(join(dir, '.uploads'))).toEqual([]);
  });

  it('refuses the second of two simultaneous uploads of one new name instead of overwriting', async () => {
    const other = new TextEncoder().encode('# Other\n\nA different document entirely.\n');
    const results = await Promise.allSettled([saveUpload({ fileName: 'same.md', bytes: markdown }, options()), saveUpload({ fileName: 'same.md', bytes: other }, options())]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
  });

  it('refuses unsupported types, oversized and empty files with a reason', async () => {
    await expect(saveUpload({ fileName: '.md', bytes: markdown }, options())).rejects.toMatchObject({ reason: 'unsupported_type' });
    await expect(saveUpload({ fileName: 'run.exe', bytes: markdown }, options())).rejects.toMatchObject({ reason: 'unsupported_type' });
    const big = new Uint8Array(2048).fill(65);
    await expect(saveUpload({ fileName: 'big.txt', bytes: big }, options())).rejects.toMatchObject({ reason: 'too_large' });
    await expect(saveUpload({ fileName: 'empty.md', bytes: new Uint8Array() }, options())).rejects.toMatchObject({ reason: 'unreadable' });
  });

  it('refuses bytes the indexer cannot read and leaves nothing behind', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const error = await saveUpload({ fileName: 'image.md', bytes: png }, options()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadRejectedError);
    expect((error as UploadRejectedError).reason).toBe('unreadable');
    expect((await readdir(dir)).filter((f) => !f.startsWith('.'))).toEqual([]);
    expect(await readdir(join(dir, '.uploads'))).toEqual([]);
  });
});

describe('sanitizeFileName', () => {
  it('strips paths, hidden-file dots and unsafe characters', () => {
    expect(sanitizeFileName('..\\..\\secret.md')).toBe('secret.md');
    expect(sanitizeFileName('.env.md')).toBe('env.md');
    expect(sanitizeFileName('re:port*<1>.pdf')).toBe('re-port--1-.pdf');
    expect(sanitizeFileName('تقرير.md')).toBe('تقرير.md');
  });

  it('rejects names with nothing usable left', () => {
    expect(() => sanitizeFileName('../...')).toThrow(UploadRejectedError);
    expect(() => sanitizeFileName('\u0000\u200b')).toThrow(UploadRejectedError);
  });
});
