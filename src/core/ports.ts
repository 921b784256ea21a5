/**
 * The contract between the core and its adapters (Slack, Discord, CLI). Adapters receive a
 * `PolicyBot` and only translate platform events into these calls and the results back into
 * platform messages.
 */

/** One numbered source an answer relies on. `n` is the marker `[n]` used in the text. */
export interface Citation {
  n: number;
  passageId: string;
  /** Path under the knowledge folder. */
  source: string;
  title: string;
  locator: string;
  /** The passage, verbatim. */
  text: string;
  score: number;
}

/** A document named without quoting it (e.g. the closest documents to a declined question). */
export interface DocumentRef {
  source: string;
  title: string;
}

/** How an answer was produced. */
export type AnswerMode = 'extractive' | 'llm';

/** Input that was refused before any search ran. */
export interface InvalidInput {
  kind: 'invalid';
  reason: 'empty' | 'too_long';
  /** The configured limit, for `too_long`. */
  limit?: number;
  received?: number;
}

export interface AnswerOptions {
  /** Earlier questions in the same conversation (oldest first), used to resolve follow-ups. */
  history?: string[];
  /** Called with the answer text so far, as an LLM streams it. */
  onPartial?: (textSoFar: string) => void;
  signal?: AbortSignal;
}

export type AskResult =
  | {
      kind: 'answer';
      id: string;
      question: string;
      /** Text with `[n]` markers that point into `citations`. */
      answer: string;
      citations: Citation[];
      mode: AnswerMode;
      /** A short remark for the reader, e.g. that the LLM was unreachable and this is extractive. */
      notice?: string;
    }
  | {
      kind: 'declined';
      id: string;
      question: string;
      /** A plain statement that the knowledge base does not cover the question. */
      answer: string;
      closest: DocumentRef[];
      mode: AnswerMode;
      notice?: string;
    }
  | {
      /** "What documents do you have?": the knowledge base's contents, not an answer from them. */
      kind: 'catalog';
      id: string;
      question: string;
      /** A plain sentence introducing the list: how many documents, what to ask. */
      answer: string;
      /** The documents by title; the first few, when `answer` says there are more. */
      documents: DocumentRef[];
    }
  | InvalidInput;

export interface SummaryBullet {
  text: string;
  /** Marker numbers into `citations`. */
  citations: number[];
}

export type SummaryResult =
  | {
      kind: 'summary';
      id: string;
      topic: string;
      /** What was summarised: a topic or a document title. */
      heading: string;
      bullets: SummaryBullet[];
      citations: Citation[];
      mode: AnswerMode;
      notice?: string;
    }
  | { kind: 'declined'; id: string; topic: string; answer: string; closest: DocumentRef[]; mode: AnswerMode }
  | InvalidInput;

export interface SourceInfo {
  source: string;
  title: string;
  date?: string;
  /** What the document is, when its metadata says ("commissioned article"). */
  kind?: string;
  passages: number;
  /** ISO timestamp of the index generation that last (re)embedded this document. */
  indexedAt: string;
}

export interface SkippedFile {
  source: string;
  reason: string;
  detail: string;
}

export interface IndexReport {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
  passages: number;
  ms: number;
  skipped: SkippedFile[];
  /** Where the time went, for benchmarks: reading and splitting, embedding, the two indexes, writing. */
  timings?: { parseMs: number; embedMs: number; lexicalMs: number; vectorMs: number; writeMs: number };
}

export interface IndexProgress {
  phase: 'scan' | 'load' | 'embed' | 'write' | 'done';
  done: number;
  total: number;
  source?: string;
}

export interface ReindexOptions {
  onProgress?: (progress: IndexProgress) => void;
}

/** A document offered through chat. */
export interface Upload {
  fileName: string;
  bytes: Uint8Array;
  /** Allow replacing an existing document of the same name. */
  replace?: boolean;
}

export interface UploadResult {
  source: string;
  replaced: boolean;
  report: IndexReport;
}

export interface FeedbackVote {
  answerId: string;
  question: string;
  user: string;
  platform: string;
  vote: 'up' | 'down';
}

/** Everything the adapters can ask of the core. */
export interface PolicyBot {
  ask(question: string, options?: AnswerOptions): Promise<AskResult>;
  /** A topic ("distillation", "the hearing", "ip") or a document (file name or title). */
  summarize(topicOrDocument: string, options?: AnswerOptions): Promise<SummaryResult>;
  listSources(): Promise<SourceInfo[]>;
  /** Document names and titles, for autocomplete. */
  documentNames(): Promise<DocumentRef[]>;
  /** Rejects with `IndexLockedError` when another re-index is running. */
  reindex(options?: ReindexOptions): Promise<IndexReport>;
  /** Rejects with `UploadRejectedError` when the file is refused. */
  addDocument(upload: Upload, options?: ReindexOptions): Promise<UploadResult>;
  recordFeedback(vote: FeedbackVote): Promise<void>;
}
