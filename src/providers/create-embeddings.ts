import type { Embeddings } from '@langchain/core/embeddings';
import { OllamaEmbeddings } from '@langchain/ollama';
import { OpenAIEmbeddings } from '@langchain/openai';
import type { Config } from '../config.js';
import { OfflineEmbeddings } from '../core/index.js';
import { LOCAL_API_KEY_PLACEHOLDER } from './create-chat-model.js';
import { withTimeout } from './with-timeout.js';

/** An embedder and the identity the index manifest records for it. */
export interface CreatedEmbeddings {
  embeddings: Embeddings;
  /** For remote embedders: a client for questions, with their deadline and no retries. */
  questions?: Embeddings;
  /** `<provider>:<model>`, e.g. `openai:text-embedding-3-small`; a different id means a re-index. */
  id: string;
  /** Known up front for the offline embedder; for remote ones `probeEmbeddings` finds it. */
  dimensions?: number;
}

// Indexing sends many batches; a couple of retries ride out a blip (LangChain's default is 6
// retries with exponential back-off). Questions get their own client: EMBEDDINGS_QUERY_TIMEOUT_MS
// and no retries.
const EMBEDDING_RETRIES = 2;
const EMBEDDING_TIMEOUT_MS = 60_000;

/**
 * Turns the embeddings settings into a LangChain `Embeddings`. The OpenAI client asks the
 * server for base64 Float32 vectors (and decodes them), so an OpenAI-compatible server must
 * honour `encoding_format: "base64"`; `probeEmbeddings` detects one that does not and switches
 * that embedder to plain floats.
 *
 * @example
 * const { embeddings, id } = createEmbeddings(config.embeddings); // id: "ollama:nomic-embed-text"
 */
export function createEmbeddings(settings: Config['embeddings']): CreatedEmbeddings {
  switch (settings.provider) {
    case 'offline': {
      const offline = new OfflineEmbeddings({ dimensions: settings.offlineDimensions });
      return { embeddings: offline, id: offline.id, dimensions: offline.dimensions };
    }
    case 'openai': {
      const model = requireModel(settings);
      const client = (maxRetries: number, timeout: number) =>
        new OpenAIEmbeddings({
          model,
          apiKey: settings.apiKey ?? LOCAL_API_KEY_PLACEHOLDER,
          maxRetries,
          timeout,
          configuration: settings.baseUrl ? { baseURL: settings.baseUrl } : undefined,
        });
      return { embeddings: client(EMBEDDING_RETRIES, EMBEDDING_TIMEOUT_MS), questions: client(0, settings.queryTimeoutMs), id: `openai:${model}` };
    }
    case 'ollama': {
      const model = requireModel(settings);
      const client = (maxRetries: number, timeout: number) => new OllamaEmbeddings({ model, baseUrl: settings.baseUrl, maxRetries, fetch: withTimeout(fetch, timeout) });
      return { embeddings: client(EMBEDDING_RETRIES, EMBEDDING_TIMEOUT_MS), questions: client(0, settings.queryTimeoutMs), id: `ollama:${model}` };
    }
  }
}

function requireModel(settings: Config['embeddings']): string {
  if (!settings.model) throw new Error(`EMBEDDINGS_MODEL is required for EMBEDDINGS_PROVIDER=${settings.provider} (e.g. text-embedding-3-small, nomic-embed-text)`);
  return settings.model;
}
