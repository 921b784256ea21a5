import { describe, expect, it } from 'vitest';
import { askedSpeakers, saidBy, spokenBy } from '../../../src/core/answer/speakers.js';
import { scoreSentences, type SentenceScoring } from '../../../src/core/answer/select-sentences.js';
import { analyze } from '../../../src/core/text/analyze.js';
import { createDummyPassage as passage } from '../../helpers/passages.js';

describe('askedSpeakers', () => {
  it('finds the named party a question asks to have said something', () => {
    expect(askedSpeakers('What did Sam Altman say when he took the stand?', ['Sam', 'Altman'])).toEqual([['sam', 'altman']]);
    expect(askedSpeakers("did deepseek deny anthropic's accusations?", ['deepseek', 'anthropic'])).toEqual([['deepseek']]);
    expect(askedSpeakers('Did DeepSeek ever issue a formal denial?', ['DeepSeek'])).toEqual([['deepseek']]);
    expect(askedSpeakers('did greg brockman take the stand at the trial', ['greg', 'brockman'])).toEqual([['greg', 'brockman']]);
    // An argument or a defence is words too.
    expect(askedSpeakers("what was microsoft's defense in the musk case?", ['microsoft', 'musk'])).toEqual([['microsoft']]);
    expect(askedSpeakers("what was musk's argument?", ['musk'])).toEqual([['musk']]);
    expect(askedSpeakers("what was DeepSeek's response to the claims?", ['DeepSeek'])).toEqual([['deepseek']]);
    expect(askedSpeakers("any details on altman's testimony, like what he told the court?", ['altman'])).toEqual([['altman']]);
    // Asked of the event, not of what was said.
    expect(askedSpeakers("when was the date of musk's testimony?", ['musk'])).toEqual([]);
    expect(askedSpeakers('has deepseek put out any statement rebutting it?', ['deepseek'])).toEqual([['deepseek']]);
    expect(askedSpeakers('did minimax make a public response?', ['minimax'])).toEqual([['minimax']]);
    expect(askedSpeakers('what did musk call the ruling afterwards', ['musk'])).toEqual([['musk']]);
    expect(askedSpeakers('what has Musk called OpenAI?', ['Musk', 'OpenAI'])).toEqual([['musk']]);
    // "call" as a deed: a recess, a witness, what someone asks for.
    expect(askedSpeakers('what did Musk call for?', ['Musk'])).toEqual([]);
    expect(askedSpeakers('did Rogers call a recess?', ['Rogers'])).toEqual([]);
    expect(askedSpeakers('did OpenAI call Musk as a witness?', ['OpenAI', 'Musk'])).toEqual([]);
    expect(askedSpeakers('did Moonshot rebut the claims?', ['Moonshot'])).toEqual([['moonshot']]);
    expect(askedSpeakers('has meta ever accused anyone of distilling llama?', ['meta'])).toEqual([['meta']]);
    expect(askedSpeakers("any reply from deepseek's side", ['deepseek'])).toEqual([['deepseek']]);
    expect(askedSpeakers("any word from deepseek rebutting anthropic's claims?", ['deepseek', 'anthropic'])).toEqual([['deepseek']]);
    expect(askedSpeakers('was there a statement from Moonshot?', ['Moonshot'])).toEqual([['moonshot']]);
    expect(askedSpeakers('a statement from Sam Altman after the verdict?', ['Sam', 'Altman'])).toEqual([['sam', 'altman']]);
    expect(askedSpeakers('any denials from musk or openai?', ['musk', 'openai'])).toEqual([['musk'], ['openai']]);
    // "the statement from anthropic" is one already made: what it says is asked, not whether.
    expect(askedSpeakers('when was the statement from anthropic released?', ['anthropic'])).toEqual([]);
    expect(askedSpeakers("what was altman's testimony at the trial?", ['altman'])).toEqual([['altman']]);
    expect(askedSpeakers("What were Musk's remarks on distillation?", ['Musk'])).toEqual([['musk']]);
    expect(askedSpeakers("What was Musk's role at the trial?", ['Musk'])).toEqual([]);
  });

  it('takes a second part asked of a pronoun as asked of the party named first', () => {
    expect(askedSpeakers('how did deepseek respond to anthropic, did they deny it', ['deepseek', 'anthropic'])).toEqual([['deepseek']]);
    expect(askedSpeakers('what did deepseek say back, did they deny it', ['deepseek'])).toEqual([['deepseek']]);
    // A second part naming someone else still asks two things.
    expect(askedSpeakers('what did deepseek say, and did openai deny it', ['deepseek', 'openai'])).toEqual([]);
    // "they" may be DeepSeek here, and "it" is as often the memo.
    expect(askedSpeakers('what did openai tell the committee about deepseek, and did they deny it?', ['openai', 'deepseek'])).toEqual([]);
    expect(askedSpeakers('what did openai tell the committee, did it confirm the numbers?', ['openai'])).toEqual([]);
    expect(askedSpeakers('what did openai tell the committee, did they ever publicly confirm it?', ['openai'])).toEqual([['openai']]);
    expect(askedSpeakers("deepseek's reaction to anthropic calling them out - did they deny it?", ['deepseek', 'anthropic'])).toEqual([['deepseek']]);
    expect(askedSpeakers("deepseek's reaction to anthropic, did they deny it?", ['deepseek', 'anthropic'])).toEqual([['deepseek']]);
    expect(askedSpeakers("and musk's response?", ['musk'])).toEqual([['musk']]);
    expect(askedSpeakers('how did deepseek respond to the openai memo, did they deny it?', ['deepseek', 'openai'])).toEqual([['deepseek']]);
    // The event, not the words: "musk's testimony date?", "…testimony, who cross-examined him?".
    expect(askedSpeakers("musk's testimony date?", ['musk'])).toEqual([]);
    expect(askedSpeakers("altman's testimony, who cross-examined him?", ['altman'])).toEqual([]);
  });

  it('finds every party joined by "and" or "or"', () => {
    expect(askedSpeakers('What did Anthropic and Google say about distillation?', ['Anthropic', 'Google'])).toEqual([['anthropic'], ['google']]);
    expect(askedSpeakers('Did Musk or Sam Altman testify?', ['Musk', 'Sam', 'Altman'])).toEqual([['musk'], ['sam', 'altman']]);
  });

  it('lets up to two adverbs, and nothing else, stand between the party and the verb', () => {
    expect(askedSpeakers('did musk flat out admit it?', ['musk'])).toEqual([['musk']]);
    expect(askedSpeakers('so when pushed, did Musk actually admit xAI used their models?', ['Musk', 'xAI'])).toEqual([['musk']]);
    expect(askedSpeakers('did musk really truly honestly admit it?', ['musk'])).toEqual([]);
    expect(askedSpeakers('What did OpenAI lawyers say to Musk?', ['OpenAI', 'Musk'])).toEqual([]);
    expect(askedSpeakers('what did Chinese officials say?', ['Chinese'])).toEqual([]);
  });

  it('takes "respond" and "react" for words only when public or answering words', () => {
    expect(askedSpeakers('How did Moonshot AI respond publicly?', ['Moonshot', 'AI'])).toEqual([['moonshot', 'ai']]);
    expect(askedSpeakers("how did deepseek respond to openai's accusations?", ['deepseek', 'openai'])).toEqual([['deepseek']]);
    expect(askedSpeakers('how did MiniMax respond to that?', ['MiniMax'])).toEqual([['minimax']]);
    expect(askedSpeakers('did deepseek ever respond or deny it', ['deepseek'])).toEqual([['deepseek']]);
    expect(askedSpeakers('How did Judge Rogers respond to the advisory jury?', ['Judge', 'Rogers'])).toEqual([]);
    expect(askedSpeakers("How did Judge Rogers respond to the jury's verdict?", ['Judge', 'Rogers'])).toEqual([]);
    // To a questioner, or when asked: in words. "reply" and "answer" always ask for words.
    expect(askedSpeakers('How did Musk respond to Savitt?', ['Musk', 'Savitt'])).toEqual([['musk']]);
    expect(askedSpeakers("How did Musk respond when asked if xAI used OpenAI's models?", ['Musk', 'xAI', 'OpenAI'])).toEqual([['musk']]);
    expect(askedSpeakers('Did DeepSeek reply to OpenAI?', ['DeepSeek', 'OpenAI'])).toEqual([['deepseek']]);
  });

  it('finds none when a pronoun, a role or a document speaks, or nobody is asked to', () => {
    expect(askedSpeakers('what did he say exactly', [])).toEqual([]);
    expect(askedSpeakers("what did the US government's AI and crypto guy say?", ['US', 'AI'])).toEqual([]);
    expect(askedSpeakers("what did OpenAI's lawyer say?", ['OpenAI'])).toEqual([]);
    expect(askedSpeakers('what does the article say?', [])).toEqual([]);
    expect(askedSpeakers('How many fake accounts did Anthropic say were used?', ['Anthropic'])).toEqual([]);
    expect(askedSpeakers('When did OpenAI accuse DeepSeek?', ['OpenAI', 'DeepSeek'])).toEqual([]);
  });

  it('finds none when another part of the question asks something else', () => {
    expect(askedSpeakers('How many accounts did Anthropic count, and what did OpenAI tell the House committee?', ['Anthropic', 'OpenAI', 'House'])).toEqual([]);
    expect(askedSpeakers('What did Musk say and when did the trial start?', ['Musk'])).toEqual([]);
    expect(askedSpeakers('Did Musk say anything, or did OpenAI deny it?', ['Musk', 'OpenAI'])).toEqual([]);
    expect(askedSpeakers('how did musk react to losing? what did he say', ['musk'])).toEqual([]);
    expect(askedSpeakers('what did musk admit? what did musk say next', ['musk'])).toEqual([['musk']]);
    // A part that only sets the scene asks nothing.
    expect(askedSpeakers('so when OpenAI pressed him, did Musk admit it?', ['OpenAI', 'Musk'])).toEqual([['musk']]);
  });
});

describe('saidBy', () => {
  const by = (sentence: string, ...names: string[]) => saidBy(sentence, names.map((n) => analyze(n)), analyze);

  it('is true when the party comes just before a verb of speech, perhaps past "also" or "has"', () => {
    expect(by('Musk also told the court that checking your own AI is standard practice.', 'musk')).toBe(true);
    expect(by('During the hearing, Musk acknowledged the use of model distillation.', 'musk')).toBe(true);
    expect(by('Google has called the distillation of its models a theft.', 'google')).toBe(true);
    expect(by('In the memo, Moonshot AI alleged that DeepSeek had distilled its models.', 'moonshot ai')).toBe(true);
  });

  it('reads past an aside in commas, and finds the speaker after a quotation', () => {
    expect(by("Sam Altman, OpenAI's chief executive, said the claims were false.", 'sam altman')).toBe(true);
    expect(by('"Partly," said Musk.', 'musk')).toBe(true);
    expect(by('"We did not," said a DeepSeek spokesperson.', 'deepseek')).toBe(true);
  });

  it('takes the party as the owner of what speaks, or named before it', () => {
    expect(by("Musk's lawsuit claimed that OpenAI had abandoned its mission.", 'musk')).toBe(true);
    expect(by('The Stanford team reported that the data cost less than $600.', 'stanford')).toBe(true);
    expect(by('OpenAI CEO Sam Altman told reporters nothing.', 'sam altman')).toBe(true);
    expect(by('Anthropic attributed most of the exchanges to MiniMax.', 'anthropic')).toBe(true);
  });

  it('is false for a party named after a preposition: the saying is another\'s', () => {
    expect(by('A lawyer for Musk said the claims were late.', 'musk')).toBe(false);
    expect(by('Critics of DeepSeek claimed it copied OpenAI.', 'deepseek')).toBe(false);
    expect(by('The report about Musk said nothing new.', 'musk')).toBe(false);
  });

  it('takes a surname for a full name, but not a common last word', () => {
    expect(by('Altman said the claims were false.', 'sam altman')).toBe(true);
    expect(by('The AI said nothing.', 'moonshot ai')).toBe(false);
  });

  it('is true for "according to" the party, or its statement', () => {
    expect(by('According to Anthropic, Moonshot AI accounted for 3.4 million exchanges.', 'anthropic')).toBe(true);
    expect(by("The warning was part of Anthropic's February 2026 statement about DeepSeek.", 'anthropic')).toBe(true);
  });

  it('is false when the party is only spoken of, or someone else speaks', () => {
    expect(by('Elon Musk sued OpenAI, Sam Altman and Greg Brockman.', 'sam altman')).toBe(false);
    expect(by('Sacks said there was substantial evidence that DeepSeek had distilled models.', 'deepseek')).toBe(false);
    expect(by('Anthropic said DeepSeek ran 150,000 exchanges.', 'deepseek')).toBe(false);
    expect(by("The warning was part of Anthropic's February 2026 statement about DeepSeek.", 'deepseek')).toBe(false);
    expect(by('Savitt pressed Musk and the judge said nothing.', 'musk')).toBe(false);
    expect(by('Companies like OpenAI and Anthropic have accused others.', 'openai')).toBe(false);
  });

  it('takes no noun or passive for a verb of speech', () => {
    expect(by("The jury found that Musk's claims were barred.", 'musk')).toBe(false);
    expect(by('The chatbot made by xAI is called Grok.', 'xai')).toBe(false);
    expect(by('Savitt asked Musk whether that answer was a yes.', 'musk')).toBe(false);
  });
});

describe('spokenBy', () => {
  const scoring: SentenceScoring = { analyze, termWeight: () => 1 };
  const musk = [['musk']];
  const hearing = passage(
    'hearing',
    'Savitt then asked whether xAI had used OpenAI models. Musk replied that all the AI companies do it. When Savitt pressed him, Musk said "Partly". The judge thanked Musk. Later, Musk said xAI was small.',
  );
  const scored = scoreSentences(analyze('musk admit xai used openai models'), [{ passage: hearing, score: 1 }], scoring);
  const coverage = (sentences: typeof scored, start: string) => sentences.find((s) => s.text.startsWith(start))?.coverage;

  it('keeps only the sentences in which the party speaks', () => {
    expect(spokenBy(scored, musk, analyze).map((s) => s.text.slice(0, 12))).toEqual(['Musk replied', 'When Savitt ', 'Later, Musk ']);
  });

  it('scores a reply as the question asked up to two sentences before it, best first', () => {
    const asked = coverage(scored, 'Savitt then asked')!;
    expect(asked).toBeGreaterThan(coverage(scored, 'When Savitt')!);
    const spoken = spokenBy(scored, musk, analyze);
    // "Later, Musk said xAI…" shares more than either reply, but follows no question.
    expect(coverage(scored, 'Later')).toBeGreaterThan(coverage(scored, 'Musk replied')!);
    expect(spoken.map((s) => s.coverage)).toEqual([asked, asked, coverage(scored, 'Later')]);
    expect(spoken.map((s) => s.score)).toEqual(spoken.map((s) => s.score).toSorted((a, b) => b - a));
  });

  it('lifts no reply without a question put before it', () => {
    const plain = passage('plain', 'OpenAI models raise questions about how xAI used them. Musk said that all the AI companies do it.');
    const sentences = scoreSentences(analyze('musk admit xai used openai models'), [{ passage: plain, score: 1 }], scoring);
    expect(spokenBy(sentences, musk, analyze).map((s) => s.coverage)).toEqual([coverage(sentences, 'Musk said')]);
  });
});
