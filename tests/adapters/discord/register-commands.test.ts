import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discordCommands, registerCommands } from '../../../src/adapters/discord/index.js';
import { FakeDiscord } from '../../fakes/discord-server.js';

let fake: FakeDiscord;
beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(() => fake?.close());

const settings = () => ({ token: 'test-token', appId: '1100000000000000002', apiUrl: fake.apiUrl });

describe('discordCommands', () => {
  it('defines /ask, /summary, /sources and /reindex with a description on every option', () => {
    expect(discordCommands.map((c) => c.name)).toEqual(['ask', 'summary', 'sources', 'reindex']);
    for (const command of discordCommands) {
      expect(command.description.length).toBeGreaterThan(0);
      for (const option of command.options ?? []) expect(option.description.length).toBeGreaterThan(0);
    }
  });

  it('autocompletes the /summary topic', () => {
    const topic = discordCommands.find((c) => c.name === 'summary')?.options?.[0];
    expect(topic).toMatchObject({ name: 'topic', autocomplete: true, required: true });
  });
});

describe('registerCommands', () => {
  it('puts the commands on one server when a guild id is set', async () => {
    const result = await registerCommands({ ...settings(), guildId: '1200000000000000001' });
    expect(result).toEqual({ scope: 'guild', names: ['ask', 'summary', 'sources', 'reindex'] });
    const put = fake.calls.find((c) => c.method === 'PUT' && c.path === '/applications/1100000000000000002/guilds/1200000000000000001/commands');
    expect(put?.body).toEqual(JSON.parse(JSON.stringify(discordCommands)));
  });

  it('registers globally without a guild id', async () => {
    expect((await registerCommands(settings())).scope).toBe('global');
    expect(fake.calls.some((c) => c.method === 'PUT' && c.path === '/applications/1100000000000000002/commands')).toBe(true);
  });
});

describe('scripts/register-discord-commands.ts', () => {
  it('registers with the settings from the environment, honouring DISCORD_API_URL', async () => {
    const env = { PATH: process.env.PATH, HOME: process.env.HOME, DISCORD_TOKEN: 'script-token', DISCORD_APP_ID: '1100000000000000003', DISCORD_GUILD_ID: '1200000000000000002', DISCORD_API_URL: fake.apiUrl };
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'scripts/register-discord-commands.ts'], { env, cwd: process.cwd() });
    expect(stdout).toContain('Registered /ask, /summary, /sources, /reindex in server 1200000000000000002');
    expect(fake.calls.some((c) => c.method === 'PUT' && c.path === '/applications/1100000000000000003/guilds/1200000000000000002/commands')).toBe(true);
  });
});
