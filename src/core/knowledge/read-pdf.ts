import { UnreadableFileError } from '../errors.js';
import type { Block } from './document.js';
import { pdfParagraphs } from './pdf-paragraphs.js';
import type { ReadContext, ReadResult } from './read-result.js';

/**
 * Reads a PDF page by page with LangChain's PDFLoader (pdf-parse v2 underneath). Blocks carry
 * their page; a heading-like line sets the heading path for what follows, across pages. Title:
 * the PDF's info dictionary Title.
 */
export async function readPdf(bytes: Uint8Array, context: ReadContext): Promise<ReadResult> {
  const pages = await loadPages(bytes, context);
  const blocks: Block[] = [];
  let headingPath: string[] = [];
  for (const page of pages) {
    for (const unit of pdfParagraphs(page.pageContent)) {
      if (unit.kind === 'heading') headingPath = [unit.text];
      else blocks.push({ text: unit.text, headingPath, page: page.metadata.loc?.pageNumber });
    }
  }
  if (blocks.length === 0) throw noText(context);
  const info = pages[0]?.metadata.pdf?.info as { Title?: unknown } | undefined;
  const title = typeof info?.Title === 'string' ? info.Title.trim() : '';
  return { blocks, ...(title ? { title } : {}) };
}

interface PdfPage {
  pageContent: string;
  metadata: { loc?: { pageNumber?: number }; pdf?: { info?: unknown } };
}

async function loadPages(bytes: Uint8Array, context: ReadContext): Promise<PdfPage[]> {
  // Loaded on first use: the PDF stack takes about two seconds to import.
  const { PDFLoader } = await import('@langchain/community/document_loaders/fs/pdf');
  try {
    return (await new PDFLoader(new Blob([bytes]), { splitPages: true }).load()) as PdfPage[];
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    if (name === 'PasswordException') {
      throw new UnreadableFileError(
        context.source,
        'encrypted',
        'is password-protected: remove the password (e.g. `qpdf --decrypt in.pdf out.pdf`) and add it again',
        { cause: error },
      );
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new UnreadableFileError(
      context.source,
      'corrupt',
      `is damaged or not a PDF (${message}); export or download it again`,
      { cause: error },
    );
  }
}

function noText(context: ReadContext): UnreadableFileError {
  return new UnreadableFileError(
    context.source,
    'empty',
    'has no extractable text (probably a scanned image); run it through OCR (e.g. `ocrmypdf`) and add the result',
  );
}
