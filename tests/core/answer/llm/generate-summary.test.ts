import { describe, expect, it } from 'vitest';
import { generateGroundedSummary } from '../../../../src/core/answer/llm/index.js';
import { LlmError } from '../../../../src/core/errors.js';
import { reply, type ChatScenario } from '../../../fakes/openai-compatible-server.js';
import { threePassages } from '../../../fixtures/llm/ranked-passages.js';
import { chatEndpoint, promptOf, startChatModel, type LocalProvider } from './local-chat-models.js';

async function summarizeWith(provider: LocalProvider, scenario: ChatScenario, extra: Partial<Parameters<typeof generateGroundedSummary>[0]> = {}) {
  const { server, model } = await startChatModel(provider, { chat: scenario });
  const result = generateGroundedSummary({ model, topic: 'distillation', passages: threePassages, timeoutMs: 10_000, ...extra });
  return { server, result };
}

const bullets = [
  'Here is a summary:',
  '- Distillation trains a student on soft targets [1].',
  '- DistilBERT is 40% smaller [2][7].',
  '- Distillation is always legal.',
  '- AI-made material lacks copyright [3].',
].join('\n');

describe.each(['openai', 'ollama'] as const)('generateGroundedSummary with %s', (provider) => {
  it('keeps cited bullets, drops uncited ones and the preamble, removes invented markers', async () => {
    const { server, result } = await summarizeWith(provider, reply(bullets));
    expect(await result).toEqual({
      kind: 'summary',
      bullets: [
        { text: 'Distillation trains a student on soft targets [1].', cited: [1] },
        { text: 'DistilBERT is 40% smaller [2].', cited: [2] },
        { text: 'AI-made material lacks copyright [3].', cited: [3] },
      ],
      dropped: ['Distillation is always legal.'],
    });
    const { system, user } = promptOf(provider, server.requestsTo(chatEndpoint[provider])[0]!.body);
    expect(system).toContain('Write 3 to 6 bullet points');
    expect(user).toContain('<passage n="3"');
  });

  it('streams each bullet once it is complete and cited, never an uncited one', async () => {
    const partials: string[] = [];
    // The prompt's format: one bullet per line, ending with its citations, no full stop.
    const { result } = await summarizeWith(provider, reply('- Soft targets [1]', '\n- Always legal', '\n- Smaller [2]', '\n- Cheap [3]'), { onPartial: (t) => partials.push(t) });
    expect((await result).kind).toBe('summary');
    expect(partials).toEqual(['- Soft targets [1]', '- Soft targets [1]\n- Smaller [2]']);
  });

  it('reports a 500 as an LlmError so the caller can fall back', async () => {
    const { result } = await summarizeWith(provider, { kind: 'status', status: 503 });
    await expect(result).rejects.toSatisfy((e: unknown) => e instanceof LlmError && e.kind === 'server_error');
  });
});

describe('generateGroundedSummary', () => {
  it('declines when no bullet has a valid citation', async () => {
    const { result } = await summarizeWith('openai', reply('- Distillation is old [5].\n- It is cheap.'));
    expect(await result).toMatchObject({ kind: 'declined', reason: 'no_valid_citation' });
  });

  it('declines when the model says the passages say nothing on the topic', async () => {
    const { result } = await summarizeWith('openai', reply('The passages do not answer this question.'));
    expect(await result).toMatchObject({ kind: 'declined', reason: 'model_declined' });
  });

  it('keeps at most maxBullets bullets', async () => {
    const many = Array.from({ length: 8 }, (_, i) => `- Point ${i + 1} [1].`).join('\n');
    const { result } = await summarizeWith('openai', reply(many), { maxBullets: 4 });
    const summary = await result;
    expect(summary.kind === 'summary' && summary.bullets.map((b) => b.text)).toEqual(['Point 1 [1].', 'Point 2 [1].', 'Point 3 [1].', 'Point 4 [1].']);
  });

  it('reports timeout when the server never answers', { timeout: 10_000 }, async () => {
    const { result } = await summarizeWith('ollama', { kind: 'hang' }, { timeoutMs: 200 });
    await expect(result).rejects.toSatisfy((e: unknown) => e instanceof LlmError && e.kind === 'timeout');
  });
});
