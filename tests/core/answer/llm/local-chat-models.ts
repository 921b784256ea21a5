import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { afterEach } from 'vitest';
import type { Config } from '../../../../src/config.js';
import { createChatModel } from '../../../../src/providers/index.js';
import { OllamaCompatibleServer } from '../../../fakes/ollama-compatible-server.js';
import { OpenAiCompatibleServer, type FakeModelServer, type FakeModelServerSetup } from '../../../fakes/openai-compatible-server.js';

export type LocalProvider = 'openai' | 'anthropic' | 'ollama';

/** The endpoint each real client calls. */
export const chatEndpoint: Record<LocalProvider, string> = {
  openai: '/v1/chat/completions',
  anthropic: '/v1/messages',
  ollama: '/api/chat',
};

// The clients' own request timeouts are set far beyond any test, so a test that passes on
// "timeout" proves the deadline of generateGroundedAnswer itself fired.
const CLIENT_TIMEOUT_MS = 600_000;

const started: FakeModelServer[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((server) => server.close()));
});

/**
 * Starts a local server for `provider` and builds the real LangChain client for it through
 * `createChatModel`, exactly as the bot would from `.env`. Servers close after each test.
 */
export async function startChatModel(
  provider: LocalProvider,
  setup: FakeModelServerSetup,
): Promise<{ server: FakeModelServer; model: BaseChatModel }> {
  const server = provider === 'ollama' ? new OllamaCompatibleServer(setup) : new OpenAiCompatibleServer(setup);
  started.push(server);
  const origin = await server.start();
  const model = createChatModel(llmConfig(provider, provider === 'openai' ? `${origin}/v1` : origin));
  if (!model) throw new Error('createChatModel returned no model');
  return { server, model };
}

export function llmConfig(provider: LocalProvider, baseUrl: string): Omit<Config['llm'], 'minEvidence'> {
  return {
    provider,
    model: `${provider}-test-model`,
    baseUrl,
    apiKey: provider === 'anthropic' ? 'test-key' : undefined,
    timeoutMs: CLIENT_TIMEOUT_MS,
    uncitedSentences: 'drop',
  };
}

/** The system and user texts of a recorded chat request, whatever the provider's format. */
export function promptOf(provider: LocalProvider, body: Record<string, unknown>): { system: string; user: string } {
  const messages = body.messages as { role: string; content: unknown }[];
  const text = (content: unknown): string =>
    typeof content === 'string' ? content : (content as { text?: string }[]).map((part) => part.text ?? '').join('');
  const user = text(messages.find((m) => m.role === 'user')?.content);
  if (provider === 'anthropic') return { system: text(body.system), user };
  return { system: text(messages.find((m) => m.role === 'system')?.content), user };
}
