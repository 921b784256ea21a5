/**
 * Factories that turn `Config` into LangChain objects (chat models, embeddings). Only entry
 * files (`src/main.ts`, `scripts/*`) import this folder; `src/core` receives the results as
 * `BaseChatModel` and `Embeddings` and never imports a provider package.
 */
export { createChatModel, LOCAL_API_KEY_PLACEHOLDER } from './create-chat-model.js';
export { createEmbeddings } from './create-embeddings.js';
export { probeEmbeddings } from './probe-embeddings.js';
export type { CreatedEmbeddings } from './create-embeddings.js';
