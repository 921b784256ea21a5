import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UnreadableFileError } from '../../../src/core/errors.js';
import { loadDocument, splitDocument } from '../../../src/core/knowledge/index.js';
import { fixture, knowledgeFile, LOAD } from './fixture-file.js';

const temp = mkdtempSync(join(tmpdir(), 'load-document-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

async function writeTemp(name: string, content: string | Uint8Array) {
  writeFileSync(join(temp, name), content);
  return knowledgeFile(join(temp, name), name);
}

async function failure(promise: Promise<unknown>): Promise<UnreadableFileError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnreadableFileError);
  return error as UnreadableFileError;
}

describe('loadDocument', () => {
  it.each([
    ['binary-renamed.md', 'binary', /PNG image renamed \.md/],
    ['invalid-utf8.txt', 'invalid_encoding', /not valid UTF-8.*save it again as UTF-8/],
    ['empty.md', 'empty', /0 bytes/],
    ['whitespace.txt', 'empty', /only whitespace/],
    ['encrypted.pdf', 'encrypted', /password-protected: remove the password/],
    ['truncated.pdf', 'corrupt', /damaged or not a PDF/],
    ['scanned.pdf', 'empty', /OCR/],
    ['zip-renamed.docx', 'corrupt', /without word\/document\.xml/],
    ['random.docx', 'corrupt', /not a Word document/],
  ])('refuses %s with reason %s and an actionable detail', async (name, reason, detail) => {
    const error = await failure(loadDocument(await fixture(name), LOAD));
    expect(error.reason).toBe(reason);
    expect(error.detail).toMatch(detail);
    expect(error.path).toBe(name);
    expect(error.code).toBe('file_unreadable');
  });

  it('refuses a file over maxFileBytes, naming its size and the limit', async () => {
    const error = await failure(loadDocument(await fixture('sample.md'), { maxFileBytes: 100 }));
    expect(error.reason).toBe('too_large');
    expect(error.detail).toMatch(/is 713 bytes, over the 100 bytes limit/);
  });

  it('reports a file that disappeared as io_error', async () => {
    const file = await writeTemp('gone.md', '# Gone\n\nText.');
    rmSync(file.path);
    expect((await failure(loadDocument(file, LOAD))).reason).toBe('io_error');
  });

  it('refuses an unsupported extension', async () => {
    const file = await writeTemp('sheet.xlsx', 'a,b');
    const error = await failure(loadDocument(file, LOAD));
    expect(error.reason).toBe('unsupported_type');
    expect(error.detail).toMatch(/\.xlsx files are not supported/);
  });

  it('rejects UTF-16 text as invalid_encoding', async () => {
    const file = await writeTemp('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Hello there.', 'utf16le')]));
    expect((await failure(loadDocument(file, LOAD))).detail).toMatch(/UTF-16/);
  });

  it('strips a UTF-8 byte-order mark', async () => {
    const file = await writeTemp('bom.txt', '\uFEFFFirst paragraph.\n\nSecond paragraph.');
    const doc = await loadDocument(file, LOAD);
    expect(doc.blocks[0]!.text).toBe('First paragraph.');
  });

  it('reads a sidecar for a text file and lets its keys override front matter', async () => {
    await writeTemp('note.md.meta.yaml', 'title: From sidecar\nurls: https://example.org/one\nkind: "  board   memo "\n');
    const file = await writeTemp('note.md', '---\ntitle: From front matter\ndate: 2026-04-30\nkind: brief\n---\nBody text.');
    const doc = await loadDocument(file, LOAD);
    expect(doc.meta).toEqual({ source: 'note.md', title: 'From sidecar', date: '2026-04-30', urls: ['https://example.org/one'], kind: 'board memo' });
  });

  it.each([['"2026-02-30"'], ['next spring']])('drops the date %s, which is not a calendar date', async (date) => {
    const file = await writeTemp('baddate.md', `---\ndate: ${date}\n---\nBody text.`);
    expect((await loadDocument(file, LOAD)).meta.date).toBeUndefined();
  });

  it('normalises a quoted date-time to its date', async () => {
    const file = await writeTemp('datetime.md', '---\ndate: "2026-04-30T09:15:00Z"\n---\nBody text.');
    expect((await loadDocument(file, LOAD)).meta.date).toBe('2026-04-30');
  });

  it('reports an invalid sidecar as corrupt, naming the sidecar', async () => {
    await writeTemp('broken.txt.meta.yaml', 'title: [unclosed');
    const file = await writeTemp('broken.txt', 'Some text.');
    const error = await failure(loadDocument(file, LOAD));
    expect(error.reason).toBe('corrupt');
    expect(error.detail).toContain('broken.txt.meta.yaml');
  });

  it('falls back to the humanised file name for a title', async () => {
    const file = await writeTemp('model_distillation-notes.txt', 'Some text.');
    expect((await loadDocument(file, LOAD)).meta.title).toBe('Model distillation notes');
  });

  it('sets contentHash to the same hash the listing computed', async () => {
    const file = await fixture('sample.pdf');
    expect((await loadDocument(file, LOAD)).contentHash).toBe(file.hash);
  });

  it('loads and splits a 20 MB single-line text file into bounded passages', { timeout: 30_000 }, async () => {
    const sentence = 'The student model imitates the teacher on 3.4 million prompts, e.g. chat logs. ';
    const file = await writeTemp('huge.txt', sentence.repeat(Math.ceil(20_000_000 / sentence.length)));
    const passages = splitDocument(await loadDocument(file, LOAD));
    expect(passages.length).toBeGreaterThan(15_000);
    expect(Math.max(...passages.map((p) => p.pageContent.length))).toBeLessThanOrEqual(1000);
    expect(passages.every((p) => p.pageContent.endsWith('chat logs.'))).toBe(true);
  });

  it('reads Markdown full of unbalanced brackets, tags and emphasis in linear time', { timeout: 30_000 }, async () => {
    const file = await writeTemp('noisy.md', '[a](b **c <d _e '.repeat(50_000) + '[['.repeat(300_000) + '<a '.repeat(200_000) + '`');
    const doc = await loadDocument(file, LOAD);
    expect(doc.blocks).toHaveLength(1);
    expect(doc.blocks[0]!.text.startsWith('[a](b c <d e [a](b c <d e')).toBe(true);
    expect(doc.blocks[0]!.text.endsWith('<a <a `')).toBe(true);
  });
});
