import type { ErrorCode, InvalidInput } from '../../core/index.js';

/** Console wording for core outcomes and error codes: the CLI's one table of user-facing text. */
export function describeInvalid(input: InvalidInput): string {
  switch (input.reason) {
    case 'empty':
      return 'Please type a question (it was empty).';
    case 'too_long':
      return `That question is ${input.received} characters long; the limit is ${input.limit}. Shorten it to the part you want answered.`;
  }
}

export function describeError(code: ErrorCode, message: string): string {
  switch (code) {
    case 'index_locked':
      return 'A re-index is already running. Try again when it has finished.';
    case 'index_missing':
    case 'index_corrupt':
    case 'index_mismatch':
      return `${message}`;
    case 'upload_rejected':
    case 'file_unreadable':
    case 'config_invalid':
      return message;
    case 'llm_failed':
      return `The language model failed (${message}).`;
    case 'embeddings_failed':
      return `Embedding failed (${message}).`;
    case 'unknown':
      return `Something went wrong: ${message}`;
  }
}

/** Printed before the final answer when it differs from the text that streamed to the console. */
export const STREAM_REPLACED = 'Checked against the sources, the answer is:';

export const HELP_TEXT = [
  'Ask a question in plain words, or use:',
  '  /summary <topic|document>  cited bullets on a topic (distillation, the hearing, ip) or one document',
  '  /sources                   the indexed documents',
  '  /reindex                   re-read knowledge/ and update the index',
  '  /help                      this text',
  '  /quit                      leave',
].join('\n');
