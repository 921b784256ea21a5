import { describe, expect, it } from 'vitest';
import { numbersAsName, surnameAfter, writesAsName } from '../../../src/core/retrieval/writes-as-name.js';
import { createWordSnapshot as snapshotOf } from '../../helpers/passages.js';
import { analyze } from '../../../src/core/text/analyze.js';

describe('writesAsName', () => {
  const snapshot = snapshotOf([
    'DeepSeek released R1-Distill. Distillation trains a student.',
    'OpenAI said DeepSeek had used distillation; Grok is made by xAI.',
  ]);

  it('is true for a word the passages write with a capital wherever they say it', () => {
    expect(writesAsName(snapshot, analyze, 'deepseek')).toBe(true);
    expect(writesAsName(snapshot, analyze, 'grok')).toBe(true);
    expect(writesAsName(snapshot, analyze, 'xai')).toBe(true);
  });

  it('is false for a word written with a capital only where a sentence, heading or quotation opens', () => {
    const openers = snapshotOf(['Judge Rogers presided. During the trial, Musk said "Partly".', '# Judge notes\nDuring May, more.']);
    expect(writesAsName(openers, analyze, 'judge')).toBe(false);
    expect(writesAsName(openers, analyze, 'during')).toBe(false);
    expect(writesAsName(openers, analyze, 'partly')).toBe(false);
    expect(writesAsName(openers, analyze, 'rogers')).toBe(true);
  });

  it('is false for a word that opens a sentence but is lowercase elsewhere, and for one no passage says', () => {
    expect(writesAsName(snapshot, analyze, 'distillation')).toBe(false);
    expect(writesAsName(snapshot, analyze, 'student')).toBe(false);
    expect(writesAsName(snapshot, analyze, 'tesla')).toBe(false);
  });

  it('is false for what is not one word', () => {
    expect(writesAsName(snapshot, analyze, 'deepseek r1')).toBe(false);
    expect(writesAsName(snapshot, analyze, 'the')).toBe(false);
  });
});

describe('numbersAsName', () => {
  it('is true for a word written with a capital before a number inside a sentence, however else it is written', () => {
    const snapshot = snapshotOf(['The report, Part 2: Copyrightability, came out. The copyright part turns on output.', 'Step 3 comes last. Fine-tuned LLaMA-7B.']);
    expect(numbersAsName(snapshot, analyze, 'part')).toBe(true);
    expect(numbersAsName(snapshot, analyze, 'llama')).toBe(true);
    // Only where a sentence opens; a word never before a number; one no passage says.
    expect(numbersAsName(snapshot, analyze, 'step')).toBe(false);
    expect(numbersAsName(snapshot, analyze, 'report')).toBe(false);
    expect(numbersAsName(snapshot, analyze, 'grok')).toBe(false);
    expect(numbersAsName(snapshot, analyze, 'part 2')).toBe(false);
  });
});

describe('surnameAfter', () => {
  const snapshot = snapshotOf([
    'Elon Musk sued OpenAI. Musk said "Partly". Moonshot AI and the Stanford team replied.',
    'Savitt asked Elon Musk again. Stanford Alpaca was cheap. Sam Altman and sam the cat.',
  ]);

  it('is the surname the passages always write after a first name, lowercase', () => {
    expect(surnameAfter(snapshot, analyze, 'elon')).toBe('musk');
    expect(surnameAfter(snapshot, analyze, 'Elon')).toBe('musk');
  });

  it('is undefined for a word written alone, lowercase, or before other words', () => {
    expect(surnameAfter(snapshot, analyze, 'musk')).toBeUndefined(); // "Musk said"
    expect(surnameAfter(snapshot, analyze, 'stanford')).toBeUndefined(); // "Stanford team", "Stanford Alpaca"
    expect(surnameAfter(snapshot, analyze, 'moonshot')).toBeUndefined(); // "AI" is no surname
    expect(surnameAfter(snapshot, analyze, 'sam')).toBeUndefined(); // "sam the cat"
    expect(surnameAfter(snapshot, analyze, 'tesla')).toBeUndefined();
  });

  it('reads a name that repeats its first word as one name ("Walla Walla")', () => {
    expect(surnameAfter(snapshotOf(['Walla Walla is a city. Walla Walla lies in Washington.']), analyze, 'walla')).toBe('walla');
  });
});
