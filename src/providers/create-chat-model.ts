import { ChatAnthropic } from '@langchain/anthropic';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../config.js';
import { withTimeout } from './with-timeout.js';

/**
 * The OpenAI client refuses to start without a key, but local OpenAI-compatible servers
 * (llama.cpp, vLLM, LM Studio) ignore it; this placeholder is sent instead.
 */
export const LOCAL_API_KEY_PLACEHOLDER = 'not-needed';

// Every client gets maxRetries 0: a failed call falls back to the extractive answer at once
// instead of retrying with back-off for minutes while the user waits. Temperature 0 keeps
// answers to the same question stable.
const shared = { maxRetries: 0, temperature: 0 } as const;

/** The LLM settings a client is built from (the rest are the answerer's). */
type ClientSettings = Omit<Config['llm'], 'minEvidence'>;

/**
 * Turns the LLM settings into a LangChain chat model, or `undefined` for `LLM_PROVIDER=none`.
 * Each client also gets `LLM_TIMEOUT_MS` as its own request timeout, so a hung connection is
 * released even though `generateGroundedAnswer` already stops waiting at the same deadline.
 *
 * @example
 * const model = createChatModel(config.llm); // ChatOpenAI for LLM_PROVIDER=openai
 */
export function createChatModel(llm: ClientSettings): BaseChatModel | undefined {
  if (llm.provider === 'none') return undefined;
  const model = requireModel(llm);
  switch (llm.provider) {
    case 'openai':
      return new ChatOpenAI({
        ...shared,
        model,
        apiKey: llm.apiKey ?? LOCAL_API_KEY_PLACEHOLDER,
        timeout: llm.timeoutMs,
        configuration: llm.baseUrl ? { baseURL: llm.baseUrl } : undefined,
      });
    case 'anthropic':
      return new ChatAnthropic({
        ...shared,
        model,
        apiKey: llm.apiKey,
        anthropicApiUrl: llm.baseUrl,
        clientOptions: { timeout: llm.timeoutMs },
      });
    case 'ollama':
      return new ChatOllama({
        ...shared,
        model,
        baseUrl: llm.baseUrl,
        // The ollama client has no timeout setting of its own.
        fetch: withTimeout(fetch, llm.timeoutMs),
      });
  }
}

function requireModel(llm: ClientSettings): string {
  // config.ts already insists on LLM_MODEL; this guards callers that build a Config by hand.
  if (!llm.model) throw new Error(`LLM_MODEL is required for LLM_PROVIDER=${llm.provider} (e.g. gpt-4o-mini, claude-3-5-haiku-latest, llama3.1)`);
  return llm.model;
}
