import { describe, expect, it } from 'vitest';
import { leavesTheSubjectBefore, returnsToFirstQuestion, namesASubject, stripQuestionWords, withoutClaimFrame, withoutLeadIn } from '../../../src/core/text/question-words.js';

describe('stripQuestionWords', () => {
  it('drops the words that shape a question and keeps its subject', () => {
    expect(stripQuestionWords('When did Anthropic accuse DeepSeek?')).toBe('Anthropic accuse DeepSeek?');
    expect(stripQuestionWords("Can you tell me what Musk's lawyer asked?")).toBe("Musk's lawyer asked?");
  });

  it('drops indefinite pronouns, which name no subject', () => {
    expect(stripQuestionWords("What did Musk say about testing your AI with someone else's AI?")).toBe('Musk testing AI with AI?');
    expect(stripQuestionWords('Why is distillation controversial if everyone does it internally?')).toBe('distillation controversial if it internally?');
  });

  it('drops the nouns that stand for what the question names elsewhere ("such a touchy subject", "this stuff")', () => {
    expect(stripQuestionWords('why is distillation such a touchy subject?')).toBe('distillation such a touchy ?');
    expect(stripQuestionWords('eli5 model distillation pls')).toBe('eli5 model distillation');
    expect(stripQuestionWords('what were the actual deadlines? like how many years for each claim')).toBe('the deadlines? like years for claim');
    expect(stripQuestionWords('are model outputs subject to the ToS?')).toBe('model outputs subject to the ToS?');
    expect(stripQuestionWords('who should set standards for this stuff?')).toBe('set standards for this');
    expect(stripQuestionWords("what was Sacks's take on the DeepSeek thing?")).toBe("Sacks's take on the DeepSeek");
  });

  it('drops hedges on what is asked ("likely"), whose stem is "like", and "happen"', () => {
    expect(stripQuestionWords('are labs likely to lock their models down?')).toBe('labs to lock their models down?');
    expect(stripQuestionWords('is an appeal unlikely now?')).toBe('an appeal now?');
    expect(stripQuestionWords('so what happens next?')).toBe('so next?');
    expect(stripQuestionWords('what happened in Thaler v. Perlmutter?')).toBe('in Thaler v. Perlmutter?');
    expect(stripQuestionWords('what did the court end up deciding?')).toBe('the court deciding?');
    expect(stripQuestionWords('did they wind up suing?')).toBe('they suing?');
    expect(stripQuestionWords('what was the end of the trial? did it end up in court')).toBe('the end of the trial? it in court');
    expect(stripQuestionWords('how much did Musk end up with?')).toBe('Musk with?');
    expect(stripQuestionWords('how long was the trial supposed to run?')).toBe('long the trial to run?');
    expect(stripQuestionWords("who's meant to work out the standards though")).toBe('to work out the standards');
    expect(stripQuestionWords('what was his argument basically?')).toBe('argument');
    expect(stripQuestionWords('what even is distilbert?')).toBe('distilbert?');
    expect(stripQuestionWords('did xai ever break even on grok?')).toBe('xai break even on grok?');
    expect(stripQuestionWords('is the outcome likely to matter for labs down the line, like legally?')).toBe('the outcome to matter for labs , legally?');
    expect(stripQuestionWords('are companies like openai suing?')).toBe('companies like openai suing?');
    expect(stripQuestionWords('can we, like, break the tos?')).toBe(', break the tos?');
    expect(stripQuestionWords('what are the long-term risks?')).toBe('the long-term risks?');
    expect(stripQuestionWords('what kinda speedup does it get')).toBe('speedup it');
    expect(stripQuestionWords('how did those labs still manage to use it?')).toBe('labs still to use it?');
    expect(stripQuestionWords('how do labs manage risk?')).toBe('labs manage risk?');
    expect(stripQuestionWords('whose idea was that originally')).toBe('idea that');
  });

  it('drops the modals "might" and "must", as it does "could" and "should", but not "may", also a month', () => {
    expect(stripQuestionWords('what might AI companies have to change?')).toBe('AI companies to change?');
    expect(stripQuestionWords('what must labs do now?')).toBe('labs now?');
    expect(stripQuestionWords('what happened in May?')).toBe('in May?');
  });

  it('drops reflexive pronouns, as it does the others: "and for the companies themselves?"', () => {
    expect(stripQuestionWords('and for the companies themselves?')).toBe('and for the companies');
    expect(stripQuestionWords('did Musk himself admit it?')).toBe('Musk admit it?');
  });

  it("drops chat's asides: how the asker feels, not what they ask", () => {
    expect(stripQuestionWords('lol what did musk call it')).toBe('musk call it');
    expect(stripQuestionWords('tbh is distillation even legal, imo it is')).toBe('distillation legal, it');
  });

  it('drops "remind me", a request like "tell me"', () => {
    expect(stripQuestionWords('remind me what the appeals court held?')).toBe('the appeals court held?');
  });

  it('drops the "one" of "which one", a pro-form that stems to "on"', () => {
    expect(stripQuestionWords('which one was responsible for most of it?')).toBe('responsible for most of it?');
    expect(stripQuestionWords('was that one of the labs Anthropic named?')).toBe('that one of the labs Anthropic named?');
    expect(stripQuestionWords('was it the one-year or the two-year one?')).toBe('it the one-year or the two-year one?');
    expect(stripQuestionWords('is that one million figure right?')).toBe('that one million figure right?');
  });

  it('drops "also", "specifically" and "theirs", which tie a question to the thread', () => {
    expect(stripQuestionWords('did Google also call it theft?')).toBe('Google call it theft?');
    expect(stripQuestionWords('how many exchanges were theirs specifically?')).toBe('exchanges');
  });

  it('drops negated auxiliaries, as "not" is dropped', () => {
    expect(stripQuestionWords("If copyright doesn't cover outputs, what can't labs stop?")).toBe('If copyright cover outputs, labs stop?');
    expect(stripQuestionWords('why doesnt copyright cover outputs')).toBe('copyright cover outputs');
  });

  it('drops a yes/no frame around the claim asked about', () => {
    expect(stripQuestionWords('Is it true that Musk co-founded OpenAI?')).toBe('Musk co-founded OpenAI?');
    expect(stripQuestionWords("Isn't it the case Google calls distillation theft?")).toBe('Google calls distillation theft?');
    expect(stripQuestionWords(withoutLeadIn('So is it true Musk testified?'))).toBe('Musk testified?');
    expect(stripQuestionWords('Is it right-wing to regulate AI?')).toBe('it right-wing to regulate AI?');
    // Only as a frame: a claim about truth or rights keeps its words.
    expect(stripQuestionWords('Which rights are true property rights?')).toBe('rights true property rights?');
  });

  it('drops pro-forms that point back: "those smaller ones", "along those lines"', () => {
    // "ones" stems to "on", which no index keeps as a stop word: it found "smaller ones" anywhere.
    expect(stripQuestionWords('what were those smaller ones built on?')).toBe('smaller built on?');
    expect(stripQuestionWords('was there any earlier work along those lines?')).toBe('there earlier work that ?');
    expect(stripQuestionWords('anything in that vein from Google?')).toBe('that from Google?');
  });

  it('returns the question unchanged when nothing else would be left', () => {
    expect(stripQuestionWords('What did you say?')).toBe('What did you say?');
  });

  it('drops a source reference, keeping the words that describe the document', () => {
    expect(stripQuestionWords("According to the article, what did xAI use OpenAI's models for?")).toBe("xAI use OpenAI's models for?");
    expect(stripQuestionWords('How did Musk justify distillation, per the commissioned article?')).toBe('Musk justify distillation, commissioned ?');
    expect(stripQuestionWords('What is in the Copyright Office report about output?')).toBe('Copyright Office output?');
    expect(stripQuestionWords('What were the costs in the 2024 annual report?')).toBe('the costs 2024 annual ?');
    expect(stripQuestionWords('What does our accusations brief cover?')).toBe('accusations brief cover?');
    expect(stripQuestionWords("in that 2015 paper's setup, is the student imitating the teacher")).toBe('2015 setup, the student imitating the teacher');
    // A part of a document is where to look too; its heading's words stay.
    expect(stripQuestionWords("per the what's next bit - what should companies be doing")).toBe('next - companies be');
    expect(stripQuestionWords('in the part where musk testifies, who asked him')).toBe('musk testifies, asked');
    // A part of a named document: both are where to look, and the words describing them stay.
    expect(stripQuestionWords("in the 'what's next' bit of the musk court story, which groups draft norms?")).toBe("next' musk court groups draft norms?");
    expect(stripQuestionWords('does the source text claim labs must change?')).toBe('claim labs change?');
    // Text that is not the document stays what is asked about.
    expect(stripQuestionWords('what did the student learn from the generated text?')).toBe('the student learn from the generated text?');
  });

  it('drops an alternative left open and "count as": they name nothing to look for', () => {
    expect(stripQuestionWords('violating that - does it count as infringement or is it another kind of issue')).toBe('violating that - it infringement');
    expect(stripQuestionWords('is distilling legal or what?')).toBe('distilling legal ?');
    expect(stripQuestionWords('did he sue, or something else entirely?')).toBe('sue ?');
    expect(stripQuestionWords('would distillation still count as theft?')).toBe('distillation theft?');
    // An alternative that names something stays, as does a count.
    expect(stripQuestionWords('is it a breach or is it theft?')).toBe('it a breach or it theft?');
    expect(stripQuestionWords('how many accounts count as fraudulent?')).toBe('accounts count as fraudulent?');
    // Not a bit, a part of something else, or a number of bits.
    expect(stripQuestionWords('does distillation work in an 8 bit model?')).toBe('distillation work in an 8 bit model?');
    // "the X bit" where the clause ends is a part of X, as a bit of a document is.
    expect(stripQuestionWords('and the softmax temperature bit, how is that used')).toBe('and the softmax temperature, that used');
    expect(stripQuestionWords('is it a bit? an 8 bit? what about the quantization bits?')).toBe('it a bit? an 8 bit? the quantization bits?');
    expect(stripQuestionWords("per the what's next bit, what happens to xai?")).toBe('next to xai?');
    expect(stripQuestionWords('what happened in the first part of the hearing?')).toBe('in the first part of the hearing?');
    // "on their end" is for their part; "on their side" may be the subject.
    expect(stripQuestionWords('do companies have to change anything on their end?')).toBe('companies to change ?');
    expect(stripQuestionWords('is the law on their side?')).toBe('the law on their side?');
    expect(stripQuestionWords('did he straight up admit xai did it? flat-out?')).toBe('admit xai it? ?');
    expect(stripQuestionWords('did prices go straight upward?')).toBe('prices go straight upward?');
    expect(stripQuestionWords('is google on record with an opinion on it?')).toBe('google with an opinion on it?');
    // What ends a list of examples is nothing to look for.
    expect(stripQuestionWords('how does google feel about others distilling gemini and co')).toBe('google feel others distilling gemini');
    expect(stripQuestionWords('models like Gemini, Llama etc. - who distils them?')).toBe('models like Gemini, Llama - distils');
    expect(stripQuestionWords('how does the hinton et al. approach work')).toBe('the hinton approach work');
    expect(stripQuestionWords('did the co-founders & co sue?')).toBe('the co-founders & co sue?');
    expect(stripQuestionWords('is the Walt Disney and Co deal relevant? and Co?')).toBe('the Walt Disney and Co deal relevant? and Co?');
    // "What does the article say about X?" asks about X; "What does the brief cover?" about the brief.
    expect(stripQuestionWords('What does the article say about Musk and distillation?')).toBe('Musk and distillation?');
    expect(stripQuestionWords('what does the knowledge base say about Musk?')).toBe('Musk?');
    // Words on what sort of writing it is name no subject: "news" is not what is asked about.
    expect(stripQuestionWords('what does the news story say about ethics?')).toBe('ethics?');
  });
});

describe('namesASubject', () => {
  it('is false for a question made only of question words', () => {
    expect(namesASubject('Why?')).toBe(false);
    expect(namesASubject('Is it true that?')).toBe(false);
    expect(namesASubject('What did you say?')).toBe(false);
    expect(namesASubject('Why did Musk lose?')).toBe(true);
  });
});

describe('withoutLeadIn', () => {
  it('drops an apology for asking, up to the question', () => {
    expect(withoutLeadIn('sorry if dumb q but the article calls it legit?')).toBe('the article calls it legit?');
    expect(withoutLeadIn('ok dumb q but what actually is distillation')).toBe('what actually is distillation');
    expect(withoutLeadIn('quick question but the verdict, when?')).toBe('quick question but the verdict, when?');
    expect(withoutLeadIn('Sorry for the dumb question, when was the verdict?')).toBe('when was the verdict?');
    // A question said to change the subject.
    expect(withoutLeadIn('separate q: are we allowed to use chatgpt output?')).toBe('are we allowed to use chatgpt output?');
    expect(withoutLeadIn('totally different question - who presided?')).toBe('who presided?');
    expect(withoutLeadIn('forgot, when did openai send the memo?')).toBe('when did openai send the memo?');
    expect(withoutLeadIn('i forget - who was the judge?')).toBe('who was the judge?');
    expect(withoutLeadIn('switching topics: who presided?')).toBe('who presided?');
    expect(withoutLeadIn('legal q: is ai output copyrightable?')).toBe('is ai output copyrightable?');
    expect(withoutLeadIn('quick legal q - can ai output be copyrighted?')).toBe('can ai output be copyrighted?');
    expect(withoutLeadIn('quick sanity check — does a work need a human author?')).toBe('does a work need a human author?');
    expect(withoutLeadIn("Quick one for a story I'm drafting: does the piece say it could set a precedent?")).toBe('does the piece say it could set a precedent?');
    expect(withoutLeadIn('sanity check: is it legal? quick check, who presided?')).toBe('is it legal? quick check, who presided?');
    expect(withoutLeadIn('beyond lawsuits, is it fair?')).toBe('is it fair?');
    expect(withoutLeadIn('so beyond the IP angle, why is it a safety problem?')).toBe('why is it a safety problem?');
    // A clause's lead-in: "so" or chat's "like" before the question that follows it.
    expect(withoutLeadIn('in-house distilling is normal, so what makes it a problem?')).toBe('in-house distilling is normal, what makes it a problem?');
    expect(withoutLeadIn('which court was it? like what city')).toBe('which court was it? what city');
    expect(withoutLeadIn('has google said anything, like do they call it theft')).toBe('has google said anything, do they call it theft');
    expect(withoutLeadIn('companies like openai, what do they do?')).toBe('companies like openai, what do they do?');
    // How precise an answer is wanted, before its question word.
    expect(withoutLeadIn('ok roughly how long was the trial?')).toBe('how long was the trial?');
    expect(withoutLeadIn('exactly what did he say')).toBe('what did he say');
    expect(withoutLeadIn('about the verdict, who ruled?')).toBe('about the verdict, who ruled?');
    expect(withoutLeadIn('beyond 128k tokens, does quality drop?')).toBe('beyond 128k tokens, does quality drop?');
    expect(withoutLeadIn('beyond the deadline, can they still file?')).toBe('beyond the deadline, can they still file?');
    expect(withoutLeadIn('ok, diff topic - can ai output be copyrighted?')).toBe('can ai output be copyrighted?');
    expect(withoutLeadIn('new topics in the report?')).toBe('new topics in the report?');
    expect(withoutLeadIn('sorry if this is a silly question what is distillation?')).toBe('what is distillation?');
    expect(withoutLeadIn('sorry if late to the thread')).toBe('sorry if late to the thread');
    expect(withoutLeadIn("ok sorry if that's a really dumb question but is it legal?")).toBe('is it legal?');
    expect(withoutLeadIn('sorry for the dumb qs: who presided?')).toBe('who presided?');
  });

  it('drops "in the end", which asks nothing of an end', () => {
    expect(withoutLeadIn('so in the end did anyone actually rule?')).toBe('did anyone actually rule?');
    expect(withoutLeadIn('In the end, what happened?')).toBe('what happened?');
    expect(withoutLeadIn('the end of the trial: when?')).toBe('the end of the trial: when?');
  });

  it('drops "back to", keeping the subject returned to', () => {
    expect(withoutLeadIn('ok back to deepseek, how many were theirs?')).toBe('deepseek, how many were theirs?');
    expect(withoutLeadIn('going back to the verdict: who presided?')).toBe('the verdict: who presided?');
    expect(withoutLeadIn('back to square one')).toBe('back to square one');
    expect(['ok back to deepseek, how many?', 'back to square one'].map(leavesTheSubjectBefore)).toEqual([true, false]);
  });

  it('reads a topic switch as leaving the subject before', () => {
    expect(['switching topics, how do you make banana bread?', 'ok, diff topic - who presided?', 'separate q: who presided?', 'what new topics came up?', 'different subjects, like law, does the brief cover them?'].map(leavesTheSubjectBefore)).toEqual([true, true, true, false, false]);
  });

  it('drops a return to the thread\'s first question whole', () => {
    expect(withoutLeadIn('ok back to my first q - how many jurors were there?')).toBe('how many jurors were there?');
    expect(withoutLeadIn('going back to the original question: who presided?')).toBe('who presided?');
    expect(['ok back to my first q - how many?', 'back to the first question, why?', 'ok back to deepseek, how many?', 'what was the first question about?'].map(returnsToFirstQuestion)).toEqual([true, true, false, false]);
  });

  it('reads a long gap after "back to" or "besides" in one pass', () => {
    // Each took seconds per thousand spaces when the gap could be split every way.
    for (const opening of ['back to', 'besides']) {
      const question = `${opening}${' '.repeat(20_000)}x`;
      expect(withoutLeadIn(question)).toBe(question);
    }
  });

  it('drops what chat puts before a question', () => {
    expect(withoutLeadIn('wait, how long were the jurors out?')).toBe('how long were the jurors out?');
    // A negation without its apostrophe asks as one with it.
    expect(withoutLeadIn('wait wasnt he one of the founders?')).toBe('wasnt he one of the founders?');
    expect(withoutLeadIn('hmm cant we use it')).toBe('cant we use it');
    expect(withoutLeadIn('wait times are long?')).toBe('wait times are long?');
    expect(withoutLeadIn('ok so who presided over the trial?')).toBe('who presided over the trial?');
    expect(withoutLeadIn('Hmm... and why did Musk lose?')).toBe('why did Musk lose?');
    expect(withoutLeadIn('Right, when was the verdict?')).toBe('when was the verdict?');
    expect(withoutLeadIn('wait how long were the jurors out?')).toBe('how long were the jurors out?');
    expect(withoutLeadIn('wait—how long did it take?')).toBe('how long did it take?');
    expect(withoutLeadIn('btw - who presided?')).toBe('who presided?');
    expect(withoutLeadIn('Ok. When was the verdict?')).toBe('When was the verdict?');
    expect(withoutLeadIn('quick q — when was the verdict?')).toBe('when was the verdict?');
    expect(withoutLeadIn('Q: who presided?')).toBe('who presided?');
    expect(withoutLeadIn('random question, who presided?')).toBe('who presided?');
  });

  it('drops what the answer is for: "for a slide I\'m making:"', () => {
    expect(withoutLeadIn("for a slide I'm making: how does Google see distillation?")).toBe('how does Google see distillation?');
    expect(withoutLeadIn("For the deck we're putting together — who presided?")).toBe('who presided?');
    expect(withoutLeadIn('for my standup, who presided?')).toBe('who presided?');
    expect(withoutLeadIn('for our memo, when did Anthropic cut off xAI?')).toBe('when did Anthropic cut off xAI?');
    expect(withoutLeadIn("ok, for a slide I'm making: wait, who presided?")).toBe('who presided?');
    expect(withoutLeadIn("for tomorrow's standup: who presided?")).toBe('who presided?');
    expect(withoutLeadIn('for the board deck - who presided?')).toBe('who presided?');
    expect(withoutLeadIn('drafting a briefing note — does the article say labs must change?')).toBe('does the article say labs must change?');
    expect(withoutLeadIn('prepping our deck: who presided?')).toBe('who presided?');
    // Not what the question is about: "drafting a bill" is no thing made for the team.
    expect(withoutLeadIn('drafting a bill - who does that?')).toBe('drafting a bill - who does that?');
  });

  it('keeps a "for …" that names what is asked about', () => {
    for (const question of [
      'for a distilled model, what temperature is used?',
      'For the OpenAI memo, when was it sent?',
      'For the Alpaca training, what model was the teacher?',
      "for the training, what's distillation?",
    ]) {
      expect(withoutLeadIn(question)).toBe(question);
    }
  });

  it('drops what the asker sets aside: "besides the IP angle,"', () => {
    expect(withoutLeadIn('besides the IP angle, did they flag any safety worry?')).toBe('did they flag any safety worry?');
    expect(withoutLeadIn('Apart from OpenAI, who did Anthropic accuse?')).toBe('who did Anthropic accuse?');
  });

  it('keeps a word that may begin the subject unless a comma marks it as a lead-in', () => {
    expect(withoutLeadIn('Right to repair: does it cover model weights?')).toBe('Right to repair: does it cover model weights?');
    expect(withoutLeadIn('Well-known distillation papers?')).toBe('Well-known distillation papers?');
    expect(withoutLeadIn('Sorry state of AI law?')).toBe('Sorry state of AI law?');
    expect(withoutLeadIn('Wait times at the hearing?')).toBe('Wait times at the hearing?');
    expect(withoutLeadIn('No. 5 in the list of claims?')).toBe('No. 5 in the list of claims?');
  });

  it('returns the text unchanged when nothing else would be left', () => {
    expect(withoutLeadIn('ok')).toBe('ok');
    expect(withoutLeadIn('so?')).toBe('so?');
  });
});

describe('stripQuestionWords with a document', () => {
  it('drops the document the question attributes to, not one it asks about', () => {
    expect(stripQuestionWords('how does the article describe the hearing?')).toBe('the hearing?');
    expect(stripQuestionWords('Did the court consider the report?')).toBe('the court consider the report?');
  });
});

describe('withoutClaimFrame', () => {
  it('leaves the claim a yes/no frame asks about', () => {
    expect(withoutClaimFrame('Is it true that bananas are berries?')).toBe('bananas are berries?');
    expect(withoutClaimFrame('Did it happen?')).toBe('Did it happen?');
  });
});

