import type { ShardingManager } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDiscordShards } from '../../../src/adapters/discord/index.js';
import { silentLogger } from '../../../src/core/support/logger.js';
import { createDummyCommand, createDummyGuild } from '../../fakes/discord-payloads.js';
import { FakeDiscord } from '../../fakes/discord-server.js';

// Discord routes a guild to shard (id >> 22) % shard count: these two land on shards 0 and 1.
const onShard0 = createDummyGuild({ id: String(2n << 22n) });
const onShard1 = createDummyGuild({ id: String(3n << 22n) });
let fake: FakeDiscord;
let manager: ShardingManager | undefined;

beforeAll(async () => {
  fake = await FakeDiscord.start({ shards: 2, guilds: [onShard0, onShard1] });
  manager = await startDiscordShards({
    file: 'tests/fakes/discord-shard-child.ts',
    discord: { token: 'shard-token', apiUrl: fake.apiUrl },
    logger: silentLogger,
    shardArgs: [`--api-url=${fake.apiUrl}`],
    spawnDelayMs: 0,
    readyTimeoutMs: 60_000,
  });
}, 120_000);

afterAll(async () => {
  for (const shard of manager?.shards.values() ?? []) shard.kill();
  await fake?.close();
});

describe('startDiscordShards', () => {
  it('spawns the recommended number of shard processes, each identifying as its shard', () => {
    expect(manager?.totalShards).toBe(2);
    expect(fake.gateway.identifies.map((i) => i.shard).sort()).toEqual([[0, 2], [1, 2]]);
    expect(fake.gateway.identifies.every((i) => i.token === 'shard-token')).toBe(true);
  });

  it('answers a server’s commands from the shard that owns the server', async () => {
    const i = fake.sendInteraction(createDummyCommand('ask', [{ name: 'question', type: 3, value: 'Which shard?' }], { guild: onShard1 }));
    const edit = await fake.waitForCall((c) => c.method === 'PATCH' && c.path.endsWith(`/${i.token}/messages/@original`));
    expect(edit.body.content).toContain('Answered by shard 1.');
  });
});
