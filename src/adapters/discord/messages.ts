import type { ErrorCode, IndexProgress, InvalidInput, UploadRejection } from '../../core/index.js';

/**
 * Every sentence the Discord bot says that does not come from the core, in one table: result
 * kinds, refusals and error codes map to chat text here and nowhere else (as zod's locales/en.ts
 * does for issue codes). Users see a reference to quote, never a stack trace or a provider error.
 */
export const messages = {
  invalid(input: InvalidInput, how: 'command' | 'mention'): string {
    if (input.reason === 'too_long') {
      const received = input.received === undefined ? 'too long' : `${input.received} characters`;
      return `That question is ${received}; the limit is ${input.limit ?? 'lower'} characters. Try a shorter one.`;
    }
    return how === 'command'
      ? 'Ask a question, e.g. `/ask question: What is model distillation?`'
      : 'Mention me with a question, e.g. “@policybot what did the court decide?”';
  },
  closest: 'The closest documents I have:',
  citationsHeading: 'Sources',
  locator: 'Where',
  source: 'File',
  rateLimited: (waitMs: number) => `You’re asking faster than I can keep up. Try again in ${Math.ceil(waitMs / 1000)} s.`,
  notAllowed: 'Only server managers (Manage Server) and the bot’s admins can re-index or add documents.',
  uploadNeedsFile: 'Attach the document to the same message as `add` (Markdown, text, PDF or Word).',
  uploadTooLarge: (name: string, maxBytes: number) =>
    `${name} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MB upload limit.`,
  uploadDownloadFailed: (name: string) => `I couldn’t download ${name} from Discord. Try sending it again.`,
  uploadRejected(name: string, reason: UploadRejection): string {
    const why: Record<UploadRejection, string> = {
      unsupported_type: 'is not a type I can read (Markdown, text, PDF or Word).',
      too_large: 'is larger than the upload limit.',
      bad_name: 'has a name I can’t store; rename it with letters, digits, dashes or dots.',
      exists: 'already exists. Send it again with `replace` to overwrite it.',
      unreadable: 'could not be read (damaged, encrypted or empty).',
    };
    return `${name} ${why[reason]}`;
  },
  uploaded: (source: string, replaced: boolean) => `${replaced ? 'Replaced' : 'Added'} **${source}**.`,
  reindexStarted: 'Re-indexing…',
  progress(p: IndexProgress): string {
    const phase = { scan: 'Scanning', load: 'Reading', embed: 'Embedding', write: 'Saving', done: 'Finished' }[p.phase];
    const count = p.total > 0 ? ` ${p.done}/${p.total}` : '';
    return `${phase}${count}${p.source ? ` — ${p.source}` : ''}…`;
  },
  sourcesEmpty: 'No documents are indexed yet. An admin can add some with `/reindex`.',
  sourcesHeading: (count: number) => `**${count} document${count === 1 ? '' : 's'} indexed**`,
  feedbackUp: 'Helpful',
  feedbackDown: 'Not helpful',
  feedbackThanks: (vote: 'up' | 'down') =>
    vote === 'up' ? 'Thanks — noted that this answer helped.' : 'Thanks — noted that this answer missed. The team reviews these.',
  indexLocked: 'A re-index is already running. Try again when it has finished.',
  error(code: ErrorCode, ref: string): string {
    const text: Partial<Record<ErrorCode, string>> = {
      index_missing: 'The document index isn’t built yet. An admin can run `/reindex`.',
      index_corrupt: 'The document index is damaged. An admin can rebuild it with `/reindex`.',
      index_mismatch: 'The document index was built with other settings. An admin can rebuild it with `/reindex`.',
      embeddings_failed: 'I couldn’t reach the search service just now. Try again in a minute.',
      llm_failed: 'I couldn’t reach the language model just now. Try again in a minute.',
    };
    return `${text[code] ?? 'Something went wrong on my side.'} (ref ${ref})`;
  },
} as const;
