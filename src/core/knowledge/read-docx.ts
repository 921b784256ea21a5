import { UnreadableFileError } from '../errors.js';
import { readHtml } from './read-html.js';
import type { ReadContext, ReadResult } from './read-result.js';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

/**
 * Reads a .docx through mammoth's HTML conversion and the HTML reader. LangChain's DocxLoader is
 * not used because it extracts raw text only, losing the headings that give passages their
 * locators. Title: the first heading. Images are dropped rather than inlined as data URIs.
 */
export async function readDocx(bytes: Uint8Array, context: ReadContext): Promise<ReadResult> {
  const fail = (detail: string, cause?: unknown, reason: 'corrupt' | 'encrypted' = 'corrupt') =>
    new UnreadableFileError(context.source, reason, detail, { cause });
  if (startsWith(bytes, OLE)) {
    // Office keeps password-protected .docx files in an OLE container with an EncryptedPackage stream.
    if (Buffer.from(bytes).includes(Buffer.from('EncryptedPackage', 'utf16le'))) {
      throw fail('is password-protected: remove the password in Word and add it again', undefined, 'encrypted');
    }
    throw fail('is an old Word .doc file renamed .docx; open it in Word and save it as .docx');
  }
  if (!startsWith(bytes, ZIP)) throw fail('is not a Word document (a .docx is a zip archive and this file is not one)');
  // Loaded on first use, like the PDF stack, so start-up does not pay for formats it may not see.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { externalFileAccess: false, convertImage: mammoth.images.imgElement(async () => ({ src: '' })) },
    );
    html = result.value;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw /main document part/i.test(message)
      ? fail('is a zip archive without word/document.xml, so not a Word document (a renamed .zip?)', error)
      : fail(`could not be read as a Word document (${message}); save it again from Word`, error);
  }
  const { blocks, firstHeading } = readHtml(html, context);
  return { blocks, ...(firstHeading ? { title: firstHeading } : {}) };
}

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}
