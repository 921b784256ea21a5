import { createHmac } from 'node:crypto';

/**
 * `createDummy…(overrides)` factories for what Slack sends to the bot, and the request signing
 * Slack applies, so tests can post realistic, signed requests to the real Bolt app.
 */

export function createDummyMention(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'app_mention',
    user: 'UALICE',
    text: '<@UBOT> What is distillation?',
    ts: '1700000000.000001',
    channel: 'CPOLICY',
    event_ts: '1700000000.000001',
    ...overrides,
  };
}

export function createDummyMessage(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'message',
    user: 'UALICE',
    text: 'What is distillation?',
    ts: '1700000000.000001',
    channel: 'DALICE',
    channel_type: 'im',
    event_ts: '1700000000.000001',
    ...overrides,
  };
}

export function createDummyEventCallback(event: Record<string, unknown>, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: `Ev${String(event.ts ?? '1').replace('.', '')}`,
    event_time: 1_700_000_000,
    authorizations: [{ team_id: 'T1', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
    ...overrides,
  };
}

export function createDummyCommand(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    token: 'legacy-verification-token',
    team_id: 'T1',
    team_domain: 'acme',
    channel_id: 'CPOLICY',
    channel_name: 'policy',
    user_id: 'UALICE',
    user_name: 'alice',
    command: '/ask',
    text: 'What is distillation?',
    api_app_id: 'A1',
    response_url: 'http://127.0.0.1:9/response/cmd',
    trigger_id: '1.2.3',
    ...overrides,
  };
}

export function createDummyButtonAction(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    type: 'block_actions',
    team: { id: 'T1', domain: 'acme' },
    user: { id: 'UBOB', username: 'bob', team_id: 'T1' },
    api_app_id: 'A1',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: '1700000000.000002', channel_id: 'CPOLICY', is_ephemeral: false },
    trigger_id: '1.2.3',
    channel: { id: 'CPOLICY', name: 'policy' },
    message: { type: 'message', ts: '1700000000.000002', text: 'answer', blocks: [] },
    response_url: 'http://127.0.0.1:9/response/action',
    actions: [],
    ...overrides,
  };
}

/** Slack's v0 signature: HMAC-SHA256 of `v0:{timestamp}:{body}` with the signing secret. */
export function signSlackRequest(secret: string, body: string, timestamp: number): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}
