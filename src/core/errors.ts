/**
 * Every failure the core can raise. Each error has a stable `code` that adapters map to chat
 * text (see each adapter's messages table), carries the facts needed to act on it, and keeps
 * the underlying `cause`.
 */
export type ErrorCode =
  | 'config_invalid'
  | 'file_unreadable'
  | 'index_missing'
  | 'index_corrupt'
  | 'index_mismatch'
  | 'index_locked'
  | 'embeddings_failed'
  | 'llm_failed'
  | 'upload_rejected'
  | 'unknown';

export class BotError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Settings that fail validation; `problems` lists one line per setting. */
export class ConfigError extends BotError {
  constructor(readonly problems: string[]) {
    super('config_invalid', `Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

export type UnreadableReason =
  | 'unsupported_type'
  | 'binary'
  | 'invalid_encoding'
  | 'encrypted'
  | 'corrupt'
  | 'empty'
  | 'too_large'
  | 'io_error';

/** A file in the knowledge folder that cannot be turned into passages. Indexing skips it. */
export class UnreadableFileError extends BotError {
  constructor(
    readonly path: string,
    readonly reason: UnreadableReason,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super('file_unreadable', `${path}: ${detail}`, options);
  }
}

/** No index has been built yet in `dir`. */
export class IndexMissingError extends BotError {
  constructor(readonly dir: string) {
    super('index_missing', `No index found in ${dir}. Run \`npm run index\` to build it.`);
  }
}

/** The index on disk cannot be read or is internally inconsistent. */
export class IndexCorruptError extends BotError {
  constructor(
    readonly dir: string,
    readonly detail: string,
    options?: { cause?: unknown },
  ) {
    super('index_corrupt', `The index in ${dir} is damaged (${detail}). Run \`npm run index\` to rebuild it.`, options);
  }
}

/** The index was built with a different embedder or format than the current settings. */
export class IndexMismatchError extends BotError {
  constructor(
    readonly expected: string,
    readonly found: string,
  ) {
    super(
      'index_mismatch',
      `The index was built with ${found} but the settings ask for ${expected}. Run \`npm run index\` to rebuild it (vectors of two embedders are never mixed).`,
    );
  }
}

/** Another process holds the index writer lock. */
export class IndexLockedError extends BotError {
  constructor(
    readonly lockPath: string,
    options?: { cause?: unknown },
  ) {
    super('index_locked', `Another re-index is already running (lock ${lockPath}). Wait for it to finish and try again.`, options);
  }
}

export class EmbeddingsError extends BotError {
  constructor(
    readonly embedderId: string,
    detail: string,
    options?: { cause?: unknown },
  ) {
    super('embeddings_failed', `Embedding with ${embedderId} failed: ${detail}`, options);
  }
}

export class LlmError extends BotError {
  constructor(
    readonly model: string,
    readonly kind: 'timeout' | 'rate_limited' | 'server_error' | 'bad_response' | 'unreachable',
    detail: string,
    options?: { cause?: unknown },
  ) {
    super('llm_failed', `LLM ${model} ${kind}: ${detail}`, options);
  }
}

export type UploadRejection = 'unsupported_type' | 'too_large' | 'bad_name' | 'exists' | 'unreadable';

/** A document offered through chat that the knowledge base will not accept. */
export class UploadRejectedError extends BotError {
  constructor(
    readonly fileName: string,
    readonly reason: UploadRejection,
    readonly detail: string,
  ) {
    super('upload_rejected', `${fileName}: ${detail}`);
  }
}

/** Wraps anything thrown into a coded error, so boundaries can log and map it uniformly. */
export function asBotError(error: unknown): BotError {
  if (error instanceof BotError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new BotError('unknown', message, { cause: error });
}
