import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listKnowledgeFiles } from '../../../src/core/knowledge/index.js';

const dir = mkdtempSync(join(tmpdir(), 'list-knowledge-'));
const write = (path: string, content: string) => {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), content);
};

beforeAll(() => {
  write('brief.md', '# Brief\n\nText.');
  write('brief.md.meta.yaml', 'title: Brief\n');
  write('cases/hearing.txt', 'Hearing text.');
  write('cases/Report.PDF', '%PDF-1.4');
  write('.hidden.md', 'secret');
  write('.git/notes.md', 'not knowledge');
  write('orphan.meta.yaml', 'title: nothing\n');
  write('sheet.xlsx', 'a,b');
  write('README', 'no extension');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('listKnowledgeFiles', () => {
  it('lists supported files recursively with forward-slash sources, sorted', async () => {
    const { files } = await listKnowledgeFiles(dir);
    expect(files.map((f) => f.source)).toEqual(['brief.md', 'cases/Report.PDF', 'cases/hearing.txt']);
    expect(files[0]).toMatchObject({ path: join(dir, 'brief.md'), bytes: 14 });
    expect(files.every((f) => /^[0-9a-f]{64}$/.test(f.hash))).toBe(true);
  });

  it('ignores hidden files and folders and sidecars, and reports other files as unsupported', async () => {
    const { skipped } = await listKnowledgeFiles(dir);
    expect(skipped.map((s) => [s.source, s.reason])).toEqual([
      ['README', 'unsupported_type'],
      ['sheet.xlsx', 'unsupported_type'],
    ]);
    expect(skipped[1]!.detail).toMatch(/\.xlsx files are not supported; use \.md, \.txt, \.html, \.pdf, \.docx/);
  });

  it('gives the same hash for unchanged files and a new one when the sidecar changes', async () => {
    const hashOf = async () => (await listKnowledgeFiles(dir)).files.find((f) => f.source === 'brief.md')!.hash;
    const before = await hashOf();
    expect(await hashOf()).toBe(before);
    write('brief.md.meta.yaml', 'title: Brief, revised\n');
    const afterEdit = await hashOf();
    expect(afterEdit).not.toBe(before);
    rmSync(join(dir, 'brief.md.meta.yaml'));
    expect(await hashOf()).not.toBe(afterEdit);
  });

  it('throws io_error when the folder does not exist', async () => {
    await expect(listKnowledgeFiles(join(dir, 'missing'))).rejects.toMatchObject({ reason: 'io_error' });
  });
});
