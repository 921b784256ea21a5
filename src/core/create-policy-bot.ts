import { askQuestion, createSentenceScoring, type LlmDeps, summarizeRequest, unseenIdf } from './answer/index.js';
import { BotError } from './errors.js';
import { createFeedbackLog } from './feedback/index.js';
import { buildIndex, type BuildIndexOptions, type Embedder, findDocument, type IndexSnapshot, listSources, LiveIndex } from './index/index.js';
import { findTopic, listedIn, loadSummaryTopics, loadTeamNames, loadTeamSynonyms, saveUpload, type SummaryTopic, type TeamNames } from './knowledge/index.js';
import type { DocumentRef, PolicyBot, ReindexOptions } from './ports.js';
import { findExpansion, type FusionWeights, mentionsPhrase, MAX_SCORED_WHOLE, paragraphKey, RETRIEVE_DEFAULTS, searchSnapshot, type SnapshotHit, numbersAsName, surnameAfter, withSynonymHits, writesAsName } from './retrieval/index.js';
import { type Logger, reportError, silentLogger } from './support/index.js';
import { analyze, type EverydayEnglish, everydayEnglish, isEnglishWord, meansSomething, preloadLanguageTables, type Thesaurus, wordNet } from './text/index.js';

export interface PolicyBotOptions {
  knowledgeDir: string;
  indexDir: string;
  /** JSONL file votes are appended to. */
  feedbackLog: string;
  embedder: Embedder;
  hnsw: { m: number; efConstruction: number; efSearch: number };
  limits: { maxQuestionChars: number; maxFileBytes: number; uploadMaxBytes: number };
  /** Build the index when it is missing, damaged or from another embedder, instead of failing. */
  autoReindex: boolean;
  /** A writer lock not refreshed for this long belongs to a crashed indexer and is taken over. */
  lockStaleMs?: number;
  /** Below this weighted share of the question's terms in the best sentence, decline. */
  minEvidence?: number;
  /** How lexical and vector scores are weighed; tuned for the offline embedder by default. */
  fusionWeights?: FusionWeights;
  /** Longest a question waits for its embedding before searching by words only (10 s by default). */
  queryEmbeddingTimeoutMs?: number;
  /** Synonyms that let a sentence cover a question's word said differently; WordNet by default, `false` for none (`knowledge/synonyms.yaml` still counts). */
  thesaurus?: Thesaurus | false;
  /** How common words are in everyday English, which caps their weight; SUBTLEX-US by default, `false` for none. */
  everydayEnglish?: EverydayEnglish | false;
  /** A chat model and its limits (`LLM_PROVIDER`); without one, answers are extractive. */
  llm?: LlmDeps;
  logger?: Logger;
}

/** A running bot: the core's `PolicyBot` plus what its owner needs to stop it. */
export interface PolicyBotService extends PolicyBot {
  readonly index: LiveIndex;
  close(): Promise<void>;
}

/** Calibrated on tests/golden (see `npm run eval:golden`). */
export const DEFAULT_MIN_EVIDENCE = 0.43;

/**
 * Opens the index (building it first when allowed and needed) and returns the bot.
 *
 * @example
 * const bot = await openPolicyBot({ knowledgeDir: 'knowledge', indexDir: '.policybot/index', ... });
 * const result = await bot.ask('What did Musk say about distillation?');
 */
export async function openPolicyBot(options: PolicyBotOptions): Promise<PolicyBotService> {
  const logger = options.logger ?? silentLogger;
  const index = await openLiveIndex(options, logger);
  index.watch();
  const thesaurus = options.thesaurus === false ? undefined : (options.thesaurus ?? wordNet);
  const everyday = options.everydayEnglish === false ? undefined : (options.everydayEnglish ?? everydayEnglish);
  // Read now, so the first question doesn't pay for them.
  preloadLanguageTables([thesaurus, everyday].filter((table) => table !== undefined), (error) => logger.warn(error.message));
  let team = await readTeamFiles(options.knowledgeDir, logger);
  warnInertSynonyms(team.synonyms, index.current, logger);
  const reindex = async (reindexOptions: ReindexOptions = {}, lockWaitMs = 0) => {
    const report = await buildIndex({
      ...indexOptions(options, logger),
      ...reindexOptions,
      lockWaitMs,
      serving: () => ({ generation: index.currentGeneration, manifest: index.current.manifest }),
      onPublished: (generation, snapshot) => index.adopt(generation, snapshot),
    });
    team = await readTeamFiles(options.knowledgeDir, logger);
    warnInertSynonyms(team.synonyms, index.current, logger);
    return report;
  };
  // One generation per request: a swap mid-answer must not mix two indexes' passages and idf.
  // `widen`: also search a question's unknown words by their synonyms (`withSynonymHits`). Not
  // for a summary: its bullets come from passages within half the best one's score, which a
  // passage so added reaches only when the first search found a single passage.
  const depsFor = (snapshot: IndexSnapshot, { widen = true } = {}) => {
    const vocabulary = {
      analyze,
      idf: (term: string) => snapshot.lexical.idf(term),
      mentions: remembered(snapshot, 'mentions', (phrase) => mentionsPhrase(snapshot, analyze, phrase)),
      writesAsName: remembered(snapshot, 'writesAsName', (word) => writesAsName(snapshot, analyze, word)),
      numbersAsName: remembered(snapshot, 'numbersAsName', (word) => numbersAsName(snapshot, analyze, word)),
      surnameAfter: remembered(snapshot, 'surnameAfter', (word) => surnameAfter(snapshot, analyze, word)),
      expand: (abbreviation: string, context: string) => findExpansion(snapshot, abbreviation, context),
      names: team.names,
      synonyms: team.synonyms,
      otherNames: (name: string) => thesaurus?.names?.(name) ?? [],
      isProperName: (word: string) => thesaurus?.isProperName?.(word) ?? false,
      // A word of speech or of the dictionary: "roi" and "mit" are words, "tos" is not.
      ...(everyday && {
        isEnglishWord: (word: string) => isEnglishWord(word, everyday) || (thesaurus?.isWord?.(word) ?? false),
        isSpokenWord: (word: string) => isEnglishWord(word, everyday),
      }),
    };
    const unseen = unseenIdf(snapshot.lexical);
    const weights = options.fusionWeights ?? RETRIEVE_DEFAULTS.weights;
    const searchWith = (fusion: FusionWeights) => (query: string, within?: readonly string[], borrowed?: string) =>
      searchSnapshot(snapshot, options.embedder.questions ?? options.embedder.embeddings, borrowed ? `${query} ${borrowed}` : query, {
        ...(within && { among: within.flatMap((source) => snapshot.manifest.documents[source]?.passageIds ?? []) }),
        weights: fusion,
        queryEmbeddingTimeoutMs: options.queryEmbeddingTimeoutMs,
        onVectorError: (error) => logger.warn('query embedding failed; searching by words only', { error: String(error) }),
      });
    const isKnown = (term: string) => snapshot.lexical.idf(term) < unseen;
    const passagesIn = (within: readonly string[]) => within.reduce((n, source) => n + (snapshot.manifest.documents[source]?.passageIds.length ?? 0), 0);
    const searches = {
      search: searchWith(weights),
      searchByWords: searchWith({ ...weights, vector: 0 }),
      paragraphOf: (hit: SnapshotHit) => paragraphKey(hit.metadata),
      termsOf: (hit: SnapshotHit) => hit.evidence.matchedTerms,
      // Fewer than asked for, from documents scored whole, is all of their passages.
      foundAll: (within: readonly string[], found: number) => found < RETRIEVE_DEFAULTS.k && passagesIn(within) <= MAX_SCORED_WHOLE,
    };
    const meaningful = (word: string) => meansSomething(word, everyday);
    return {
      search: widen ? withSynonymHits(searches, { analyze, isKnown, thesaurus, listed: (query) => listedIn(query, team.synonyms).map(({ documentName }) => documentName), meansSomething: meaningful }) : searches.search,
      vocabulary,
      scoring: createSentenceScoring(vocabulary, thesaurus, everyday),
      minEvidence: options.minEvidence ?? DEFAULT_MIN_EVIDENCE,
      maxQuestionChars: options.limits.maxQuestionChars,
      isEmpty: () => snapshot.passages.size === 0,
      listDocuments: () => listSources(snapshot),
      llm: options.llm,
      onLlmFailure: (error: unknown) => reportError(logger, error, { stage: 'llm' }),
    };
  };
  return {
    index,
    ask: (question, askOptions = {}) => askQuestion(question, askOptions, depsFor(index.current)),
    summarize: (topic, summaryOptions = {}) => {
      const snapshot = index.current;
      return summarizeRequest(topic, summaryOptions, {
        ...depsFor(snapshot, { widen: false }),
        findDocument: (name) => findDocument(snapshot, name),
        findTopic: (name) => findTopic(team.topics, name),
      });
    },
    listSources: async () => listSources(index.current),
    documentNames: async () => documentRefs(index.current),
    reindex: (reindexOptions) => reindex(reindexOptions),
    addDocument: async (upload, reindexOptions) => {
      const saved = await saveUpload(upload, { knowledgeDir: options.knowledgeDir, maxBytes: options.limits.uploadMaxBytes, maxFileBytes: options.limits.maxFileBytes });
      try {
        // Another re-index (a watcher reacting to this very file) may hold the lock: wait for it.
        const report = await reindex(reindexOptions, 60_000);
        await saved.commit();
        return { source: saved.source, replaced: saved.replaced, report };
      } catch (error) {
        // The user is told the upload failed, so the folder must not keep it either.
        await saved.undo();
        throw error;
      }
    },
    recordFeedback: createFeedbackLog(options.feedbackLog),
    close: async () => index.close(),
  };
}

function indexOptions(options: PolicyBotOptions, logger: Logger): BuildIndexOptions {
  const { knowledgeDir, indexDir, embedder, hnsw, lockStaleMs } = options;
  return { knowledgeDir, indexDir, embedder, hnsw, lockStaleMs, maxFileBytes: options.limits.maxFileBytes, logger };
}

async function openLiveIndex(options: PolicyBotOptions, logger: Logger): Promise<LiveIndex> {
  const expectations = { indexDir: options.indexDir, embedder: describe(options.embedder), efSearch: options.hnsw.efSearch, logger };
  try {
    return await LiveIndex.open(expectations);
  } catch (error) {
    if (!(error instanceof BotError) || !options.autoReindex) throw error;
    if (!['index_missing', 'index_corrupt', 'index_mismatch'].includes(error.code)) throw error;
    logger.warn('building the index from the knowledge folder', { reason: error.message });
    await buildIndex({ ...indexOptions(options, logger), lockWaitMs: 120_000 });
    return LiveIndex.open(expectations);
  }
}

/** The team's own files in the knowledge folder (topics.yaml, names.yaml, synonyms.yaml); a broken one is logged and ignored. */
async function readTeamFiles(knowledgeDir: string, logger: Logger): Promise<{ topics: SummaryTopic[]; names: TeamNames; synonyms: TeamNames }> {
  const [topics, names, synonyms] = await Promise.all([loadSummaryTopics(knowledgeDir), loadTeamNames(knowledgeDir), loadTeamSynonyms(knowledgeDir)]);
  for (const problem of [topics.problem, names.problem, synonyms.problem]) if (problem) logger.warn(problem);
  return { topics: topics.topics, names: names.names, synonyms: synonyms.synonyms };
}

/**
 * Warns of the entries of synonyms.yaml that can do nothing: wording no passage uses (a typo, or
 * a document since removed), or a phrase of stop words only, which no question's words can meet.
 */
function warnInertSynonyms(synonyms: TeamNames, snapshot: IndexSnapshot, logger: Logger): void {
  const unseen = unseenIdf(snapshot.lexical);
  for (const { typed, documentName } of synonyms) {
    if (analyze(typed).length === 0) logger.warn(`synonyms.yaml: "${typed}" is only stop words, so it matches nothing`);
    else if (!analyze(documentName).some((term) => snapshot.lexical.idf(term) < unseen)) logger.warn(`synonyms.yaml: no document says "${documentName}", so "${typed}" finds nothing by it`);
  }
}

/** Each indexed document's file and title, by title. */
function documentRefs(snapshot: IndexSnapshot): DocumentRef[] {
  return listSources(snapshot).map(({ source, title }) => ({ source, title }));
}

function describe(embedder: Embedder) {
  return { id: embedder.id, dimensions: embedder.dimensions };
}

/** Answers per index generation: a question looks the same word up from several readings. */
const MAX_REMEMBERED = 10_000;
const rememberedAnswers = new WeakMap<IndexSnapshot, Map<string, unknown>>();

/** `lookUp`, remembered per snapshot and word. */
function remembered<T>(snapshot: IndexSnapshot, kind: string, lookUp: (word: string) => T): (word: string) => T {
  return (word) => {
    let answers = rememberedAnswers.get(snapshot);
    // Bounded: a bot up for months sees many words; starting over costs one lookup each.
    if (!answers || answers.size >= MAX_REMEMBERED) rememberedAnswers.set(snapshot, (answers = new Map()));
    const key = `${kind}\u0000${word.toLowerCase()}`;
    if (!answers.has(key)) answers.set(key, lookUp(word));
    return answers.get(key) as T;
  };
}
