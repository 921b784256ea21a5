/**
 * The policybot core: everything that knows nothing of Slack or Discord. Adapters and entry
 * files import from here only.
 *
 * knowledge (load, split) → index (embed, store, persist) → retrieval (hybrid search) → answer.
 *
 * Kept internal: the index's on-disk pieces (generations, snapshots, manifest), the retrieval
 * internals and the sentence scorer. They change with the format; callers go through
 * `openPolicyBot` and `buildIndex`.
 */

/**
 * Opens the index (building it when allowed) and returns the bot every adapter talks to.
 *
 * @example
 * const bot = await openPolicyBot({ knowledgeDir: 'knowledge', indexDir: '.policybot/index', feedbackLog: '.policybot/feedback.jsonl',
 *   embedder, hnsw: { m: 16, efConstruction: 100, efSearch: 128 }, limits, autoReindex: true });
 * const result = await bot.ask('Did xAI distil OpenAI models?');
 */
export { openPolicyBot, DEFAULT_MIN_EVIDENCE } from './create-policy-bot.js';
export type { PolicyBotOptions, PolicyBotService } from './create-policy-bot.js';

/**
 * Brings the index in line with the knowledge folder, re-embedding only what changed.
 *
 * @example
 * const report = await buildIndex({ knowledgeDir, indexDir, embedder, hnsw, maxFileBytes });
 * console.log(report.added, report.changed, report.removed, report.passages);
 */
export { buildIndex } from './index/index.js';
export type { BuildIndexOptions, Embedder } from './index/index.js';

/** The default embedder: hashed lexical features, no model, no network. */
export { OfflineEmbeddings } from './index/index.js';
export type { OfflineEmbeddingsOptions } from './index/index.js';

/** Fusion weights of the hybrid retriever, per kind of embedder. */
export { NEURAL_FUSION_WEIGHTS, OFFLINE_FUSION_WEIGHTS } from './retrieval/index.js';
export type { FusionWeights } from './retrieval/index.js';

// The word tables the answerer uses (WordNet, everyday-English counts), which a bot may be given instead.
export type { EverydayEnglish, Thesaurus } from './text/index.js';

/** What the text an admin sends with files asks for (`add`, `add replace`), the same on every platform. */
export { readUploadRequest } from './knowledge/index.js';
export type { UploadRequest } from './knowledge/index.js';

/** Re-indexes on changes in the knowledge folder, debounced. */
export { watchKnowledge } from './index/index.js';
export type { KnowledgeWatcher, WatchKnowledgeOptions } from './index/index.js';

/** The contract between the core and its adapters. */
export type * from './ports.js';

/** Coded errors; adapters map `code` to chat text. */
export * from './errors.js';

/** Logging, per-user rate limits, throttled message updates and error references for adapters. */
export { createLogger, createRateLimiter, createThrottledUpdate, readLimitedBody, reportError, silentLogger } from './support/index.js';
export type { Logger, LogLevel, RateLimiter, RateLimiterOptions, ThrottledUpdate, ThrottledUpdateOptions } from './support/index.js';

/** Quality and speed measurement: the golden questions, BEIR collections, the pipeline benchmark. */
export { evaluateBeir, evaluateGolden, readBeir, synthesizePassages } from './eval/index.js';
export type { BeirReport, GoldenReport, GoldenSet } from './eval/index.js';
export { benchmarkPipeline } from './eval/benchmark-pipeline.js';
export type { PipelineBenchmarkOptions, PipelineReport } from './eval/benchmark-pipeline.js';
