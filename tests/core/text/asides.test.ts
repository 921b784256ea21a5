import { describe, expect, it } from 'vitest';
import { withoutAsides } from '../../../src/core/text/asides.js';

describe('withoutAsides', () => {
  it.each([
    ['is stuff an ai spits out copyrightable in the us? asking for a friend lol', 'is stuff an ai spits out copyrightable in the us?'],
    ['just curious, who presided?', 'who presided?'],
    ['out of curiosity what did musk say?', 'what did musk say?'],
    ['who presided, just wondering', 'who presided'],
    ['did musk admit it, or is that just twitter noise?', 'did musk admit it?'],
    ['where was the trial held? i assumed SF but someone said it wasnt', 'where was the trial held?'],
    ['which city was it heard in? i keep thinking SF but not sure', 'which city was it heard in?'],
    ['did musk win? i heard he lost when the jury came back', 'did musk win?'],
    ['does a work need a person behind it? i remember some appeals ruling on this', 'does a work need a person behind it?'],
  ])('drops the aside of %j', (question, without) => {
    expect(withoutAsides(question)).toBe(without);
  });

  it('leaves an aside that is the question, or part of it', () => {
    expect(withoutAsides('asking for a friend')).toBe('asking for a friend');
    expect(withoutAsides('who was just curious about it?')).toBe('who was just curious about it?');
    expect(withoutAsides('is it a legal requirement or are they just asking?')).toBe('is it a legal requirement or are they just asking?');
    // An alternative asked is half the question, not a doubt.
    expect(withoutAsides('is it a copyright issue or is it just a contract thing?')).toBe('is it a copyright issue or is it just a contract thing?');
    // A belief before the question, or asked about, is part of it.
    expect(withoutAsides('i thought it was in SF?')).toBe('i thought it was in SF?');
    expect(withoutAsides('was it SF? i heard oakland, is that right?')).toBe('was it SF? i heard oakland, is that right?');
    expect(withoutAsides('who presided? i heard judge rogers, what about the appeal')).toBe('who presided? i heard judge rogers, what about the appeal');
  });
});
