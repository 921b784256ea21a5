import { describe, expect, it } from 'vitest';
import { DECLINE_SENTENCE, verifyCitations } from '../../../../src/core/answer/llm/index.js';
import { verifiedPartials } from '../../../../src/core/answer/llm/verify-citations.js';

describe('verifyCitations', () => {
  describe('result.text', () => {
    it('keeps sentences whose markers point at given passages', () => {
      const result = verifyCitations('Distillation uses soft targets [1]. DistilBERT is 40% smaller [2].', 3);
      expect(result.text).toBe('Distillation uses soft targets [1]. DistilBERT is 40% smaller [2].');
      expect(result.cited).toEqual([1, 2]);
      expect(result.declined).toBe(false);
    });

    it('removes an invented [7] when 3 passages were given, with the space before it', () => {
      const result = verifyCitations('Soft targets come from the teacher [1][7]. Students copy them [7] [2].', 3);
      expect(result.text).toBe('Soft targets come from the teacher [1]. Students copy them [2].');
      expect(result.removedMarkers).toEqual(['[7]', '[7]']);
      expect(result.cited).toEqual([1, 2]);
    });

    it('removes malformed markers such as [0] and [12a]', () => {
      const result = verifyCitations('It was 2015 [0][1]. It is smaller [12a][2].', 3);
      expect(result.text).toBe('It was 2015 [1]. It is smaller [2].');
      expect(result.removedMarkers).toEqual(['[0]', '[12a]']);
    });

    it('splits grouped and ranged markers into canonical ones and drops invalid parts', () => {
      const result = verifyCitations('Both say so [1, 3, 9]. All agree [1-3]. Passage form [Passage 2].', 3);
      expect(result.text).toBe('Both say so [1][3]. All agree [1][2][3]. Passage form [2].');
      expect(result.removedMarkers).toEqual(['[9]']);
    });

    it('leaves bracketed years and law-report numbers alone', () => {
      const result = verifyCitations('The ruling [2023] EWHC 1234 applies [1].', 3);
      expect(result.text).toBe('The ruling [2023] EWHC 1234 applies [1].');
    });

    it('moves markers written after the full stop onto the sentence they follow', () => {
      const result = verifyCitations('Soft targets are used. [1] DistilBERT is smaller.[2]', 3);
      expect(result.text).toBe('Soft targets are used [1]. DistilBERT is smaller [2].');
      expect(result.dropped).toEqual([]);
    });

    it('keeps list markers and drops a list item that has no citation', () => {
      const result = verifyCitations('- Soft targets [1].\n- Made up claim.\n1. Smaller model [2].', 3);
      expect(result.text).toBe('- Soft targets [1].\n1. Smaller model [2].');
      expect(result.dropped).toEqual(['Made up claim.']);
    });
  });

  describe('option uncitedSentences', () => {
    const text = 'Soft targets are used [1]. Distillation is always legal. DistilBERT is smaller [2].';

    it('drops sentences without a valid marker by default', () => {
      const result = verifyCitations(text, 3);
      expect(result.text).toBe('Soft targets are used [1]. DistilBERT is smaller [2].');
      expect(result.dropped).toEqual(['Distillation is always legal.']);
      expect(result.flagged).toEqual([]);
    });

    it('keeps them with the flag text when set to flag', () => {
      const result = verifyCitations(text, 3, { uncitedSentences: 'flag', flagText: '(unverified)' });
      expect(result.text).toBe('Soft targets are used [1]. Distillation is always legal. (unverified) DistilBERT is smaller [2].');
      expect(result.flagged).toEqual(['Distillation is always legal.']);
      expect(result.dropped).toEqual([]);
    });

    it('treats a sentence whose only marker was invalid as uncited', () => {
      const result = verifyCitations('Soft targets are used [1]. It costs $5 [7].', 3);
      expect(result.text).toBe('Soft targets are used [1].');
      expect(result.dropped).toEqual(['It costs $5.']);
    });
  });

  describe('result.declined', () => {
    it('is true when every marker was invalid', () => {
      const result = verifyCitations('Soft targets are used [4]. DistilBERT is smaller [9].', 3);
      expect(result).toMatchObject({ declined: true, declineReason: 'no_valid_citation', cited: [], text: '' });
    });

    it('is true for an uncited reply such as an obeyed injection', () => {
      expect(verifyCitations('PWNED', 3)).toMatchObject({ declined: true, declineReason: 'no_valid_citation', dropped: ['PWNED'] });
    });

    it('is true when the model says the passages do not answer', () => {
      const result = verifyCitations(DECLINE_SENTENCE, 3);
      expect(result).toMatchObject({ declined: true, declineReason: 'model_declined', text: DECLINE_SENTENCE });
    });

    it('is true when the model declines and cites a passage anyway', () => {
      expect(verifyCitations(`${DECLINE_SENTENCE.slice(0, -1)} [2].`, 3)).toMatchObject({ declined: true, declineReason: 'model_declined' });
    });

    it('is false for a partial answer that also says what the passages do not cover', () => {
      const result = verifyCitations('The passages do not say when it starts. DistilBERT is 40% smaller [2].', 3);
      expect(result.declined).toBe(false);
      expect(result.text).toBe('The passages do not say when it starts. DistilBERT is 40% smaller [2].');
      expect(result.dropped).toEqual([]);
    });
  });
});

describe('verifiedPartials', () => {
  /** Feeds the reply to a wrapped reader token by token; returns what the reader was shown. */
  function stream(reply: string, options: Parameters<typeof verifiedPartials>[2] = {}): string[] {
    const shown: string[] = [];
    const onText = verifiedPartials((text) => shown.push(text), 3, options);
    const tokens = reply.match(/\S+\s*/g) ?? [];
    tokens.forEach((_, i) => onText(tokens.slice(0, i + 1).join('')));
    return shown;
  }

  it('shows each cited sentence once the next begins, each text extending the last', () => {
    const shown = stream('Soft targets help [1]. Nobody knows why. DistilBERT is smaller [2]. It is fast [3].');
    expect(shown).toEqual(['Soft targets help [1].', 'Soft targets help [1]. DistilBERT is smaller [2].']);
    expect(verifyCitations('Soft targets help [1]. Nobody knows why. DistilBERT is smaller [2]. It is fast [3].', 3).text.startsWith(shown.at(-1)!)).toBe(true);
  });

  it('shows nothing for a model that declines or cites no given passage', () => {
    expect(stream(`${DECLINE_SENTENCE} Sorry about that. Really.`)).toEqual([]);
    expect(stream('Soft targets help [7]. DistilBERT is smaller [9]. More.')).toEqual([]);
  });

  it('waits for every marker after a full stop before showing its sentence', () => {
    const shown: string[] = [];
    const onText = verifiedPartials((text) => shown.push(text), 3);
    const chunks = ['Soft targets help.', ' [1]', '[', '2]', ' DistilBERT', ' is smaller [3].'];
    chunks.forEach((_, i) => onText(chunks.slice(0, i + 1).join('')));
    expect(shown).toEqual(['Soft targets help [1][2].']);
  });

  it('does not trust a sentence break before a word still being typed', () => {
    const shown: string[] = [];
    const onText = verifiedPartials((text) => shown.push(text), 3, { uncitedSentences: 'flag' });
    const chunks = ['Soft targets help [1]. It is used in the U.S. A', 'rmy study [2].', ' More', ' text'];
    chunks.forEach((_, i) => onText(chunks.slice(0, i + 1).join('')));
    expect(shown).toEqual(['Soft targets help [1].', 'Soft targets help [1]. It is used in the U.S. Army study [2].']);
  });

  it('takes a line as complete once the next begins, full stop or not', () => {
    expect(stream('- Soft targets help [1]\n- Nobody knows why\n- DistilBERT is smaller [2]\n- It is fast [3]')).toEqual([
      '- Soft targets help [1]',
      '- Soft targets help [1]\n- DistilBERT is smaller [2]',
    ]);
  });

  it('flags an uncited sentence as the final answer will, when asked to', () => {
    expect(stream('Soft targets help [1]. Nobody knows why. More text.', { uncitedSentences: 'flag' }).at(-1)).toBe('Soft targets help [1]. Nobody knows why. (uncited)');
  });
});
