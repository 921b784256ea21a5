import { join } from 'node:path';
import type { Config } from './config.js';
import { type BuildIndexOptions, type Logger, NEURAL_FUSION_WEIGHTS, OFFLINE_FUSION_WEIGHTS, openPolicyBot, type PolicyBotService } from './core/index.js';
import { createChatModel, createEmbeddings, probeEmbeddings } from './providers/index.js';

/** Index settings from the configuration, shared by the bot and `npm run index`. */
export async function configuredIndexOptions(config: Config, logger: Logger): Promise<BuildIndexOptions> {
  return {
    knowledgeDir: config.knowledgeDir,
    indexDir: config.indexDir,
    embedder: await probeEmbeddings(createEmbeddings(config.embeddings)),
    hnsw: config.hnsw,
    maxFileBytes: config.limits.maxFileBytes,
    lockStaleMs: config.indexLockStaleMs,
    logger,
  };
}

/** The core, wired with the providers the configuration names. */
export async function openConfiguredBot(config: Config, logger: Logger): Promise<PolicyBotService> {
  const index = await configuredIndexOptions(config, logger);
  return openPolicyBot({
    ...index,
    feedbackLog: join(config.dataDir, 'feedback.jsonl'),
    limits: config.limits,
    autoReindex: config.autoReindex,
    // Offline vectors are weak and only break ties; a neural embedder earns a real share.
    fusionWeights: config.embeddings.provider === 'offline' ? OFFLINE_FUSION_WEIGHTS : NEURAL_FUSION_WEIGHTS,
    queryEmbeddingTimeoutMs: config.embeddings.queryTimeoutMs,
    llm: chatModelDeps(config),
    logger,
  });
}

function chatModelDeps(config: Config) {
  const model = createChatModel(config.llm);
  const { timeoutMs, uncitedSentences, minEvidence } = config.llm;
  return model && { model, timeoutMs, uncitedSentences, minEvidence };
}
