import { describe, expect, it } from 'vitest';
import { withAuxiliariesSpelledOut, withoutAsTo, withPlainQuantities } from '../../../src/core/text/chat-forms.js';

describe('withPlainQuantities', () => {
  it('puts a majority as documents do: "most of"', () => {
    expect(withPlainQuantities('which lab was behind the bulk of it?')).toBe('which lab was behind most of it?');
    expect(withPlainQuantities("who had the lion's share of the exchanges?")).toBe('who had most of the exchanges?');
    expect(withPlainQuantities('which one was behind the largest number of Claude conversations?')).toBe('which one was behind most of Claude conversations?');
    expect(withPlainQuantities('which of the three hit claude the hardest? who was hitting it hardest')).toBe('which of the three hit claude most? who was hitting it most');
    expect(withPlainQuantities('which one hammered claude the hardest? who pounded it hardest')).toBe('which one hammered claude most? who pounded it most');
  });

  it('leaves a size that is not a share of something alone', () => {
    expect(withPlainQuantities("what's the hardest thing about distilling? what hit hardest, the ruling?")).toBe("what's the hardest thing about distilling? what hit most, the ruling?");
    expect(withPlainQuantities('what was the biggest chunk size?')).toBe('what was the biggest chunk size?');
    expect(withPlainQuantities('what is the majority view?')).toBe('what is the majority view?');
  });
});

describe('withAuxiliariesSpelledOut', () => {
  it.each([
    ["how'd the chinese labs get around claude?", 'how did the chinese labs get around claude?'],
    ['What’re the limitation periods?', 'What are the limitation periods?'],
    ["who'll hear the appeal?", 'who will hear the appeal?'],
    ["when's the appeal going to be heard", 'when is the appeal going to be heard'],
    ['How’s it made?', 'How is it made?'],
    ["how's it been going with the appeal", "how's it been going with the appeal"],
    // Chat drops the apostrophe.
    ['hows that used, whos the judge?', "how is that used, who's the judge?"],
  ])('reads %j as %j', (question, read) => {
    expect(withAuxiliariesSpelledOut(question)).toBe(read);
  });

  it('leaves other words with an apostrophe alone', () => {
    expect(withAuxiliariesSpelledOut("what's OpenAI'd-be rival's stance? I'd ask")).toBe("what's OpenAI'd-be rival's stance? I'd ask");
    expect(withAuxiliariesSpelledOut("where's that from? Musk's")).toBe("where's that from? Musk's");
  });
});

describe('withoutAsTo', () => {
  it.each([
    ['speed wise vs the full bert, whats the gain', 'speed vs the full bert, whats the gain'],
    ['what stake does microsoft hold, percentage-wise?', 'what stake does microsoft hold, percentage?'],
  ])('reads %j as %j', (question, read) => {
    expect(withoutAsTo(question)).toBe(read);
  });

  it('leaves "wise" that is no "as to" alone', () => {
    for (const question of ['is it wise to distil a rival?', 'was that wise', 'otherwise fine?', 'how wise was it to sue?', 'was Musk wise to sue OpenAI?', 'is it legally wise?']) {
      expect(withoutAsTo(question)).toBe(question);
    }
    expect(withoutAsTo('ok, cost-wise what did alpaca need')).toBe('ok, cost what did alpaca need');
  });

  it('reads "X-ish" as "X"', () => {
    expect(withoutAsTo('was there distillation-ish research before 2015-ish?')).toBe('was there distillation research before 2015?');
    expect(withoutAsTo('is a 7b-ish model as good as a gpt-4-ish one?')).toBe('is a 7b model as good as a gpt-4 one?');
    for (const question of ['was it selfish of musk?', 'is the -ish suffix a name?']) expect(withoutAsTo(question)).toBe(question);
  });
});
