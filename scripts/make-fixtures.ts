/**
 * Writes the knowledge-loader fixtures into tests/fixtures/files/: one good file per format and
 * the broken files each loader must refuse. Run: npx tsx scripts/make-fixtures.ts
 * The output is committed; re-running gives the same content (the .docx zip carries timestamps).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { PDFDocument, StandardFonts } from 'pdf-lib';

const OUT = join(import.meta.dirname, '..', 'tests', 'fixtures', 'files');
const FIXED_DATE = new Date('2026-05-01T00:00:00Z');

const SAMPLE_MD = `---
title: Distillation brief
date: 2026-05-01
urls:
  - https://example.org/hearing
  - https://example.org/distillation
---
# Distillation brief

This brief is a **summary** written for the test corpus, with a [linked source](https://example.org/x)
and a chart ![chart](chart.png) that is dropped.

## The hearing

Musk was cross-examined on day three of the trial.

He answered "Partly." when pressed on distillation.

### Cross-examination

- Distillation means using one model to train another.
- Generally all the AI companies do it, _he said_.

Counsel asked whether that was a yes.

## Why it matters

\`\`\`
teacher -> student
\`\`\`

Courts have not settled how intellectual property applies to distillation.
`;

const SAMPLE_TXT = `Background

Model distillation trains a smaller student model on the outputs of a larger
teacher model, so the student learns to imitate the teacher.

It is common inside one company and contested between competitors.
`;

const SAMPLE_HTML = `<!doctype html>
<html><head><title>Distillation &amp; the courts</title><style>p { color: red }</style>
<script>document.write("tracking")</script></head>
<body><nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<h1>Distillation and IP</h1>
<p>Distillation copies <em>behaviour</em>, not weights.</p>
<h2>Open questions</h2>
<p>Whether terms of service bind a competitor is unsettled.</p>
<ul><li>Copyright in model outputs</li><li>Trade secrets</li></ul>
<script>console.log("not content")</script>
</body></html>
`;

const PDF_PAGES = [
  [
    ['Hearing summary'],
    ['On the third day of the trial, counsel for OpenAI asked Musk to define', 'model distillation for the jury.'],
    ['Musk said it means using one AI model to train another, and that', 'all the AI companies do it to some degree.'],
  ],
  [
    ['Asked whether xAI had distilled OpenAI models, he answered that it had', 'done so partly.'],
    ['The judge later adopted the advisory verdict.'],
  ],
];

async function samplePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle('Hearing notes');
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  const font = await doc.embedFont(StandardFonts.Helvetica);
  PDF_PAGES.forEach((paragraphs, index) => {
    const page = doc.addPage([612, 792]);
    let y = 740;
    for (const lines of paragraphs) {
      for (const line of lines) {
        page.drawText(line, { x: 72, y, size: 12, font });
        y -= 15;
      }
      y -= 12;
    }
    page.drawText(String(index + 1), { x: 300, y: 40, size: 10, font });
  });
  return doc.save({ useObjectStreams: false });
}

async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(FIXED_DATE);
  doc.setModificationDate(FIXED_DATE);
  doc.addPage([612, 792]).drawRectangle({ x: 72, y: 500, width: 400, height: 200 });
  return doc.save();
}

async function sampleDocx(): Promise<Uint8Array> {
  const para = (text: string, heading?: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
    new Paragraph({ children: [new TextRun(text)], ...(heading ? { heading } : {}) });
  const doc = new Document({
    creator: 'policybot fixtures',
    sections: [
      {
        children: [
          para('Policy memo', HeadingLevel.HEADING_1),
          para('Distillation raises questions of contract and copyright.'),
          para('Terms of service', HeadingLevel.HEADING_2),
          para('Many providers forbid using outputs to build competing models.'),
          para('Enforcement depends on proving the outputs were used.'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A one-page PDF with a Standard security handler (RC4 40-bit, R2) whose user password is "secret". */
function encryptedPdf(): Uint8Array {
  const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const pad = (password: string) => Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PAD]).subarray(0, 32);
  const id = md5(Buffer.from('policybot-encrypted-fixture'));
  const owner = rc4(md5(pad('owner')).subarray(0, 5), pad('secret'));
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-44);
  const key = md5(pad('secret'), owner, permissions, id).subarray(0, 5);
  const user = rc4(key, PASSWORD_PAD);
  const objectKey = md5(key, Buffer.from([4, 0, 0, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey, Buffer.from('BT /F1 12 Tf 72 720 Td (Confidential distillation notes.) Tj ET'));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${content.length} >>\nstream\n${content.toString('latin1')}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P -44 >>`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>] >>\n`;
  pdf += `startxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const PASSWORD_PAD = Buffer.from('28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A', 'hex');

function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i += 1) {
    j = (j + s[i]! + key[i % key.length]!) % 256;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n += 1) {
    i = (i + 1) % 256;
    j = (j + s[i]!) % 256;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[n] = data[n]! ^ s[(s[i]! + s[j]!) % 256]!;
  }
  return out;
}

/** A valid zip holding one stored file, and no word/document.xml. */
function zipWithoutDocument(): Uint8Array {
  const name = Buffer.from('notes.txt');
  const data = Buffer.from('not a word document\n');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** Deterministic noise, so re-running the script does not change random.docx. */
function noise(length: number): Uint8Array {
  let state = 0x2545f491;
  return Uint8Array.from({ length }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return state & 0xff;
  });
}

const PNG_HEAD = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const pdf = await samplePdf();
  const files: Record<string, string | Uint8Array> = {
    'sample.md': SAMPLE_MD,
    'sample.txt': SAMPLE_TXT,
    'sample.html': SAMPLE_HTML,
    'sample.pdf': pdf,
    'sample.pdf.meta.yaml': 'title: Notes from the hearing\ndate: 2026-04-30\nurls:\n  - https://example.org/hearing-notes\n',
    'sample.docx': await sampleDocx(),
    'binary-renamed.md': Buffer.concat([PNG_HEAD, noise(64)]),
    'invalid-utf8.txt': Buffer.from('Caf\xe9 r\xe9sum\xe9: written in Latin-1, not UTF-8.\n', 'latin1'),
    'empty.md': '',
    'whitespace.txt': '  \n\t\n   \n',
    'encrypted.pdf': encryptedPdf(),
    'truncated.pdf': pdf.subarray(0, Math.floor(pdf.length / 2)),
    'zip-renamed.docx': zipWithoutDocument(),
    'random.docx': noise(2048),
    'scanned.pdf': await scannedPdf(),
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(OUT, name), content);
  console.log(`wrote ${Object.keys(files).length} files to ${OUT}`);
}

await main();
