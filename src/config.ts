import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './core/errors.js';

/**
 * The only module that reads `process.env`. `loadConfig` parses an environment once and either
 * returns a typed `Config` or throws a `ConfigError` listing every problem.
 */

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const list = z.string().transform((v) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean),
);
const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const share = z.coerce.number().min(0).max(1);
const optionalString = z
  .string()
  .optional()
  .transform((v) => (v && v.trim() !== '' ? v.trim() : undefined));
const optionalUrl = optionalString.pipe(z.url().optional());

export const settingsSchema = z.object({
  KNOWLEDGE_DIR: z.string().default('knowledge'),
  INDEX_DIR: z.string().default('.policybot/index'),
  DATA_DIR: z.string().default('.policybot'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),

  MAX_QUESTION_CHARS: int(10, 100_000).default(2000),
  MAX_FILE_BYTES: int(1, 1_000_000_000).default(25 * 1024 * 1024),
  UPLOAD_MAX_BYTES: int(1, 1_000_000_000).default(10 * 1024 * 1024),
  WATCH_KNOWLEDGE: bool.default(false),
  AUTO_REINDEX: bool.default(true),
  INDEX_LOCK_STALE_MS: int(2000, 600_000).default(10_000),

  EMBEDDINGS_PROVIDER: z.enum(['offline', 'openai', 'ollama']).default('offline'),
  EMBEDDINGS_MODEL: optionalString,
  EMBEDDINGS_BASE_URL: optionalUrl,
  EMBEDDINGS_QUERY_TIMEOUT_MS: int(100, 600_000).default(10_000),
  OFFLINE_EMBEDDING_DIMENSIONS: int(16, 8192).default(256),
  HNSW_M: int(4, 128).default(16),
  HNSW_EF_CONSTRUCTION: int(10, 2000).default(100),
  HNSW_EF_SEARCH: int(10, 2000).default(512),

  LLM_PROVIDER: z.enum(['none', 'openai', 'anthropic', 'ollama']).default('none'),
  LLM_MODEL: optionalString,
  LLM_BASE_URL: optionalUrl,
  LLM_TIMEOUT_MS: int(100, 600_000).default(30_000),
  LLM_UNCITED_SENTENCES: z.enum(['flag', 'drop']).default('drop'),
  LLM_MIN_EVIDENCE: share.default(0.25),
  OPENAI_API_KEY: optionalString,
  ANTHROPIC_API_KEY: optionalString,
  LLM_API_KEY: optionalString,
  EMBEDDINGS_API_KEY: optionalString,

  POLICYBOT_ADMINS: list.default([]),
  RATE_LIMIT_PER_MINUTE: int(1, 10_000).default(6),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_API_URL: optionalUrl,
  SLACK_CHANNEL_ALLOWLIST: list.default([]),
  PORT: int(0, 65_535).default(3000),

  DISCORD_TOKEN: optionalString,
  DISCORD_APP_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: optionalUrl,
  DISCORD_REPLY_IN_THREAD: bool.default(false),
});

type Env = z.infer<typeof settingsSchema>;

export interface SlackConfig {
  botToken: string;
  signingSecret: string;
  appToken?: string;
  apiUrl?: string;
  channelAllowlist: string[];
  port: number;
}

export interface DiscordConfig {
  token: string;
  appId: string;
  guildId?: string;
  apiUrl?: string;
  replyInThread: boolean;
}

export interface Config {
  knowledgeDir: string;
  indexDir: string;
  dataDir: string;
  logLevel: Env['LOG_LEVEL'];
  limits: { maxQuestionChars: number; maxFileBytes: number; uploadMaxBytes: number; ratePerMinute: number };
  watchKnowledge: boolean;
  /** Rebuild a missing, damaged or mismatched index at start instead of refusing to run. */
  autoReindex: boolean;
  /** A writer lock not refreshed for this long belongs to a dead indexer and is taken over. */
  indexLockStaleMs: number;
  embeddings: {
    provider: Env['EMBEDDINGS_PROVIDER'];
    model?: string;
    baseUrl?: string;
    apiKey?: string;
    offlineDimensions: number;
    /** Longest a question waits for its embedding before searching by words only. */
    queryTimeoutMs: number;
  };
  hnsw: { m: number; efConstruction: number; efSearch: number };
  llm: {
    provider: Env['LLM_PROVIDER'];
    model?: string;
    baseUrl?: string;
    apiKey?: string;
    timeoutMs: number;
    uncitedSentences: Env['LLM_UNCITED_SENTENCES'];
    minEvidence: number;
  };
  admins: string[];
  slack?: SlackConfig;
  discord?: DiscordConfig;
}

/** Parses an environment (normally `process.env`) into a `Config`, or throws `ConfigError`. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems = crossFieldProblems(e);
  if (problems.length > 0) throw new ConfigError(problems);
  return toConfig(e);
}

function crossFieldProblems(e: Env): string[] {
  const problems: string[] = [];
  if (e.SLACK_BOT_TOKEN && !e.SLACK_SIGNING_SECRET && !e.SLACK_APP_TOKEN) {
    problems.push('SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)');
  }
  if (!e.SLACK_BOT_TOKEN && (e.SLACK_SIGNING_SECRET || e.SLACK_APP_TOKEN)) {
    problems.push('SLACK_BOT_TOKEN: required when other SLACK_* settings are set (xoxb-… from the app’s OAuth page)');
  }
  if (e.DISCORD_TOKEN && !e.DISCORD_APP_ID) {
    problems.push('DISCORD_APP_ID: required with DISCORD_TOKEN (the Application ID from the Discord developer portal)');
  }
  if (e.LLM_PROVIDER === 'openai' && !e.OPENAI_API_KEY && !e.LLM_BASE_URL) {
    problems.push('OPENAI_API_KEY: required for LLM_PROVIDER=openai (or set LLM_BASE_URL to an OpenAI-compatible server)');
  }
  if (e.LLM_PROVIDER === 'anthropic' && !e.ANTHROPIC_API_KEY && !e.LLM_BASE_URL) {
    problems.push('ANTHROPIC_API_KEY: required for LLM_PROVIDER=anthropic');
  }
  if (e.LLM_PROVIDER !== 'none' && !e.LLM_MODEL) {
    problems.push(`LLM_MODEL: required for LLM_PROVIDER=${e.LLM_PROVIDER} (e.g. gpt-4o-mini, claude-3-5-haiku-latest, llama3.1)`);
  }
  if (e.EMBEDDINGS_PROVIDER === 'openai' && !e.OPENAI_API_KEY && !e.EMBEDDINGS_BASE_URL) {
    problems.push('OPENAI_API_KEY: required for EMBEDDINGS_PROVIDER=openai (or set EMBEDDINGS_BASE_URL)');
  }
  if (e.EMBEDDINGS_PROVIDER !== 'offline' && !e.EMBEDDINGS_MODEL) {
    problems.push(`EMBEDDINGS_MODEL: required for EMBEDDINGS_PROVIDER=${e.EMBEDDINGS_PROVIDER} (e.g. text-embedding-3-small, nomic-embed-text)`);
  }
  return problems;
}

function toConfig(e: Env): Config {
  return {
    knowledgeDir: e.KNOWLEDGE_DIR,
    indexDir: e.INDEX_DIR,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    limits: {
      maxQuestionChars: e.MAX_QUESTION_CHARS,
      maxFileBytes: e.MAX_FILE_BYTES,
      uploadMaxBytes: e.UPLOAD_MAX_BYTES,
      ratePerMinute: e.RATE_LIMIT_PER_MINUTE,
    },
    watchKnowledge: e.WATCH_KNOWLEDGE,
    autoReindex: e.AUTO_REINDEX,
    indexLockStaleMs: e.INDEX_LOCK_STALE_MS,
    embeddings: {
      provider: e.EMBEDDINGS_PROVIDER,
      model: e.EMBEDDINGS_MODEL,
      baseUrl: e.EMBEDDINGS_BASE_URL,
      // A provider's key only goes to that provider: a custom server gets its own key (or none).
      apiKey: e.EMBEDDINGS_BASE_URL ? e.EMBEDDINGS_API_KEY : e.OPENAI_API_KEY,
      offlineDimensions: e.OFFLINE_EMBEDDING_DIMENSIONS,
      queryTimeoutMs: e.EMBEDDINGS_QUERY_TIMEOUT_MS,
    },
    hnsw: { m: e.HNSW_M, efConstruction: e.HNSW_EF_CONSTRUCTION, efSearch: e.HNSW_EF_SEARCH },
    llm: {
      provider: e.LLM_PROVIDER,
      model: e.LLM_MODEL,
      baseUrl: e.LLM_BASE_URL,
      apiKey: e.LLM_BASE_URL ? e.LLM_API_KEY : e.LLM_PROVIDER === 'anthropic' ? e.ANTHROPIC_API_KEY : e.OPENAI_API_KEY,
      timeoutMs: e.LLM_TIMEOUT_MS,
      uncitedSentences: e.LLM_UNCITED_SENTENCES,
      minEvidence: e.LLM_MIN_EVIDENCE,
    },
    admins: e.POLICYBOT_ADMINS,
    slack: e.SLACK_BOT_TOKEN
      ? {
          botToken: e.SLACK_BOT_TOKEN,
          signingSecret: e.SLACK_SIGNING_SECRET ?? '',
          appToken: e.SLACK_APP_TOKEN,
          apiUrl: e.SLACK_API_URL,
          channelAllowlist: e.SLACK_CHANNEL_ALLOWLIST,
          port: e.PORT,
        }
      : undefined,
    discord:
      e.DISCORD_TOKEN && e.DISCORD_APP_ID
        ? {
            token: e.DISCORD_TOKEN,
            appId: e.DISCORD_APP_ID,
            guildId: e.DISCORD_GUILD_ID,
            apiUrl: e.DISCORD_API_URL,
            replyInThread: e.DISCORD_REPLY_IN_THREAD,
          }
        : undefined,
  };
}

/**
 * Reads `.env` (if present) into `process.env` and parses it. Entry points call this once; on
 * a `ConfigError` they print its list and exit.
 */
export function readConfig(envFile = '.env'): Config {
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  return loadConfig(process.env);
}
