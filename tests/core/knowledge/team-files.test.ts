import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSummaryTopics, loadTeamNames, loadTeamSynonyms } from '../../../src/core/knowledge/index.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'team-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('loadTeamSynonyms', () => {
  it('reads synonyms.yaml in the names file\'s form, and names the file when it is broken', async () => {
    writeFileSync(join(dir, 'synonyms.yaml'), 'rely on: [Lean On, count on]\n');
    const { synonyms, problem } = await loadTeamSynonyms(dir);
    expect([synonyms.map(({ typed, documentName }) => [typed, documentName]), problem]).toEqual([[['count on', 'rely on'], ['lean on', 'rely on']], undefined]);
    expect(['what have labs leaned on?', 'what are they leaning on?', 'the lean one'].map((t) => t.search(synonyms[1]!.pattern) !== -1)).toEqual([true, true, false]);
    writeFileSync(join(dir, 'synonyms.yaml'), 'rely on: lean on\n');
    expect(await loadTeamSynonyms(dir)).toMatchObject({ synonyms: [], problem: expect.stringMatching(/^synonyms\.yaml is ignored until it is fixed/) });
  });
});

describe('loadTeamNames', () => {
  it('maps each name people type, lower-cased, to the name the documents use, longest first', async () => {
    writeFileSync(join(dir, 'names.yaml'), '# comment\nOpenAI: [ChatGPT, "GPT  store"]\nAnthropic:\n  - Claude.ai\n');
    const { names, problem } = await loadTeamNames(dir);
    expect(problem).toBeUndefined();
    expect(names.map(({ typed, documentName }) => [typed, documentName])).toEqual([
      ['gpt store', 'OpenAI'],
      ['claude.ai', 'Anthropic'],
      ['chatgpt', 'OpenAI'],
    ]);
  });

  it('gives no names and no problem when the file is missing or empty', async () => {
    expect(await loadTeamNames(dir)).toEqual({ names: [], problem: undefined });
    writeFileSync(join(dir, 'names.yaml'), '# nothing yet\n');
    expect(await loadTeamNames(dir)).toEqual({ names: [], problem: undefined });
  });

  it('keeps the first of two entries listing the same name, and says so', async () => {
    writeFileSync(join(dir, 'names.yaml'), 'OpenAI: [ChatGPT]\nMicrosoft: [chatgpt, Copilot]\n');
    const { names, problem } = await loadTeamNames(dir);
    expect(names.map(({ typed, documentName }) => [typed, documentName])).toEqual([
      ['chatgpt', 'OpenAI'],
      ['copilot', 'Microsoft'],
    ]);
    expect(problem).toBe('names.yaml: "chatgpt" is listed under both OpenAI and Microsoft; OpenAI is used');
  });

  it('ignores a file of the wrong shape, saying which entry to fix', async () => {
    writeFileSync(join(dir, 'names.yaml'), 'OpenAI: ChatGPT\n');
    const { names, problem } = await loadTeamNames(dir);
    expect(names).toEqual([]);
    expect(problem).toMatch(/^names\.yaml is ignored until it is fixed: .*expected array.*OpenAI/);
  });

  it('ignores a file that is not YAML, saying so', async () => {
    writeFileSync(join(dir, 'names.yaml'), 'OpenAI: [ChatGPT\n');
    const { names, problem } = await loadTeamNames(dir);
    expect(names).toEqual([]);
    expect(problem).toMatch(/^names\.yaml is ignored until it is fixed: it is not valid YAML/);
  });
});

describe('loadSummaryTopics', () => {
  it('names the topic and the missing setting when one is incomplete', async () => {
    writeFileSync(join(dir, 'topics.yaml'), 'ip:\n  aliases: [copyright]\n');
    const { topics, problem } = await loadSummaryTopics(dir);
    expect(topics).toEqual([]);
    expect(problem).toMatch(/^topics\.yaml is ignored until it is fixed: .*search.*/);
    expect(problem).toContain('ip');
  });
});

describe('the team files shipped in knowledge/', () => {
  const shipped = new URL('../../../knowledge/', import.meta.url).pathname;

  it('load without a problem: no entry ignored, no phrase listed twice', async () => {
    expect((await loadTeamSynonyms(shipped)).problem).toBeUndefined();
    expect((await loadTeamNames(shipped)).problem).toBeUndefined();
    expect((await loadSummaryTopics(shipped)).problem).toBeUndefined();
  });
});
