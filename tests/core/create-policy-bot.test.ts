import { mkdir, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPolicyBot, type PolicyBotService } from '../../src/core/create-policy-bot.js';
import type { AskResult } from '../../src/core/ports.js';
import { type Logger, silentLogger } from '../../src/core/support/index.js';
import { createWorkspace, fixtureBotOptions } from '../helpers/knowledge-workspace.js';

let bot: PolicyBotService;
let ws: Awaited<ReturnType<typeof createWorkspace>>;

beforeAll(async () => {
  ws = await createWorkspace();
  bot = await openPolicyBot(fixtureBotOptions(ws));
});
afterAll(async () => bot.close());

/** Every `[n]` follows a sentence that citation n's passage contains, verbatim. */
function expectMarkersGrounded(result: Extract<AskResult, { kind: 'answer' }>) {
  const byN = new Map(result.citations.map((c) => [c.n, c]));
  const segments = [...result.answer.matchAll(/\s*([^[\]]+?)\s*((?:\[\d+\])+)/g)];
  expect(segments.map((m) => m[0]).join('').replace(/\s/g, '')).toBe(result.answer.replace(/\s/g, ''));
  for (const [, claim, markers] of segments) {
    for (const n of markers!.match(/\d+/g)!.map(Number)) expect(byN.get(n)?.text).toContain(claim);
  }
}

describe('ask', () => {
  it('answers from the passage that states the answer, citing it', async () => {
    const result = await bot.ask('What did Musk answer when asked if xAI distilled OpenAI models?');
    expect(result.kind).toBe('answer');
    if (result.kind !== 'answer') return;
    expect(result.citations.some((c) => c.source === 'beta-hearing.md' && c.text.includes('Partly'))).toBe(true);
    expect(result.mode).toBe('extractive');
    expectMarkersGrounded(result);
  });

  it('numbers citations in order of first use, each once', async () => {
    const result = await bot.ask('How many fraudulent accounts did Anthropic count, and what did OpenAI tell the House committee?');
    if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.kind}`);
    expect(result.citations.map((c) => c.n)).toEqual(result.citations.map((_, i) => i + 1));
    expectMarkersGrounded(result);
  });

  it('declines an out-of-scope question and names the closest documents', async () => {
    const result = await bot.ask('What is a good recipe for banana bread?');
    expect(result.kind).toBe('declined');
    if (result.kind === 'declined') expect(result.answer).toMatch(/does not cover/);
  });

  it('declines a question about something the documents never name', async () => {
    expect((await bot.ask('How did Tesla distil its models?')).kind).toBe('declined');
  });

  it('answers "what documents do you have?", and "sources?" with nothing asked before, with the indexed documents, citing nothing', async () => {
    const sources = (await bot.listSources()).map(({ source, title }) => ({ source, title }));
    for (const question of ['What documents do you have?', 'sources?']) expect(await bot.ask(question), question).toMatchObject({ kind: 'catalog', documents: sources });
  });

  it('uses the previous question to understand a follow-up', async () => {
    const followUp = 'When did that happen?';
    expect((await bot.ask(followUp)).kind).toBe('declined');
    const answer = await bot.ask(followUp, { history: ['Did Anthropic accuse Moonshot AI and MiniMax of distilling Claude?'] });
    if (answer.kind !== 'answer') throw new Error(`expected an answer, got ${answer.kind}`);
    expect(answer.citations[0]?.text).toMatch(/23 February 2026/);
  });

  it('refuses empty, whitespace-only and emoji-only questions', async () => {
    for (const q of ['', '   \n\t', '🤔🤔']) expect(await bot.ask(q)).toEqual({ kind: 'invalid', reason: 'empty' });
  });

  it('refuses a 50 KB question with the limit', async () => {
    const result = await bot.ask('distillation '.repeat(4000));
    expect(result).toMatchObject({ kind: 'invalid', reason: 'too_long', limit: 2000 });
  });

  it('handles right-to-left and mixed-script questions without crashing', async () => {
    const arabic = await bot.ask('ما هو تقطير النماذج؟');
    expect(arabic.kind).toBe('declined');
    const mixed = await bot.ask('‏Savitt asked Musk whether xAI distilled OpenAI models 🚀 של מודלים');
    expect(mixed.kind === 'answer' && mixed.citations[0]?.text).toMatch(/Partly/);
  });
});

describe('summarize', () => {
  it('summarises a topic in 3-6 bullets, each citing a passage that contains it', async () => {
    const result = await bot.summarize('distillation');
    if (result.kind !== 'summary') throw new Error(`expected a summary, got ${result.kind}`);
    expect(result.bullets.length).toBeGreaterThanOrEqual(3);
    expect(result.bullets.length).toBeLessThanOrEqual(6);
    for (const bullet of result.bullets) {
      for (const n of bullet.citations) expect(result.citations.find((c) => c.n === n)?.text).toContain(bullet.text);
    }
  });

  it('summarises one document named by its file name, in document order', async () => {
    const result = await bot.summarize('beta-hearing');
    if (result.kind !== 'summary') throw new Error(`expected a summary, got ${result.kind}`);
    expect(result.heading).toBe('Beta: the Musk v. Altman hearing');
    expect(result.citations.every((c) => c.source === 'beta-hearing.md')).toBe(true);
    expect(result.bullets.length).toBeGreaterThanOrEqual(3);
  });

  it('declines a topic the knowledge base does not cover', async () => {
    expect((await bot.summarize('banana bread')).kind).toBe('declined');
  });
});

describe('listSources', () => {
  it('lists each indexed document with its passage count', async () => {
    const sources = await bot.listSources();
    expect(sources.map((s) => s.source).sort()).toEqual(['alpha-distillation.md', 'beta-hearing.md', 'gamma-copyright.md', 'notes.txt']);
    expect(sources.every((s) => s.passages > 0 && !Number.isNaN(Date.parse(s.indexedAt)))).toBe(true);
  });
});

describe('addDocument', () => {
  it('stores the upload, re-indexes, and answers from it', async () => {
    const text = '# Delta\n\nThe Zephyr accord of 2026 bans distillation of frontier models across the Zephyr member states.\n';
    const result = await bot.addDocument({ fileName: 'delta.md', bytes: new TextEncoder().encode(text) });
    expect(result).toMatchObject({ source: 'delta.md', replaced: false, report: { added: 1 } });
    const answer = await bot.ask('What does the Zephyr accord ban?');
    expect(answer.kind === 'answer' && answer.citations[0]?.source).toBe('delta.md');
  });
});

describe('ask over documents with their own bracketed numbers', () => {
  it('never shows a document footnote such as [2] as if it were a citation', async () => {
    const text = '# Footnotes\n\nThe Quasar code limits distillation of licensed models to thirty days [2]. The Quasar code also requires a distillation audit every year.\n';
    await bot.addDocument({ fileName: 'footnotes.md', bytes: new TextEncoder().encode(text) });
    const result = await bot.ask('What does the Quasar code require for distillation?');
    if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.kind}`);
    expect(result.answer).not.toContain('[2]');
    for (const m of result.answer.matchAll(/\[(\d+)\]/g)) expect(result.citations.map((c) => c.n)).toContain(Number(m[1]));
    expectMarkersGrounded(result);
  });
});

describe('recordFeedback', () => {
  it('appends one JSON line per vote', async () => {
    await bot.recordFeedback({ answerId: 'a1', question: 'q?', user: 'U1', platform: 'slack', vote: 'up' });
    await bot.recordFeedback({ answerId: 'a2', question: 'q2?', user: 'U2', platform: 'discord', vote: 'down' });
    const { readFile } = await import('node:fs/promises');
    const lines = (await readFile(join(ws.root, 'feedback.jsonl'), 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.answerId, l.vote, l.platform])).toEqual([
      ['a1', 'up', 'slack'],
      ['a2', 'down', 'discord'],
    ]);
  });
});

describe('reindex', () => {
  it('picks up a new document without reopening the bot', async () => {
    await writeFile(join(ws.knowledgeDir, 'epsilon.md'), '# Epsilon\n\nThe Quokka protocol requires labelling of distilled models.\n');
    const report = await bot.reindex();
    expect(report.added).toBe(1);
    const answer = await bot.ask('What does the Quokka protocol require?');
    expect(answer.kind === 'answer' && answer.citations[0]?.source).toBe('epsilon.md');
  });

  it('does not read the index back when nothing changed: it already serves it', async () => {
    const own = await createWorkspace();
    const served = await openPolicyBot(fixtureBotOptions(own));
    try {
      // Damaged on disk after loading: a re-index that read it back would rebuild every document.
      await truncate(join(own.indexDir, served.index.currentGeneration, 'lexical.bin'), 10);
      expect(await served.reindex()).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 4 });
      expect((await served.ask('What did Musk answer when asked if xAI distilled OpenAI models?')).kind).toBe('answer');
    } finally {
      await served.close();
    }
  });

  it("reads the team's names for things (names.yaml) on re-index, without indexing the file", async () => {
    const question = 'What do the Wallaby rules require?';
    expect((await bot.ask(question)).kind).toBe('declined');
    await writeFile(join(ws.knowledgeDir, 'names.yaml'), 'Quokka protocol: [Wallaby rules]\n');
    const report = await bot.reindex();
    expect(report).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(report.skipped.map((s) => s.source)).not.toContain('names.yaml');
    const answer = await bot.ask(question);
    expect(answer.kind === 'answer' && answer.citations[0]?.source).toBe('epsilon.md');
  });

  it("reads the team's synonyms (synonyms.yaml) on re-index, without indexing the file", async () => {
    await writeFile(join(ws.knowledgeDir, 'zeta.md'), '# Zeta\n\nThe Heron council wants a shared register. The register has sparked controversy among smaller labs.\n');
    await bot.reindex();
    const question = "what's touchy about it?";
    expect((await bot.ask(question)).kind).toBe('declined');
    await writeFile(join(ws.knowledgeDir, 'synonyms.yaml'), 'controversy: [touchy, contentious]\n');
    const report = await bot.reindex();
    expect(report).toMatchObject({ added: 0, changed: 0, removed: 0 });
    expect(report.skipped.map((s) => s.source)).not.toContain('synonyms.yaml');
    const answer = await bot.ask(question);
    expect(answer.kind === 'answer' && answer.answer).toMatch(/^The register has sparked controversy/);
  });

  it('warns of synonyms that can do nothing: wording no document says, a phrase of stop words', async () => {
    const own = await createWorkspace();
    const warnings: string[] = [];
    const logger: Logger = { ...silentLogger, warn: (message) => void warnings.push(message) };
    await writeFile(join(own.knowledgeDir, 'synonyms.yaml'), 'colaborate: [team up]\ndistillation: [on and on, distilling]\n');
    const served = await openPolicyBot(fixtureBotOptions(own, { logger }));
    try {
      expect(warnings.filter((w) => w.startsWith('synonyms.yaml'))).toEqual([
        'synonyms.yaml: "on and on" is only stop words, so it matches nothing',
        'synonyms.yaml: no document says "colaborate", so "team up" finds nothing by it',
      ]);
    } finally {
      await served.close();
    }
  });
});

describe('a question about one document', () => {
  const article = (kind: string) =>
    `---\ntitle: "Kestrel Labs opens its weights"\n${kind}---\n# Kestrel\n\nKestrel Labs released its model weights in June. Kestrel Labs expects regulators to write disclosure rules for open models.\n`;
  // Says what the article says, in the same words, more often: the whole index ranks it first.
  const brief =
    '---\ntitle: "Kestrel Labs briefing"\nkind: brief\n---\n# Kestrel briefing\n\nKestrel Labs expects regulators to write disclosure rules, the Kestrel Labs article says of Kestrel Labs regulators. ' +
    'The article "Kestrel Labs opens its weights" came out in June.\n';
  const osprey = '# Osprey\n\nThe Osprey rule requires a public register of distilled models.\n';
  /** Each test sets the documents it needs; unchanged files cost the re-index nothing. */
  const seed = async (articleKind: string) => {
    await writeFile(join(ws.knowledgeDir, 'kestrel-brief.md'), brief);
    await writeFile(join(ws.knowledgeDir, 'kestrel-article.md'), article(articleKind));
    await writeFile(join(ws.knowledgeDir, 'osprey.md'), osprey);
    return bot.reindex();
  };
  const question = 'What does the article think Kestrel Labs expects regulators to write?';
  const cited = async (asked = question) => {
    const result = await bot.ask(asked);
    if (result.kind !== 'answer') throw new Error(`expected an answer, got ${result.kind}`);
    return result.citations.map((c) => c.source);
  };

  it('is answered from the document its kind names once its metadata gives one, and re-indexing reads the kind', async () => {
    await seed('');
    // Without a kind, "the article" is no document of the index: the brief, which says it more often, leads.
    expect((await cited())[0]).toBe('kestrel-brief.md');
    expect(await seed('kind: article\n')).toMatchObject({ changed: 1 });
    expect((await bot.listSources()).find((s) => s.source === 'kestrel-article.md')?.kind).toBe('article');
    expect(await cited()).toEqual(['kestrel-article.md']);
  });

  it("does not count another document's quoted title as said by the documents in scope", async () => {
    await seed('kind: article\n');
    // The briefing quotes the article's title, which tells what the article is, not what happened.
    expect(await cited('According to the brief, what did Kestrel Labs open?')).toEqual(['kestrel-article.md']);
  });

  it('declines a question that asks nothing of the document it names', async () => {
    await seed('kind: article\n');
    expect((await bot.ask('What does the article say?')).kind).toBe('declined');
  });

  it('is what "/summary the article" summarises, when the article is one document', async () => {
    await seed('kind: article\n');
    const summary = await bot.summarize('the article');
    if (summary.kind !== 'summary') throw new Error(`expected a summary, got ${summary.kind}`);
    expect(summary.heading).toBe('Kestrel Labs opens its weights');
    expect(new Set(summary.citations.map((c) => c.source))).toEqual(new Set(['kestrel-article.md']));
  });

  it('summarises the document at an exact path, not another whose name has the same words', async () => {
    await mkdir(join(ws.knowledgeDir, 'zebra'), { recursive: true });
    await writeFile(join(ws.knowledgeDir, 'zebra-notes.md'), '---\ntitle: Zebra notes, flat\n---\n# Flat\n\nThe flat zebra notes list zebra crossings.\n');
    await writeFile(join(ws.knowledgeDir, 'zebra', 'notes.md'), '---\ntitle: Zebra notes, nested\n---\n# Nested\n\nThe nested zebra notes list zebra herds.\n');
    await bot.reindex();
    expect(await bot.summarize('zebra/notes.md')).toMatchObject({ kind: 'summary', heading: 'Zebra notes, nested' });
    expect(await bot.summarize('zebra-notes.md')).toMatchObject({ kind: 'summary', heading: 'Zebra notes, flat' });
  });

  it("answers from the article's own words over a brief's report of what the article says", async () => {
    await seed('kind: article\n');
    await writeFile(join(ws.knowledgeDir, 'heron-article.md'), '---\ntitle: Heron and the copying row\nkind: commissioned article\n---\n# Heron\n\nHeron Labs and Egret Labs have accused rivals of copying their models.\n');
    await writeFile(join(ws.knowledgeDir, 'heron-brief.md'), '---\ntitle: Heron briefing\nkind: brief\n---\n# Heron\n\nThe commissioned article notes that Heron Labs had accused rivals.\n');
    await bot.reindex();
    // "the article" is where to look: read with it, every document's "the article says" counted.
    expect(await cited('the commissioned article mentions labs complaining about rivals earlier - who?')).toEqual(['heron-article.md']);
  });

  it('keeps the words describing the document when it reads the question against every document', async () => {
    await seed('kind: article\n');
    await writeFile(join(ws.knowledgeDir, 'heron-article.md'), '---\ntitle: Heron opens a lab\nkind: article\n---\n# Heron\n\nHeron Labs opened a new lab in Leeds this spring.\n');
    await writeFile(join(ws.knowledgeDir, 'heron-brief.md'), '---\ntitle: Heron briefing\nkind: brief\n---\n# Heron\n\nHeron Labs expects regulators to write disclosure rules for open models. Its staff spent the year on other work, mostly hardware, hiring and a move to larger offices.\n');
    await bot.reindex();
    // The Heron article says nothing of regulators: read against every document, "Heron" still
    // tells the brief on Heron from the Kestrel article, which says as much of regulators.
    expect((await cited('what does the Heron article say regulators will write?'))[0]).toBe('heron-brief.md');
  });

  it('is read against every document when the one it names does not answer it', async () => {
    await seed('kind: article\n');
    expect(await cited('According to the article, what does the Osprey rule require?')).toEqual(['osprey.md']);
  });
});
