import { ChatAnthropic } from '@langchain/anthropic';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import { describe, expect, it } from 'vitest';
import { createChatModel, LOCAL_API_KEY_PLACEHOLDER } from '../../src/providers/index.js';
import { OllamaCompatibleServer } from '../fakes/ollama-compatible-server.js';
import { OpenAiCompatibleServer, reply } from '../fakes/openai-compatible-server.js';
import { chatEndpoint, llmConfig, startChatModel } from '../core/answer/llm/local-chat-models.js';

describe('createChatModel', () => {
  it('returns undefined for LLM_PROVIDER=none', () => {
    expect(createChatModel({ provider: 'none', timeoutMs: 30_000, uncitedSentences: 'drop' })).toBeUndefined();
  });

  it.each([
    ['openai', ChatOpenAI],
    ['anthropic', ChatAnthropic],
    ['ollama', ChatOllama],
  ] as const)('builds the %s client with the configured model and temperature 0', (provider, Class) => {
    const model = createChatModel(llmConfig(provider, 'http://127.0.0.1:1'));
    expect(model).toBeInstanceOf(Class);
    expect(model).toMatchObject({ model: `${provider}-test-model`, temperature: 0 });
  });

  it('names the missing setting when LLM_MODEL is absent', () => {
    expect(() => createChatModel({ ...llmConfig('openai', 'http://127.0.0.1:1'), model: undefined })).toThrow(/LLM_MODEL is required for LLM_PROVIDER=openai/);
  });

  it('sends a placeholder key to an OpenAI-compatible server when none is configured', async () => {
    const { server, model } = await startChatModel('openai', { chat: reply('ok') });
    await model.invoke('hi');
    expect(server.requestsTo('/v1/chat/completions')[0]!.headers.authorization).toBe(`Bearer ${LOCAL_API_KEY_PLACEHOLDER}`);
  });

  it('sends the Anthropic key to LLM_BASE_URL/v1/messages', async () => {
    const { server, model } = await startChatModel('anthropic', { chat: reply('ok') });
    expect((await model.invoke('hi')).text).toBe('ok');
    expect(server.requestsTo('/v1/messages')[0]!.headers['x-api-key']).toBe('test-key');
  });

  it.each(['openai', 'anthropic', 'ollama'] as const)('asks %s for temperature 0', async (provider) => {
    const { server, model } = await startChatModel(provider, { chat: reply('ok') });
    await model.invoke('hi');
    const body = server.requestsTo(chatEndpoint[provider])[0]!.body;
    const temperature = provider === 'ollama' ? (body.options as { temperature?: number }).temperature : body.temperature;
    expect(temperature).toBe(0);
  });

  it.each(['openai', 'anthropic', 'ollama'] as const)('passes LLM_TIMEOUT_MS to the %s client, which gives up on a silent server', { timeout: 10_000 }, async (provider) => {
    const server = new OpenAiCompatibleServer({ chat: { kind: 'hang' } });
    const ollama = new OllamaCompatibleServer({ chat: { kind: 'hang' } });
    const origin = await (provider === 'ollama' ? ollama : server).start();
    try {
      const model = createChatModel({ ...llmConfig(provider, provider === 'openai' ? `${origin}/v1` : origin), timeoutMs: 200 })!;
      await expect(model.invoke('hi')).rejects.toThrow();
    } finally {
      await Promise.all([server.close(), ollama.close()]);
    }
  });
});
