import type { AddressInfo } from 'node:net';
import { App } from '@slack/bolt';
import { BotError, ConfigError, reportError } from '../../core/index.js';
import { createBoltLogger } from './create-bolt-logger.js';
import { createTaskTracker } from './create-task-tracker.js';
import { registerListeners } from './register-listeners.js';
import { type ResolvedSlackOptions, type SlackAdapterOptions, type SlackHandle, withDefaults } from './slack-adapter-options.js';
import { createSlackDeps, type SlackDeps } from './slack-deps.js';

/**
 * Starts the bot in Slack: Socket Mode when an app token is configured, otherwise an HTTP
 * server on `slack.port` that verifies Slack's request signatures. Resolves once connected.
 *
 * @example
 * const slack = await startSlack({ bot, slack: config.slack, admins: config.admins, ratePerMinute: 6, logger });
 * process.once('SIGTERM', () => void slack.stop());
 */
export async function startSlack(options: SlackAdapterOptions): Promise<SlackHandle> {
  const o = withDefaults(options);
  const { slack, logger } = o;
  const socketMode = Boolean(slack.appToken);
  if (!socketMode && !slack.signingSecret) {
    throw new ConfigError(['SLACK_SIGNING_SECRET: required in HTTP mode (Basic Information → Signing Secret), or set SLACK_APP_TOKEN for Socket Mode']);
  }
  if (!(o.ratePerMinute >= 1)) throw new ConfigError([`RATE_LIMIT_PER_MINUTE: must be at least 1, got ${o.ratePerMinute}`]);
  const tasks = createTaskTracker();
  const deps = createSlackDeps(o, tasks);
  const app = createApp(o, deps);

  await app.init().catch((error: unknown) => {
    throw tokenError(error, 'SLACK_BOT_TOKEN', slack.apiUrl);
  });
  if (socketMode) {
    await app.start().catch((error: unknown) => {
      throw tokenError(error, 'SLACK_APP_TOKEN', undefined);
    });
    logger.info('slack: connected', { mode: 'socket' });
    return { idle: tasks.idle, stop: () => stopApp(app, tasks.idle) };
  }
  const server = await app.start({ port: slack.port, host: o.host }).catch((error: unknown) => {
    throw listenError(error, slack.port);
  });
  const port = (server.address() as AddressInfo).port;
  logger.info('slack: listening', { mode: 'http', port, path: '/slack/events' });
  return { port, idle: tasks.idle, stop: () => stopApp(app, tasks.idle) };
}

function createApp(o: ResolvedSlackOptions, deps: SlackDeps): App {
  const socketMode = Boolean(o.slack.appToken);
  const app = new App({
    token: o.slack.botToken,
    ...(socketMode
      ? {
          appToken: o.slack.appToken,
          socketMode: true,
          // The Socket Mode client keeps its own long reconnect retries; it only needs the API URL.
          installerOptions: { clientOptions: { slackApiUrl: o.slack.apiUrl } },
        }
      : { signingSecret: o.slack.signingSecret }),
    clientOptions: { slackApiUrl: o.slack.apiUrl, retryConfig: o.retryConfig },
    logger: createBoltLogger(deps.logger),
    convoStore: false,
    deferInitialization: true,
  });
  // Registered first so it wraps every listener: the work after ack() stays visible to idle().
  app.use(async ({ next }) => deps.tasks.track(next()));
  // Events are acked before any work, so a timeout retry means the first delivery is already
  // being answered; handling it again would answer twice.
  app.use(async ({ context, next }) => {
    if (context.retryNum && context.retryReason === 'http_timeout') return;
    await next();
  });
  registerListeners(app, deps);
  app.error(async (error) => void reportError(deps.logger, error, { adapter: 'slack', source: 'bolt' }));
  return app;
}

async function stopApp(app: App, idle: () => Promise<void>): Promise<void> {
  await app.stop();
  await idle();
}

const TOKEN_HELP = {
  SLACK_BOT_TOKEN: "Copy the Bot User OAuth Token (xoxb-…) from your app's OAuth & Permissions page.",
  SLACK_APP_TOKEN: 'Create an App-Level Token (xapp-…) with the connections:write scope under Basic Information.',
};

function tokenError(error: unknown, setting: keyof typeof TOKEN_HELP, apiUrl: string | undefined): BotError {
  const code = (error as { data?: { error?: string } }).data?.error;
  if (code) return new ConfigError([`${setting}: Slack rejected it (${code}). ${TOKEN_HELP[setting]}`]);
  const where = apiUrl ?? 'https://slack.com/api/';
  return new BotError('unknown', `Could not reach Slack at ${where} to check ${setting}: ${(error as Error).message}`, { cause: error });
}

function listenError(error: unknown, port: number): BotError {
  const code = (error as NodeJS.ErrnoException).code;
  const hint = code === 'EADDRINUSE' ? ` Port ${port} is in use; set PORT to a free one.` : '';
  return new BotError('config_invalid', `Could not listen for Slack events on port ${port}.${hint}`, { cause: error });
}
