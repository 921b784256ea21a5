import type {
  AnswerOptions,
  AskResult,
  DocumentRef,
  FeedbackVote,
  IndexReport,
  PolicyBot,
  ReindexOptions,
  SourceInfo,
  SummaryResult,
  Upload,
  UploadResult,
} from '../../src/core/ports.js';

/**
 * A `PolicyBot` set up through its constructor. Any method that was not set up throws, so a test
 * notices when an adapter calls something it did not expect. Calls are recorded in `calls`.
 */
export interface FakePolicyBotSetup {
  ask?: (question: string, options?: AnswerOptions) => Promise<AskResult> | AskResult;
  summarize?: (topic: string, options?: AnswerOptions) => Promise<SummaryResult> | SummaryResult;
  listSources?: () => Promise<SourceInfo[]> | SourceInfo[];
  documentNames?: () => Promise<DocumentRef[]> | DocumentRef[];
  reindex?: (options?: ReindexOptions) => Promise<IndexReport> | IndexReport;
  addDocument?: (upload: Upload, options?: ReindexOptions) => Promise<UploadResult> | UploadResult;
  recordFeedback?: (vote: FeedbackVote) => Promise<void> | void;
}

export class FakePolicyBot implements PolicyBot {
  readonly calls: { method: keyof FakePolicyBotSetup; args: unknown[] }[] = [];

  constructor(private readonly setup: FakePolicyBotSetup) {}

  private call<K extends keyof FakePolicyBotSetup>(method: K, args: unknown[]): NonNullable<FakePolicyBotSetup[K]> {
    const fn = this.setup[method];
    if (!fn) throw new Error(`FakePolicyBot.${method} was called but not set up`);
    this.calls.push({ method, args });
    return fn;
  }

  async ask(question: string, options?: AnswerOptions): Promise<AskResult> {
    return this.call('ask', [question, options])(question, options);
  }
  async summarize(topic: string, options?: AnswerOptions): Promise<SummaryResult> {
    return this.call('summarize', [topic, options])(topic, options);
  }
  async listSources(): Promise<SourceInfo[]> {
    return this.call('listSources', [])();
  }
  async documentNames(): Promise<DocumentRef[]> {
    return this.call('documentNames', [])();
  }
  async reindex(options?: ReindexOptions): Promise<IndexReport> {
    return this.call('reindex', [options])(options);
  }
  async addDocument(upload: Upload, options?: ReindexOptions): Promise<UploadResult> {
    return this.call('addDocument', [upload, options])(upload, options);
  }
  async recordFeedback(vote: FeedbackVote): Promise<void> {
    return this.call('recordFeedback', [vote])(vote);
  }
}

/** An `ask` result with one citation, overridable field by field. */
export function createDummyAnswer(overrides: Partial<Extract<AskResult, { kind: 'answer' }>> = {}): AskResult {
  return {
    kind: 'answer',
    id: 'ans-1',
    question: 'What is distillation?',
    answer: 'Distillation uses one AI model to train another. [1]',
    citations: [
      {
        n: 1,
        passageId: 'technique.md#0-abc',
        source: 'technique.md',
        title: 'Model distillation, the technique',
        locator: 'What it is › ¶1',
        text: 'Distillation uses one AI model to train another.',
        score: 0.8,
      },
    ],
    mode: 'extractive',
    ...overrides,
  };
}
