import { describe, expect, it } from 'vitest';
import { withFullWords, withChatNumbersInFull } from '../../../src/core/text/chat-clippings.js';

describe('withFullWords', () => {
  it('writes chat clippings in full, in any case', () => {
    expect(withFullWords('is distillation legit?')).toBe('is distillation legitimate?');
    expect(withFullWords('how many claude convos, and how many fake accts?')).toBe('how many claude conversations, and how many fake accounts?');
    expect(withFullWords('how many ppl were on the jury?')).toBe('how many people were on the jury?');
    expect(withFullWords('Legit or not? any govt info')).toBe('legitimate or not? any government information');
    expect(withFullWords('who came up w/ it, and can u train w/o the logits?')).toBe('who came up with it, and can u train without the logits?');
    expect(withFullWords('what do labs use to keep others from distilling em?')).toBe('what do labs use to keep others from distilling them?');
    expect(withFullWords('did the court side w/ em')).toBe('did the court side with them');
    expect(withFullWords('who shud team up on it rn?')).toBe('who should team up on it now?');
    expect(withFullWords('any earlier work b4 that one?')).toBe('any earlier work before that one?');
    // "r" asks only where a clause opens, after a lead-in word at most, before whom it asks of.
    expect(withFullWords('r we gonna get rules? so r they allowed? btw r they')).toBe('are we gonna get rules? so are they allowed? btw are they');
    expect(withFullWords('the r in rlhf, plan r is fine, what is r?')).toBe('the r in rlhf, plan r is fine, what is r?');
    expect(withFullWords('is it written in r they said')).toBe('is it written in r they said');
    expect(withFullWords('at the end of the day r they allowed?')).toBe('at the end of the day are they allowed?');
    expect(withFullWords('distilling ur own models is fine?')).toBe('distilling your own models is fine?');
    expect(withFullWords('did a judge agree w that, w its own models?')).toBe('did a judge agree with that, with its own models?');
    expect(withFullWords('how do you get those softened probs, smth with temperature? probs not')).toBe('how do you get those softened probabilities, something with temperature? probs not');
    // Problems, and a place.
    expect(withFullWords('what are the probs with it? the bc supreme court, in bc')).toBe('what are the probs with it? the bc supreme court, in bc');
    // "w" alone is an initial or a letter.
    expect(withFullWords('W. Bush said w.')).toBe('W. Bush said w.');
    expect(withFullWords('will labs lock it down bc of this, b/c of the ruling?')).toBe('will labs lock it down because of this, because of the ruling?');
    // "cos" is "companies" only after a word sorting them; opening a clause it is "because".
    expect(withFullWords('how do ai cos and other cos stop it')).toBe('how do ai companies and other companies stop it');
    expect(withFullWords('is it legal cos everyone does it?')).toBe('is it legal cos everyone does it?');
    expect(withFullWords('is it bad for us cos we use chatgpt')).toBe('is it bad for us cos we use chatgpt');
    expect(withFullWords('they did it all cos it was cheap')).toBe('they did it all cos it was cheap');
    expect(withFullWords('it got so big cos everyone distills')).toBe('it got so big cos everyone distills');
    expect(withFullWords('re: the softmax temp, what temp?')).toBe('about: the softmax temperature, what temperature?');
    // A temporary ban, folder or worker is no temperature; "re" without a colon, or in "you're", is no "about".
    expect(withFullWords("you're in a temp dir, a temp ban, a temp worker; they re going")).toBe("you're in a temp dir, a temp ban, a temp worker; they re going");
    // A hesitation or the dash is no "them".
    expect(withFullWords('em, what did musk say?')).toBe('em, what did musk say?');
    expect(withFullWords('does the article use em dashes?')).toBe('does the article use em dashes?');
  });

  it('leaves whole words, file names, abbreviations and words the documents use alone', () => {
    expect(withFullWords('legitimate information in info.txt, the diffs and an exec-level org-wide memo')).toBe('legitimate information in info.txt, the diffs and an exec-level org-wide memo');
    expect(withFullWords('what does the EVAL say?')).toBe('what does the EVAL say?');
    expect(withFullWords('is the info legit?', (word) => word === 'info')).toBe('is the info legitimate?');
    expect(withFullWords("is it 'legit'? not o'legit")).toBe("is it 'legitimate'? not o'legit");
    expect(withFullWords('is https://example.com/w/ up? see docs/w/o_logits.md and ./w/')).toBe('is https://example.com/w/ up? see docs/w/o_logits.md and ./w/');
  });

  it('leaves clippings read more than one way, and capitalised words past the first', () => {
    expect(withFullWords('ask an admin for the API docs and the diff')).toBe('ask an admin for the API docs and the diff');
    expect(withFullWords('Info in Google Info?')).toBe('information in Google Info?');
    expect(withFullWords('I read it. Govt response? thanks! Convos with Claude?')).toBe('I read it. government response? thanks! conversations with Claude?');
  });
});

describe('withChatNumbersInFull', () => {
  it('writes chat\'s thousands as documents do', () => {
    expect(withChatNumbersInFull('were those 52k examples expensive? about 3.4K?')).toBe('were those 52,000 examples expensive? about 3,400?');
  });

  it('writes millions and billions in words, as documents do', () => {
    expect(withChatNumbersInFull('the 16m+ claude conversations, 3.4m exchanges? a $2bn round?')).toBe('the 16 million+ claude conversations, 3.4 million exchanges? a $2 billion round?');
    // Minutes, metres, a name and a file size are no amounts.
    expect(withChatNumbersInFull('back in 5m, a 90m walk, did 3M sue? 3.4M of them, a 5mb file, 7mm, v2.3m')).toBe('back in 5m, a 90m walk, did 3M sue? 3.4M of them, a 5mb file, 7mm, v2.3m');
  });

  it('leaves a longer number, a word, a filing and a retirement plan alone', () => {
    expect(withChatNumbersInFull('is v1.2k out? the 52kb file? 5 k-means? 5k-means? 3,5k?')).toBe('is v1.2k out? the 52kb file? 5 k-means? 5k-means? 3,5k?');
    expect(withChatNumbersInFull('the 10k filing, my 401k')).toBe('the 10k filing, my 401k');
  });
});
