import { describe, expect, it } from 'vitest';
import { toldThenAsked } from '../../../src/core/text/told-then-asked.js';

describe('toldThenAsked', () => {
  it('splits a statement from the question that points back at it', () => {
    expect(toldThenAsked("legal q — our team wants to fine-tune on gpt answers for a rival product. does openai's ToS allow that?")).toEqual({
      told: 'legal q — our team wants to fine-tune on gpt answers for a rival product.',
      asked: "does openai's ToS allow that?",
    });
    expect(toldThenAsked('we wanna sell a model trained on chatgpt outputs! is that against the terms?')?.asked).toBe('is that against the terms?');
  });

  it('leaves one question, a question that points at nothing, and a statement that trails off', () => {
    expect(toldThenAsked('does openai allow that?')).toBeUndefined();
    expect(toldThenAsked('we read the brief. who presided over the trial?')).toBeUndefined();
    expect(toldThenAsked('closed model behind an endpoint, no outputs exposed... how would distilling it even work')).toBeUndefined();
    expect(toldThenAsked('what did he say? is that allowed?')).toBeUndefined();
    expect(toldThenAsked('I need a summary of the verdict. do it in three bullets')).toBeUndefined();
    expect(toldThenAsked('ok. is that allowed?')).toBeUndefined();
  });
});
