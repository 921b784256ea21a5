import { copyFile, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPolicyBot, type PolicyBotService } from '../../src/core/create-policy-bot.js';
import { buildIndex } from '../../src/core/index/build-index.js';
import { buildOptions, createWorkspace, fixtureBotOptions } from '../helpers/knowledge-workspace.js';

const FILES = new URL('../fixtures/files/', import.meta.url).pathname;

/** Deterministic PRNG (mulberry32) so a failure reproduces. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => void process.on('unhandledRejection', onUnhandled));
afterAll(() => void process.off('unhandledRejection', onUnhandled));

async function writeMalformedFiles(dir: string): Promise<string[]> {
  const next = random(7);
  const bytes = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
  const files: [string, Uint8Array | string][] = [];
  for (const ext of ['md', 'txt', 'html', 'pdf', 'docx']) {
    for (const size of [1, 300, 70_000]) files.push([`random-${size}.${ext}`, bytes(size)]);
    files.push([`empty.${ext}`, new Uint8Array()]);
  }
  const pdf = await readFile(join(FILES, 'sample.pdf'));
  for (const cut of [8, 64, 200, 500, 900, 1500, 2500, 0.5, 0.8, 0.95]) {
    const length = cut < 1 ? Math.floor(pdf.length * cut) : cut;
    files.push([`truncated-${String(cut).replace('.', '_')}.pdf`, pdf.subarray(0, length)]);
  }
  const docx = await readFile(join(FILES, 'sample.docx'));
  for (const cut of [4, 100, 0.3, 0.6, 0.9]) files.push([`truncated-${String(cut).replace('.', '_')}.docx`, docx.subarray(0, cut < 1 ? Math.floor(docx.length * cut) : cut)]);
  const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 1, 0]);
  for (const ext of ['md', 'txt', 'html']) files.push([`png-renamed.${ext}`, png]);
  for (const ext of ['md', 'txt', 'html']) files.push([`invalid-utf8.${ext}`, Uint8Array.from([0x48, 0x69, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1])]);
  files.push(['whitespace.md', ' \n\t\n   '], ['whitespace.txt', '\n\n\n']);
  files.push(['utf16.txt', Buffer.from('\ufeffHello distillation', 'utf16le')]);
  files.push(['nul-inside.md', 'Distillation\u0000 trains\u0000 students.']);
  files.push(['deep.html', `${'<div>'.repeat(20_000)}text${'</div>'.repeat(20_000)}`]);
  files.push(['brackets.md', `${'[('.repeat(50_000)} **${'_'.repeat(10_000)}`]);
  files.push(['one-line-20mb.txt', 'distillation '.repeat(1_650_000)]);
  files.push(['zip-renamed.docx', await readFile(join(FILES, 'zip-renamed.docx'))]);
  files.push(['encrypted.pdf', await readFile(join(FILES, 'encrypted.pdf'))]);
  files.push(['scanned.pdf', await readFile(join(FILES, 'scanned.pdf'))]);
  await mkdir(join(dir, 'malformed'));
  for (const [name, content] of files) await writeFile(join(dir, 'malformed', name), content);
  await copyFile(join(FILES, 'sample.md'), join(dir, 'malformed', 'good.md'));
  return files.map(([name]) => `malformed/${name}`);
}

describe('buildIndex on malformed files', () => {
  it('indexes what it can, reports every file it skipped with a reason, and never crashes', async () => {
    const ws = await createWorkspace();
    const malformed = await writeMalformedFiles(ws.knowledgeDir);
    expect(malformed.length).toBeGreaterThanOrEqual(50);
    // 10 MB cap: the 20 MB line is refused for size (its splitting is covered by the loader tests).
    const report = await buildIndex({ ...buildOptions(ws), maxFileBytes: 10 * 1024 * 1024 });
    const skipped = new Map(report.skipped.map((s) => [s.source, s]));
    for (const s of report.skipped) expect(s.detail.length).toBeGreaterThan(10);
    const indexed = report.added;
    const listed = (await readdir(join(ws.knowledgeDir, 'malformed'))).length + 4;
    expect(indexed + report.skipped.length).toBe(listed);
    for (const name of ['malformed/empty.md', 'malformed/png-renamed.md', 'malformed/invalid-utf8.txt', 'malformed/zip-renamed.docx', 'malformed/encrypted.pdf', 'malformed/truncated-200.pdf', 'malformed/one-line-20mb.txt']) {
      expect(skipped.has(name), name).toBe(true);
    }
    expect(skipped.get('malformed/encrypted.pdf')?.reason).toBe('encrypted');
    expect(skipped.get('malformed/one-line-20mb.txt')?.reason).toBe('too_large');
    expect(skipped.has('malformed/good.md')).toBe(false);
    expect(unhandled).toEqual([]);
  });
});

describe('ask on random and malformed questions', () => {
  let bot: PolicyBotService;
  beforeAll(async () => {
    const ws = await createWorkspace();
    bot = await openPolicyBot(fixtureBotOptions(ws));
  });
  afterAll(async () => bot.close());

  function question(next: () => number): string {
    const pick = <T>(xs: T[]) => xs[Math.floor(next() * xs.length)]!;
    const length = Math.floor(next() ** 3 * 3000);
    const alphabets = [
      () => String.fromCharCode(Math.floor(next() * 0xffff)),
      () => pick(['distillation', 'Musk', 'OpenAI', 'copyright', 'jury', '[1]', '[99]', '\u0000', '\u202e', '🚀', 'טקסט', 'نص', '漢字', '\\', '$&', '(?:', '**', '<script>', "'; DROP TABLE", ' ']),
      () => String.fromCodePoint(0x1f300 + Math.floor(next() * 0x300)),
      () => pick([' ', '\n', '\t', '.', '?', '!']),
    ];
    const alphabet = pick(alphabets);
    let text = '';
    while (text.length < length) text += alphabet();
    return next() < 0.05 ? text.repeat(30) : text;
  }

  it('gives a valid result for each of 1,200 random questions, with every marker pointing at a listed citation', async () => {
    const next = random(42);
    const kinds = new Map<string, number>();
    for (let i = 0; i < 1200; i++) {
      const q = question(next);
      const result = await bot.ask(q);
      kinds.set(result.kind, (kinds.get(result.kind) ?? 0) + 1);
      if (result.kind === 'answer') {
        for (const m of result.answer.matchAll(/\[(\d+)\]/g)) expect(result.citations.some((c) => c.n === Number(m[1]))).toBe(true);
      }
      if (result.kind === 'invalid' && result.reason === 'too_long') expect(result.limit).toBe(2000);
    }
    expect(kinds.get('invalid')).toBeGreaterThan(0);
    expect(kinds.get('declined')).toBeGreaterThan(0);
    expect(unhandled).toEqual([]);
  });

  it('summarises random topics without failing', async () => {
    const next = random(9);
    for (let i = 0; i < 100; i++) {
      const result = await bot.summarize(question(next));
      expect(['summary', 'declined', 'invalid']).toContain(result.kind);
    }
  });
});
