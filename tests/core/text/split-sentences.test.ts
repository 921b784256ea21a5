import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../src/core/text/split-sentences.js';

const texts = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at full stops, question marks and exclamation marks', () => {
    expect(texts('Musk testified. Did xAI distil? He said yes! Then he left.')).toEqual([
      'Musk testified.',
      'Did xAI distil?',
      'He said yes!',
      'Then he left.',
    ]);
  });

  it('returns offsets that slice the input back to each sentence', () => {
    const text = '  First one.   Second one?\n\nThird';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    expect(splitSentences(text).map((s) => s.start)).toEqual([2, 15, 28]);
  });

  it('does not end a sentence after titles, months, Latin abbreviations and initials', () => {
    expect(texts('Dr. Smith met Mr. Jones on Jan. 5. See e.g. the memo, i.e. the draft. J. Smith agreed. Musk v. Altman ended.')).toEqual([
      'Dr. Smith met Mr. Jones on Jan. 5.',
      'See e.g. the memo, i.e. the draft.',
      'J. Smith agreed.',
      'Musk v. Altman ended.',
    ]);
  });

  it('keeps U.S., Inc. and Corp. inside a sentence unless a typical sentence opener follows', () => {
    expect(texts('The U.S. District Court heard it. OpenAI Inc. Board members spoke. Sales grew in the U.S. The end.')).toEqual([
      'The U.S. District Court heard it.',
      'OpenAI Inc. Board members spoke.',
      'Sales grew in the U.S.',
      'The end.',
    ]);
  });

  it('treats "No." before a number as an abbreviation and as a word otherwise', () => {
    expect(texts('See case No. 4 for details. He said No. Then he sat.')).toEqual([
      'See case No. 4 for details.',
      'He said No.',
      'Then he sat.',
    ]);
  });

  it('does not split decimals, versions or arXiv identifiers', () => {
    expect(texts('It used 3.4 million prompts with v1.5 of the model. See arXiv:1503.02531. Done.')).toEqual([
      'It used 3.4 million prompts with v1.5 of the model.',
      'See arXiv:1503.02531.',
      'Done.',
    ]);
  });

  it('ends a sentence after closing quotes and brackets that follow the mark', () => {
    expect(texts('Pressed again, he said "Partly." The court paused. (It was late.) Next.')).toEqual([
      'Pressed again, he said "Partly."',
      'The court paused.',
      '(It was late.)',
      'Next.',
    ]);
  });

  it('continues after a quoted question when the next word is lower case', () => {
    expect(texts('"Is that a yes?" asked counsel. "Partly," he said.')).toEqual([
      '"Is that a yes?" asked counsel.',
      '"Partly," he said.',
    ]);
  });

  it('treats an ellipsis as a boundary only before a capitalised word', () => {
    expect(texts('He paused... and went on. Wait… Then silence.')).toEqual(['He paused... and went on.', 'Wait…', 'Then silence.']);
  });

  it('ends a sentence at a blank line but not at a single newline', () => {
    expect(texts('A heading\n\nA wrapped\nsentence here. Next')).toEqual(['A heading', 'A wrapped\nsentence here.', 'Next']);
  });

  it('splits Chinese at 。 and ！ without spaces', () => {
    expect(texts('模型蒸馏很常见。它有争议！对吗？')).toEqual(['模型蒸馏很常见。', '它有争议！', '对吗？']);
  });

  it('splits Arabic and Hebrew sentences', () => {
    expect(texts('هذا نموذج كبير. هل هو جيد؟ نعم.')).toEqual(['هذا نموذج كبير.', 'هل هو جيد؟', 'نعم.']);
    expect(texts('המודל גדול. הוא לומד מהר.')).toEqual(['המודל גדול.', 'הוא לומד מהר.']);
  });

  it('keeps emoji and surrogate pairs intact', () => {
    const result = splitSentences('Great result! 🎉 Next step. 😀');
    expect(result.map((s) => s.text)).toEqual(['Great result!', '🎉 Next step.', '😀']);
    expect(result.every((s) => !/^[\uDC00-\uDFFF]/.test(s.text))).toBe(true);
  });

  it('returns nothing for empty or whitespace-only text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences(' \n\t ')).toEqual([]);
  });

  it('handles a multi-megabyte text without sentence marks in one pass', () => {
    const text = 'word '.repeat(400_000) + 'a.'.repeat(500_000);
    const result = splitSentences(text);
    expect(result).toHaveLength(1);
    expect(result[0]!.end).toBe(text.length);
  });
});
