import { describe, expect, it } from 'vitest';
import { asksForAWritingTask, asksForSource, isSmallTalk } from '../../../src/core/text/requests.js';

describe('isSmallTalk', () => {
  it.each(['thanks!', 'ok thanks', 'thanks for that', 'great, thanks!', 'thanks 🙏', 'ok cool', 'hello there', ':+1: thanks', 'Thank you so much!'])('is true for "%s"', (text) => {
    expect(isSmallTalk(text)).toBe(true);
  });

  it.each(['thanks, who presided?', 'hey bot, what is distillation?', 'cool story about Musk', '🙏', 'okay so when was the verdict'])('is false for "%s"', (text) => {
    expect(isSmallTalk(text)).toBe(false);
  });
});

describe('asksForAWritingTask', () => {
  it.each(['can you write me a python script to fine-tune llama with lora?', 'can you draft a linkedin post about the verdict?', 'can u draft me an out-of-office reply for next week', 'can you help me write a birthday message for a coworker?', 'can someone give me a regex that validates an email address', 'write a short poem about distillation', 'ok can you write me a pytorch training loop for it?', 'how do i reverse a linked list in python', 'btw how do i pin a dependency version in poetry', 'how can we do that with c++?'])('is true for "%s"', (text) => {
    expect(asksForAWritingTask(text)).toBe(true);
  });

  it.each(['can you write me a short summary of the verdict?', 'give me a quick explanation of soft targets', 'what message did Musk post after the verdict?', 'did Savitt write a letter to the judge?', 'which script did DeepSeek use?', 'can you give me a few of the emails Musk sent Altman?', 'give me some of the key messages from the verdict', 'give me a post-mortem of the trial', 'write a note on the verdict', 'how do you distil a model you can only reach via api?', 'how do i explain distillation in plain english?', 'how did they get in with proxies?'])('is false for "%s", which the documents may answer', (text) => {
    expect(asksForAWritingTask(text)).toBe(false);
  });
});

describe('asksForSource', () => {
  it.each(['source?', 'sources pls', 'ok source?', "where's that from?", 'where does it say that?', 'can you cite that?', 'do you have a source for that?', 'says who?', 'citation?', 'source? thanks', 'citation? thank you', 'source pls thanks', 'where did that come from?', 'source for that one?', 'got a link on that claim?', 'any sources for that?', 'links for that?', 'which part of the article mentions that?', 'what section of the piece says so?', 'where in the doc does it say that?', "k, what's the source for that claim?"])(
    'is true for "%s"',
    (text) => expect(asksForSource(text)).toBe(true),
  );

  it.each(['sources on the verdict?', 'what source did OpenAI give?', 'where did the trial take place?', 'who cited the terms of service?', 'where is it from?', 'where does it come from?', 'which part of the trial mattered?', 'where in the article is the hearing described?'])('is false for "%s", which names a subject', (text) => {
    expect(asksForSource(text)).toBe(false);
  });
});
