import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMANDS } from '../../../src/adapters/slack/register-listeners.js';

const manifest = readFileSync(new URL('../../../src/adapters/slack/app-manifest.yaml', import.meta.url), 'utf8');
const listUnder = (key: string) => {
  const block = new RegExp(`\\n(\\s*)${key}:\\n((?:\\1\\s+(?:- .*|#.*)\\n)+)`).exec(manifest)?.[2] ?? '';
  return [...block.matchAll(/- (\S+)/g)].map((m) => m[1]);
};

describe('app-manifest.yaml', () => {
  it('declares exactly the slash commands the adapter handles, all pointed at /slack/events', () => {
    const commands = [...manifest.matchAll(/- command: (\S+)\n\s+url: (\S+)/g)];
    expect(commands.map((m) => m[1]).sort()).toEqual(Object.keys(SLASH_COMMANDS).sort());
    for (const [, , url] of commands) expect(url).toBe('https://YOUR-HOST/slack/events');
  });

  it('subscribes to mentions and to the message events used for DMs and thread follow-ups', () => {
    expect(listUnder('bot_events')).toEqual(['app_mention', 'message.channels', 'message.groups', 'message.im']);
  });

  it('grants the scopes for every Web API call the adapter makes', () => {
    const scopes = listUnder('bot');
    for (const needed of ['app_mentions:read', 'chat:write', 'commands', 'reactions:write', 'channels:history', 'groups:history', 'im:history', 'files:read']) {
      expect(scopes).toContain(needed);
    }
  });

  it('enables interactivity for the feedback buttons and defaults to HTTP mode', () => {
    expect(manifest).toMatch(/interactivity:\n\s+is_enabled: true\n\s+request_url: https:\/\/YOUR-HOST\/slack\/events/);
    expect(manifest).toMatch(/socket_mode_enabled: false/);
  });
});
