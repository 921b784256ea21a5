import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { describe, expect, it } from 'vitest';
import { loadConfig, settingsSchema } from '../src/config.js';
import { ConfigError } from '../src/core/errors.js';

describe('loadConfig', () => {
  it('gives offline defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config.embeddings.provider).toBe('offline');
    expect(config.llm.provider).toBe('none');
    expect(config.slack).toBeUndefined();
    expect(config.discord).toBeUndefined();
  });

  it('lists every invalid setting by name', () => {
    const error = captureError(() => loadConfig({ HNSW_M: 'many', SLACK_API_URL: 'not a url', LLM_PROVIDER: 'gpt' }));
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/HNSW_M/);
    expect(problems).toMatch(/SLACK_API_URL/);
    expect(problems).toMatch(/LLM_PROVIDER/);
  });

  it('names the missing companion setting and how to fix it', () => {
    const error = captureError(() => loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', LLM_PROVIDER: 'anthropic', LLM_MODEL: 'claude' }));
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toMatch(/SLACK_SIGNING_SECRET: required/);
    expect(problems).toMatch(/ANTHROPIC_API_KEY: required/);
  });

  it('enables Slack and Discord when their credentials are present', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_SIGNING_SECRET: 's',
      DISCORD_TOKEN: 't',
      DISCORD_APP_ID: '1',
      POLICYBOT_ADMINS: 'U1, U2',
    });
    expect(config.slack?.signingSecret).toBe('s');
    expect(config.discord?.appId).toBe('1');
    expect(config.admins).toEqual(['U1', 'U2']);
  });
});

describe('API keys', () => {
  it('sends a provider key only to the provider, and a custom server only its own key', () => {
    const hosted = loadConfig({ LLM_PROVIDER: 'openai', LLM_MODEL: 'm', OPENAI_API_KEY: 'sk-real', EMBEDDINGS_PROVIDER: 'openai', EMBEDDINGS_MODEL: 'e' });
    expect(hosted.llm.apiKey).toBe('sk-real');
    expect(hosted.embeddings.apiKey).toBe('sk-real');
    const local = loadConfig({
      LLM_PROVIDER: 'openai', LLM_MODEL: 'm', OPENAI_API_KEY: 'sk-real', LLM_BASE_URL: 'http://127.0.0.1:8000/v1',
      EMBEDDINGS_PROVIDER: 'openai', EMBEDDINGS_MODEL: 'e', EMBEDDINGS_BASE_URL: 'http://127.0.0.1:9000/v1', EMBEDDINGS_API_KEY: 'local-key',
    });
    expect(local.llm.apiKey).toBeUndefined();
    expect(local.embeddings.apiKey).toBe('local-key');
  });
});

describe('.env.example', () => {
  const example = parseEnv(readFileSync(new URL('../.env.example', import.meta.url), 'utf8'));

  it('documents every setting the config reads', () => {
    expect(Object.keys(example).sort()).toEqual(Object.keys(settingsSchema.shape).sort());
  });

  it('parses to a valid configuration as shipped', () => {
    expect(() => loadConfig(example)).not.toThrow();
  });
});

function captureError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
