import { readFileSync } from 'node:fs';
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { evaluateGolden, type GoldenReport, type GoldenSet, type PolicyBotService, silentLogger } from '../../src/core/index.js';
import { openConfiguredBot } from '../../src/open-configured-bot.js';

// A floor under the offline answerer's quality: `npm run eval:golden` over the real knowledge
// folder with the default settings. The floors are today's figures (README "Quality"): a change
// that loses a question fails here, and one that gains should raise the floor.
// Stop 20: a sentence sharing one word with a question that names two or more things no passage
// mentions ("what's the wifi password for the guest network?" → "neural network") is no evidence.
// It declined eleven more (blind-7, -9, -10 two, -11, -13, -25; unread -15, -18, -23 two) and
// lost one citation on the unread blind-24; counting a follow-up's own words only, unless it
// points back, two more on follow-ups-blind-2 and -4 ("has the appeal been filed yet?"). A measure asked for ("what softmax temperature did
// Hinton use?") wants a number: one more declined on blind-8, -21 and the unread -14.
// Stop 27's changes (team synonyms weighing as the documents' wording, recurring paraphrases
// from read sets, "according to it" in a thread, counts of unknown things, writing tasks) raised
// most floors below by one to six, and lost blind-19 one (below); DESIGN "Stop 27" lists them.
const FLOORS = [
  // Stop 22's synonyms.yaml ("questioned" for "cross-examined"): +1.
  { file: 'questions.json', cited: 51, declined: 15 },
  // Stop 21's synonyms.yaml entries ("lock down" for "protect") cited one more.
  { file: 'held-out.json', cited: 25, declined: 12 },
  // Everyday-English weights cost one decline each: "When exactly did Anthropic cut off xAI's
  // access…" and "Can watermarking a model's outputs help prove…" are now answered. Stop 20's
  // roles ("Who was Musk's lead lawyer?" needs a sentence naming a lawyer) declined one more.
  // Stop 23: a date asked of what a name owns ("xAI's access") must be said of that name: +1.
  // Stop 33: names.yaml reads "Gemini" as Google, so "Which companies has Google accused of
  // distilling Gemini?" is answered with Google's position, naming none: -1 (+3 cited elsewhere).
  // "…from the big model to the small one?" is cited through the adjectives' degrees ("smaller").
  // Stop 36: "which openai model(s)…" asks for a model a sentence names: +1 declined.
  // Stop 36: "which company did google accuse?" needs a sentence naming another company: +1 declined.
  { file: 'blind.json', cited: 24, declined: 11 },
  { file: 'blind-2.json', cited: 23, declined: 8 },
  // Stop 36: "what does meta's llama license say…": a text of rules no passage mentions: +1 declined.
  { file: 'blind-3.json', cited: 25, declined: 12 },
  // Stop 17's premises ("if labs do it all the time, why…", "of the three labs Anthropic named,
  // which…", DESIGN) raised blind-4, -5, -6, -7, -9 and -12 by one each; "musk vs openai" read as
  // "Musk v." raised blind-9 by one more, and "the Thaler case" as "Thaler v." blind-5 and -10.
  { file: 'blind-4.json', cited: 25, declined: 12 },
  // Stop 25: a law firm asked for by kind needs a sentence saying "law firm" ("firm" when it
  // asks who employs someone): +1, and +1 on each of follow-ups-blind-2, -4, -7 and the unread
  // -18, -24, -29.
  // Stop 30: "why does it matter…? what's the bigger picture" asks why it is important: +1.
  { file: 'blind-5.json', cited: 25, declined: 11 },
  // Stop 20: "when does distillation turn into a controversy?" asks in what case, not for a date: +1.
  // Stop 35: the article's "AI firms" are labs ("will labs lock down their models?"): +1.
  { file: 'blind-6.json', cited: 25, declined: 12 },
  // "sue" and "sued" share a stem since stop 14: "Could OpenAI just sue a rival…", answered by a
  // sentence that says neither, is now declined (DESIGN, "Text analysis"). Stop 32: "NLU" listed
  // as language understanding: +1.
  { file: 'blind-7.json', cited: 20, declined: 12 },
  // Stop 21: a sentence giving the kind a "how long/when/how many" question asks for, and sharing
  // two of its terms, counts that kind as one more word it covers: one more cited here.
  { file: 'blind-8.json', cited: 25, declined: 12 },
  // First runs at the end of stop 12; read, nothing fixed from them (see tests/golden/README.md).
  // Stop 20: "what did the appeals court end up deciding…" ("end up" asks how it came out) +1.
  { file: 'blind-9.json', cited: 23, declined: 12 },
  { file: 'blind-10.json', cited: 22, declined: 12 },
  // First run at the end of stop 13; read since. Stop 22's synonyms.yaml ("questioned" for
  // "cross-examined"), taken partly from its "Which lawyer questioned Musk on the stand…": +1.
  // Stop 26: "what are AI firms likely to do now…" asks what may come; a sentence saying "may", "could"… ranks first: +1.
  { file: 'blind-11.json', cited: 25, declined: 12 },
  // First run at the end of stop 14; its misses were read, nothing has been fixed from it.
  { file: 'blind-12.json', cited: 25, declined: 12 },
  // Follow-ups, each asked after its thread (tests/golden/README.md): the team's set, read and
  // diagnosed; the blind one, first run at the end of stop 14 and not read.
  // Stop 20: "how long was it supposed to run?" asks how long it ran ("supposed" is a hedge) +1.
  // Stop 26: "what are AI firms likely to do now…" asks what may come; a sentence saying "may", "could"… ranks first: +1.
  // Stop 26: names.yaml reads "Congress" as the House (the memo went to a House committee): +1.
  // Stop 26's synonyms.yaml ("break" for "breach"): +1.
  // Stop 36: "which license did they release it under?", when no passage mentions a licence: +1 declined.
  { file: 'follow-ups.json', cited: 27, declined: 11 },
  // Stop 25's synonyms.yaml ("speed" for "faster") and "speed-wise" read as "speed": +1.
  { file: 'follow-ups-blind.json', cited: 25, declined: 12 },
  // First runs at the start of stop 15 (blind-13 17/8, follow-ups-blind-2 20/7); both were read,
  // and the general fixes they led to are counted here.
  // Stop 20's roles declined "who was the lead attorney representing Musk at the trial?".
  // Stop 23: whether someone sued needs a sentence saying a suit between the parties named: +1.
  { file: 'blind-13.json', cited: 25, declined: 14 },
  // Stop 23: whether someone sued needs a sentence saying a suit between the parties named: +1.
  // Stop 24: a question naming two things no passage mentions shares its own words, not the thread's: +1.
  // Stop 25: "which grok version…" asks for a name with its number: +1 each on -2, -5, -8.
  { file: 'follow-ups-blind-2.json', cited: 27, declined: 14 },
  // First run in stop 15 at be75830, after that stop's changes; counts only, its misses not read.
  // Stop 20's days ahead ("…this weekend?", "…tomorrow" that no passage names) declined one more.
  // Stop 21: a sentence giving the kind a "how long/when/how many" question asks for, and sharing
  // two of its terms, counts that kind as one more word it covers: one more cited here.
  // Stop 23: whether someone sued needs a sentence saying a suit between the parties named: +1.
  // Stop 36: "quick legal q -" leads in: +1.
  { file: 'blind-14.json', cited: 26, declined: 13 },
  // First runs at the start of stop 16 (f5d7cb9): blind-15 19/10, counts only, its misses not
  // read; follow-ups-blind-3 22/10, read, and the general fixes it led to are counted here.
  // knowledge/synonyms.yaml (stop 16) raised eight sets, blind-15 and follow-ups-blind among them.
  // Stop 19: an unused word's commonest broader noun ("did they ever show any proof" → "evidence") +1.
  // Stop 20: the days ahead ("is it gonna rain in oakland tomorrow") declined one more on -3.
  // Stop 20's chat clippings ("convos", "legit", "accts") cited two more on blind-15, one on -16.
  // Stop 21: a sentence giving the kind a "how long/when/how many" question asks for, and sharing
  // two of its terms, counts that kind as one more word it covers: one more cited here.
  // Stop 22's synonyms.yaml ("questioned" for "cross-examined"): +1.
  // Stop 26: names.yaml reads "Congress" as the House (the memo went to a House committee): +1.
  // Stop 26: "the price tag on…", "X's total investment in…" ask for money: +1 declined.
  // Stop 31: "ok dumb q but what actually is distillation" asks what it is: +1.
  // Stop 36: "who's the ceo of…" asks for a role no passage names: +1 declined.
  // Stop 36: sharing only a day ("…rain on thursday?"), asking a word no passage uses: +1 declined.
  // Stop 36: "did anthropic raise any concern…" (warn): +1.
  { file: 'blind-15.json', cited: 28, declined: 15 },
  // Stop 21: a sentence giving the kind a "how long/when/how many" question asks for, and sharing
  // two of its terms, counts that kind as one more word it covers: one more cited here.
  // Stop 23: whether someone sued needs a sentence saying a suit between the parties named: +1.
  // Stop 26: a follow-up lends what it borrowed ("so what should companies do about it" after two): +1.
  // Stop 36: "which license did they release it under?", when no passage mentions a licence: +1 declined.
  { file: 'follow-ups-blind-3.json', cited: 27, declined: 14 },
  // First run at the end of stop 16 (402fb42), with all of that stop's changes; stop 15's code: 22/10.
  // Stop 25: "eu", "uk" read as names no passage mentions: +1 on the unread -16. Stop 32: a case
  // no passage names ("nyt v openai") is another case: +1.
  // Stop 35: "who was hitting claude the hardest" asks who had most: +1.
  // Stop 36: "who's the ceo of…" asks for a role no passage names: +1 declined. Stop 37: "…,
  // since everyone does it in-house anyway?" states a premise after the question: +1.
  { file: 'blind-16.json', cited: 28, declined: 15 },
  // Written at the start of stop 17, first run at e533d06 (stop 16's code): blind-17 22/10, read,
  // and the general fixes it led to are counted here; blind-18 25/12, counts only, not read (26
  // with stop 17's code, 27 asked as one chat).
  // Stop 20's days ahead declined "what's the weather looking like in oakland this weekend?".
  // Stop 23: "how long were the jurors out before they came back…": the clause after "out" says
  // when the time ended, not what the sentence must say: +1.
  // Stop 25: "has meta ever accused anyone…" asks Meta to have spoken: +1 each on -17 and the unread -18.
  // Stop 26: names.yaml reads "Congress" as the House (the memo went to a House committee): +1.
  { file: 'blind-17.json', cited: 28, declined: 15 },
  // Stop 20: "happen" is a question word ("what happens next?" found "What's Happening?") +1.
  { file: 'blind-18.json', cited: 28, declined: 15 },
  // Written at the start of stop 18, first run at 2d7ea94 (stop 17's code), alone and as one chat:
  // blind-19 27/12, read; blind-20 26/10, counts only, not read. Stop 18's check of who speaks
  // ("did DeepSeek deny…?") declined two more on blind-19 and two more on blind-20; WordNet's
  // phrasal verbs ("going forward") cited one more on blind-19. Stop 19's lowercase proper names
  // cost blind-19 one: "whats googles position on people distilling gemini etc" is now declined,
  // as it was with a capital ("Gemini"), since no passage names Gemini. Stop 27 cost it one more:
  // with "actual" a question word, "whats the actual legal issue w/ distilation per the court
  // article" is a near-tie of the article's "legal" sentences, and the other one wins. Stop 31
  // gave back the first: a name before "etc" is an example, not what is asked about.
  // Stop 36: "what does meta's llama license say…": a text of rules no passage mentions: +1 declined.
  { file: 'blind-19.json', cited: 27, declined: 15 },
  // Stop 20's roles declined one more on blind-20 (counts only).
  // Stop 35: "Quick one for a story I'm drafting: …" is a lead-in, then what the answer is for: +1.
  // Stop 36: "what does meta's llama license say…": a text of rules no passage mentions: +1 declined.
  // Stop 36: "how do i reverse a linked list in python" asks for code: +1 declined.
  { file: 'blind-20.json', cited: 28, declined: 15 },
  // Written at the start of stop 19, first run at bd1dfbc (stop 18's code): blind-21 27/10 (28 as
  // one chat), read; blind-22 26/10 (27 as one chat), counts only, not read. Stop 19's prices
  // ("what's xAI valued at", "what did it cost") and proper names the dictionary knows
  // ("distilling gemini", "has japan passed…") declined three more on blind-21, one on
  // blind-10 and one on blind-16 (the reviews' mends, which keep "who", "ceo", nationalities,
  // "north", "realtor" and "wifi" from counting as names, gave back one each on blind-10, -15
  // and -16); the nouns that stand for what a question
  // names elsewhere ("such a touchy subject", "this stuff") cited one more on blind-21 and on
  // blind-5.
  // Stop 30: "down the line" weighs nothing (it asks what may come): "what does the piece say this
  // case could mean for the wider industry down the line?" finds fewer passages, and another of
  // three sentences tied on its words is quoted: -1.
  // Stop 36: "what was DeepSeek's training bill for R1?" asks a price: +1 declined.
  { file: 'blind-21.json', cited: 27, declined: 15 },
  // Stop 23's question forms ("any timeline for when", "param count"…) declined one more.
  // Stop 23: whether someone sued needs a sentence saying a suit between the parties named: +1.
  // Stop 26: "has X <done> …" needs a sentence in which X acts: +1.
  // Stop 37: "what was microsoft's defense" asks for Microsoft's words, which no passage gives: +1.
  { file: 'blind-22.json', cited: 28, declined: 14 },
  // Written at the end of stop 19, first run with that stop's changes (4bbbb61), alone and as one
  // chat: 26/13 (stop 18's code: 26/12); the third review's mend gave back the decline. Counts
  // only, not read (one question, on the office wifi, was seen in a diff of failure lists).
  // Stop 23: whether someone sued needs a sentence saying a suit between the parties named: +1.
  { file: 'blind-23.json', cited: 27, declined: 15 },
  // Written at the start of stop 20, first run at bc2b09d (stop 19's code), alone and as one chat:
  // blind-24 27/9, counts only, not read (one question, on what labs lean on if copyright doesn't
  // help, was seen in a pattern search); blind-25 26/10 and follow-ups-blind-4 26/8, read. Stop
  // 20's roles ("who was musk's lead lawyer…") declined one more on blind-25, and a possessive's
  // testimony ("what was altman's testimony?", which no sentence has Altman give) one more on each.
  // Stop 21's modals ("might", "must" weigh nothing, as "could" and "should" do) cited one more.
  // Stop 21: a sentence giving the kind a "how long/when/how many" question asks for, and sharing
  // two of its terms, counts that kind as one more word it covers: one more cited here.
  // Stop 23: whether someone sued needs a sentence saying a suit between the parties named: +1.
  { file: 'blind-24.json', cited: 28, declined: 13 },
  // Chat clippings ("a legit training method") cited one more on blind-25.
  { file: 'blind-25.json', cited: 27, declined: 13 },
  // Stop 20's hedges ("supposed to run") and returns to the thread's first question ("ok back to
  // my first q - …") cited two more on follow-ups-blind-4; "how old is she?" asking for an age
  // declined one more, and the days ahead ("and tomorrow?") one more.
  // Stop 26: "what did the committee do after…" needs a sentence in which the committee acts: +1.
  // Stop 35: an amount asked weighs the price words at nothing ("how much does a subscription cost?"): +1 declined.
  { file: 'follow-ups-blind-4.json', cited: 30, declined: 15 },
  // Written in stop 20 and committed before it was run; first run at the end of that stop
  // (93fd5fa): 26/13 alone, 27/13 as one chat (stop 19's code: 26/12). Counts only, not read.
  // Stop 23's question forms ("any timeline for when", "param count"…) declined one more.
  // Stop 26: "what did the committee do after…" needs a sentence in which the committee acts: +1.
  // Stop 26: "what are AI firms likely to do now…" asks what may come; a sentence saying "may", "could"… ranks first: +1.
  { file: 'blind-26.json', cited: 28, declined: 15 },
  // Written at the start of stop 21 with blind-28, follow-ups-blind-5 and -6 (0bcfef5), first run
  // with stop 20's code, alone and as one chat: blind-27 23/12 and follow-ups-blind-5 27/8, read;
  // blind-28 27/11 and follow-ups-blind-6 31/11, counts only, not read. Stop 21: "the article"
  // read as where to look, not a word to find, cited one more on blind-27; "this week" as a day
  // ahead declined one more on follow-ups-blind-5, and reflexive pronouns weighing nothing ("and
  // for the companies themselves?") cited one more there; a name inside a lowercase hyphenated word
  // ("how much did it cost to train deepseek-r1", answered by Alpaca's $600) one more on blind-27.
  // Stop 23: "how long was the jury out before deciding?" likewise: +1.
  // Stop 26: "what did the committee do after…" needs a sentence in which the committee acts: +1.
  { file: 'blind-27.json', cited: 27, declined: 14 },
  // Stop 23's question forms ("any timeline for when", "param count"…) declined one more.
  // Stop 36: sharing only a day ("…rain on thursday?"), asking a word no passage uses: +1 declined.
  // Stop 37: "did greg brockman take the stand" asks for his words, which no passage gives: +1.
  { file: 'blind-28.json', cited: 28, declined: 14 },
  // Stop 24: "what did musk call it" asks Musk to have spoken, and "call" is read as "describe": +1.
  // Stop 25: a question whose subject is a pronoun, naming no one, is read only with the thread: +1.
  // Stop 36: "which openai model(s)…" asks for a model a sentence names: +1 declined.
  // Stop 36: "which company did google accuse?" needs a sentence naming another company: +1 declined.
  { file: 'follow-ups-blind-5.json', cited: 30, declined: 13 },
  // Stop 22's synonyms.yaml ("questioned" for "cross-examined"): +1. Stop 24, the thread's words not shared: +1 declined.
  { file: 'follow-ups-blind-6.json', cited: 32, declined: 13 },
  // Written mid-stop 21 (0049f1a), first run late in stop 22 (e5f0395): 27/28 and 13/15, alone
  // and as one chat; stop 20's code (93fd5fa) and stop 22's final code (cef7644) the same. Counts
  // only, not read.
  // Stop 33: 28 while any "or is it just/purely X" tail was dropped as a doubt; the review kept
  // only hearsay tails ("…or is that just twitter noise?"), an alternative being half the question.
  { file: 'blind-29.json', cited: 27, declined: 14 },
  // Written in stop 22 (ccfa50b), first run at the start of stop 23 with stop 22's final code
  // (cef7644): 24/28 and 9/15, alone and as one chat; stop 20's and 21's code the same. Read
  // since: stop 23's question forms ("which researchers", "any timeline for when", "param
  // count", "the explanation given for"), "as his attorney" and a date said of its owner, +2 / +4.
  // Stop 23: whether someone sued needs a sentence saying a suit between the parties named: +1.
  // Stop 30: "gets" shapes a question as "get" does ("who gets credit for inventing it"); "any
  // timeline for when Musk's appeal gets its day in court?" had been declined for naming two
  // unknown things, "gets" one of them, and is now answered by the trial's four weeks: -1 declined.
  // Stop 37: a length planned ("about four weeks") says how long, not when: +1 declined.
  { file: 'blind-30.json', cited: 26, declined: 14 },
  // Written at the start of stop 23 (c8e3340), first run at its end (f5582c4, and after the
  // review's mends the same): blind-31 20/28 and 14/15, follow-ups-blind-7 24/32 and 8/15, alone
  // and as one chat; stop 22's code (cef7644) the same. Read in stop 24: a place the question sets
  // the event in, more ways to ask for a statement ("put out any statement"), "taken … to court",
  // a return to the first question read with it, "guard" for "protect": +1 / +1 and +2 / +2;
  // a pointing-back question naming two unknown things shares its own words: +1 declined.
  // Stop 25: "deadline" for "limitation period" in synonyms.yaml cited one more on -7, and "uk"
  // read as a name no passage mentions declined one more.
  // Stop 25: "ruling" for "outcome" in synonyms.yaml ("what did musk call the ruling afterwards"),
  // "business" for "company" and "approach" for "strategy": +2.
  // Stop 26: names.yaml reads "Congress" as the House (the memo went to a House committee): +1.
  // Stop 26's synonyms.yaml ("normal" for "common"): +1.
  { file: 'blind-31.json', cited: 28, declined: 15 },
  // Stop 31: "the white house" is the adviser: +1.
  { file: 'follow-ups-blind-7.json', cited: 31, declined: 13 },
  // Written in stop 24 (2dbad70) by helpers who read only the knowledge folder and the rules,
  // first run at the start of stop 25 (0e17b6c): blind-32 25/28 and 13/15, follow-ups-blind-8
  // 22/32 and 5/15, alone and as one chat; stop 23's code (bc42710) the same. Read since:
  // "when's" read as "when is", "source for that one?", "which city" and "percentage wise" as
  // question forms, "roughly" as a hedge, a premise before "why" with no comma: +1 declined and
  // +4 / +1; "how long" after a clause, a pronoun subject read only with the thread: +2
  // declined; "eu", "which version", "any reply from deepseek's side" asking DeepSeek to have
  // spoken: +3 declined.
  // Stop 26's synonyms.yaml ("normal" for "common"): +1. Stop 32: "feb '26" is February 2026: +1.
  { file: 'blind-32.json', cited: 28, declined: 14 },
  // Stop 26: names.yaml reads chat's lowercase "ip" as intellectual property: +1. Stop 28:
  // names.yaml reads "the FT" as the Financial Times (+4 cited over the sets), and "who wrote the
  // FT story" is answered with the day OpenAI told it: one decline fewer. Stop 31: "on the bench"
  // is presiding ("…how long has she been on the bench" declined, no date of it given) and a
  // listed phrase's words weigh nothing of their own ("taking it higher?" is an appeal): +1 each.
  { file: 'follow-ups-blind-8.json', cited: 31, declined: 12 },
  // Written in stop 25 (5df667d) likewise, first run late in it with its changes to then
  // (82e10ac; the law-firm and "reply from" checks after it changed neither): blind-33 21/28 and 11/15 (22/28 as one chat), follow-ups-blind-9 20/32 and 13/15;
  // stop 24's code (0e17b6c): 21/28 and 10/15, 18/32 and 13/15. Read in stop 26, and its fixes
  // taken partly from their misses: "which judge…" asks for a judge, "in charge of" for presided,
  // "fake" for fraudulent: +1 and +1; "what about google" read with the thread's words but its
  // names when, read with them, it is not answered: +1 on follow-ups-blind-9.
  // A firm asked of someone needs a sentence naming them ("savitt, openai's lawyer - what firm
  // does he work for"), and a versioned name opening the question is one ("grok 3 - how big…"):
  // +2 declined here, +1 on follow-ups-blind-8.
  { file: 'blind-33.json', cited: 25, declined: 14 },
  // "did the committee do anything with it…" needs a sentence in which the committee acts: +1 declined.
  { file: 'follow-ups-blind-9.json', cited: 27, declined: 14 },
  // Written in stop 26 (19eba01) likewise, with 45 items within a word-set similarity of 0.6 of an
  // older set's reworded by another helper; first run (after the rewording) with stop 25's code
  // (6608fa2) and with stop 26's changes to 6820124: 24/28 & 13/15, 22/32 & 12/15, the same, alone
  // and as one chat. (A version before the rewording was run once by mistake, counts only.) Read
  // later in stop 26.
  // Read later in stop 26: a length of time is no count ("how many witnesses…" got "about four weeks"): +1.
  { file: 'blind-34.json', cited: 26, declined: 15 },
  // Read later in stop 26: "the price tag on…" and "microsoft's total investment in…" ask for money: +2 declined.
  // Stop 36: "which license did they release it under?", when no passage mentions a licence: +1 declined.
  { file: 'follow-ups-blind-10.json', cited: 28, declined: 15 },
  // Written late in stop 26 (b87406d) likewise (52 items reworded), first run with stop 25's code
  // (6608fa2): 15/28 & 11/15, 18/32 & 9/15; with stop 26's code at 6820124 and at its end: 16/28
  // & 11/15, 18/32 & 9/15, alone and as one chat. Read in stop 27, and its fixes taken partly
  // from their misses: a listed word weighs as the documents' wording, "which part of the article
  // mentions that?" asks for the source, "were the jurors out for long?" for a duration, "what do
  // they charge…" for money, a premise after "since …is" or "so,", "have they sued anybody?" of the
  // thread's party, a writing task declined, "how pricey", "do we know when…", "how many gpus…"
  // declined, synonyms ("sham", "overturn", "base" for "built on top of", "government" for
  // "adviser"…): +7 / +1 and +12 / +3.
  { file: 'blind-35.json', cited: 25, declined: 12 },
  { file: 'follow-ups-blind-11.json', cited: 30, declined: 14 },
  // Written at the start of stop 27 (ce8c244) likewise (57 items reworded), first run with stop
  // 26's code (7b14b37): 19/28 & 15/15, 15/32 & 11/15; with stop 27's code before they were read
  // (251bb8b): 19/28 & 15/15, 16/32 & 11/15, alone and as one chat. Read then, and stop 27's later
  // fixes taken partly from their misses and the older sets' ("how'd he react", "biggest
  // offender", "lawmakers", "receipts", "did anybody rule on whether openai ditched its nonprofit
  // roots", "statute of limitations", "who coined that term?", "according to it").
  { file: 'blind-36.json', cited: 27, declined: 15 },
  { file: 'follow-ups-blind-12.json', cited: 25, declined: 14 },
  // Written mid-stop 27 (3435a27) likewise (60 items reworded), first run with stop 26's code
  // (7b14b37): 20/28 & 15/15, 15/32 & 13/15; with stop 27's code at 90c9dbc and at its end: 20/28 & 15/15,
  // 19/32 & 13/15, alone and as one chat. Read in stop 28, and its fixes taken partly from their
  // misses ("the FT", "how many % lighter", "made public", "does that count as a yes??",
  // "define", "original purpose", "prevent", "geo-blocked", "manage to").
  // Stop 31: "on the bench" is presiding (blind-37), and a listed phrase's words weigh nothing
  // of their own ("original purpose" is the mission, follow-ups-blind-13): +1 each.
  { file: 'blind-37.json', cited: 27, declined: 15 },
  // Stop 35: "legal levers" and "tools" are what providers rely on; "since outputs may not be…" states a premise: +1.
  // Stop 36: "which license did they release it under?", when no passage mentions a licence: +1 declined.
  { file: 'follow-ups-blind-13.json', cited: 28, declined: 14 },
  // Written at the start of stop 28 (9bce230) likewise (44 items reworded), first run with stop
  // 27's code (aefabb4): 21/28 & 13/15, 17/32 & 13/15; with stop 28's code at a8ed663: 21/28 &
  // 13/15, 18/32 & 13/15, alone and as one chat. Read then, and stop 28's later fixes taken partly
  // from their misses ("usco", "w/", "originally", "LLM", "via", "details on altman's testimony").
  { file: 'blind-38.json', cited: 25, declined: 14 },
  // Stop 32: "on their end" is for their part: +1. Stop 36: "their dataset" is their data: +1.
  { file: 'follow-ups-blind-14.json', cited: 24, declined: 14 },
  // Written mid-stop 28 (28763c6) likewise (62 items reworded), first run with stop 27's code
  // (aefabb4): 16/28 & 12/15, 16/32 & 11/15; with stop 28's code at 7af5833: 16/28 & 12/15,
  // 17/32 & 11/15; at its end (207d398): 17/28 & 12/15, 17/32 & 11/15, alone and as one chat.
  // Read in stop 29, and that stop's fixes taken partly from their misses (a second part asked of
  // a pronoun, "any word from X", ways to ask for money, separable phrasal verbs, "made by X"):
  // 20/28 & 15/15, 23/32 & 13/15. Stop 30 dropped synonyms that do not mean the same wherever
  // said ("run the show" for "preside", "dub" for "come from"): -1 each.
  { file: 'blind-39.json', cited: 22, declined: 15 },
  { file: 'follow-ups-blind-15.json', cited: 23, declined: 13 },
  // Written at the start of stop 29 (a791714) likewise, first run with stop 28's code (207d398):
  // 20/28 & 11/15, 22/32 & 11/15, alone and as one chat; stop 29's and 30's code the same. Counts
  // only then (two failure lines were seen in stop 29's fresh-clone check). Read in stop 30, and
  // its fixes taken partly from their misses ("down the line", "…, like legally?", "did they take
  // long to decide", "who was the judge…", "deepseek's reaction to… - did they deny it?", "total
  // $", "gets", "og", "shd", "for the weekend", "…on that too?" pointing back); "why does it
  // matter", "the bigger picture" asking why it is important: +1 each. "push him" for "press"
  // gained one and was dropped after review ("did the board push him out?"). Stop 31: a listed
  // phrase's words weigh nothing of their own ("nonprofit purpose" is the mission): +1.
  { file: 'blind-40.json', cited: 22, declined: 13 },
  { file: 'follow-ups-blind-16.json', cited: 28, declined: 12 },
  // Written at the start of stop 30 (e5e3d7a) likewise (27 items reworded), first run with stop
  // 29's code (5e1404e): 18/28 & 12/15, 26/32 & 12/15, alone and as one chat; stop 30's code at
  // its start (3ccdb83) and at its end the same. Read in stop 31: "on the bench" for presiding,
  // "white house" for the adviser, "worst offender" for most, "how quick did…" a duration, "how
  // much does it shrink" no price, a bare "given …," a premise, a name before "etc" an example:
  // 21/28 & 13/15 (12/15 as one
  // chat, where "anyone know how to squash my last 3 commits…" follows a question and is answered),
  // 28/32 & 13/15.
  { file: 'blind-41.json', cited: 23, declined: 12 },
  // Stop 36: "which license did they release it under?", when no passage mentions a licence: +1 declined.
  { file: 'follow-ups-blind-17.json', cited: 29, declined: 14 },
  // Written at the start of stop 31 (229a3c5) likewise (32 items reworded), first run with stop
  // 30's code (3a9d35a): 24/28 & 13/15, 26/32 & 11/15, alone and as one chat; stop 31's code
  // after the fixes read from blind-41 and follow-ups-blind-17 (dd8db57) the same. Read late in
  // stop 31: WordNet's verbs for a noun no passage uses ("founders": "co-founded"), a
  // negation without its apostrophe after a lead-in ("wait wasnt he…"), "ur", "the small ones"
  // pointing back, "what xai spent on…" asking for money: 25/28 & 13/15, 28/32 & 12/15.
  { file: 'blind-42.json', cited: 26, declined: 13 },
  // Stop 36: "which company did google accuse?" needs a sentence naming another company: +1 declined.
  { file: 'follow-ups-blind-18.json', cited: 28, declined: 13 },
  // Written mid-stop 31 (960616b) likewise (18 items reworded), first run with stop 30's code
  // (3a9d35a), with stop 31's before blind-42 was read (6767c00) and after (0cf39eb): 25/28 &
  // 15/15, 27/32 & 13/15 each time, alone and as one chat. Read in stop 32: a part of a document
  // ("per the what's next bit") is where to look, "NLU" is language understanding, "part 3"
  // names another part beside "Part 2", "what's grok premium cost per month" asks for money: 26/28 &
  // 15/15, 28/32 & 15/15. Late in stop 32, "when does it turn into a problem" asks in what case,
  // the verb of becoming the form's: 29/32.
  { file: 'blind-43.json', cited: 27, declined: 15 },
  // Stop 35: the article's "AI firms" are labs ("will labs lock down their models?"): +1.
  { file: 'follow-ups-blind-19.json', cited: 30, declined: 15 },
  // Written at the start of stop 32 (ab676e3) likewise (47 items reworded), first run with stop
  // 31's code (f5110d9): 21/28 & 12/15, 23/32 & 13/15; with stop 32's first fixes (015fd02) 21/28
  // & 13/15 ("what did the copyright office say in part 3…" declined), 23/32 & 13/15, alone and
  // as one chat. Read in stop 32: "and co" ends a list of examples, "when do ppl get mad" asks in
  // what case, "separate q:" is a lead-in, "prior" is "earlier": 23/28 & 13/15, 25/32 & 13/15.
  // Late in stop 32, "still open" and "open q" listed for unresolved: 24/28.
  { file: 'blind-44.json', cited: 26, declined: 13 },
  // Late in stop 32, "confess" for acknowledge, "on their end" for their part: 27/32.
  // Stop 33: 29 while "agree with" was listed for affirm, dropped at review: anyone's agreeing
  // is not a court's affirming.
  { file: 'follow-ups-blind-20.json', cited: 29, declined: 13 },
  // Written mid-stop 32 (9c8e02e) likewise, first run with stop 31's code (f5110d9) and with stop
  // 32's after blind-44 was read (f958706): 20/28 & 13/15 (21/28 as one chat), 25/32 & 11/15,
  // the failure files byte-identical. Read in stop 32: a case no passage names ("nyt v openai"),
  // "was there a dollar figure…" asking for money, "scandal" and "took the stand" listed, "smth" and
  // "softened probs" written out, "jan 25" as January 2025: 23/28 & 14/15, 26/32 & 12/15.
  // Stop 35: a statement, then a question pointing back at it ("our team wants to… . does openai's ToS allow that?"), read as a thread: +1.
  { file: 'blind-45.json', cited: 26, declined: 15 },
  // Late in stop 32, "did he straight up admit…", "how much was moonshot vs deepseek" no money:
  // 28/32.
  // Stop 36: sharing only a day ("…rain on thursday?"), asking a word no passage uses: +1 declined.
  // Stop 36: "how do i reverse a linked list in python" asks for code: +1 declined.
  { file: 'follow-ups-blind-21.json', cited: 29, declined: 14 },
  // Written late in stop 32 (862cd80) likewise, first run with stop 31's code (f5110d9): 19/28 &
  // 12/15, 24/32 & 13/15; with stop 32's after blind-45 was read (75f5546): 20/28 & 12/15, 25/32
  // & 13/15 ("scandal" listed for controversy), alone and as one chat. Not read.
  // Late in stop 32, "straight up" read as "actually" (from follow-ups-blind-21): 21/28; this
  // set's misses had been seen by then.
  // Stop 35: "legal levers" and "tools" are what providers rely on; "since outputs may not be…" states a premise: +1.
  // Stop 35: a statement, then a question pointing back at it ("our team wants to… . does openai's ToS allow that?"), read as a thread: +1.
  // Stop 37: "elon's case" is said of the paragraph on Musk (a name by another it goes by): +1.
  // "which attorney represented elon" asks for Musk's, not OpenAI's lead counsel: +1 declined.
  { file: 'blind-46.json', cited: 25, declined: 13 },
  // Stop 35: the article's "AI firms" are labs ("will labs lock down their models?"): +1.
  { file: 'follow-ups-blind-22.json', cited: 29, declined: 13 },
  // Written at the end of stop 32 (8243249) likewise, first run with stop 31's code (f5110d9):
  // 16/28 & 14/15, 19/32 & 11/15; with stop 32's final code: 17/28 & 14/15 ("in the 'what's next'
  // bit" is where to look), 19/32 & 11/15, alone and as one chat. Read in stop 33: 22/28 & 15/15,
  // 26/32 & 12/15.
  { file: 'blind-47.json', cited: 23, declined: 15 },
  { file: 'follow-ups-blind-23.json', cited: 27, declined: 13 },
  // Written at the start of stop 33 (by helpers, from knowledge/, FACTS.md and this folder's
  // rules only), first run with stop 32's code (a63dd3d): 22/28 & 13/15, 24/32 & 10/15, alone and
  // as one chat. With stop 33's final code: 22/28 & 13/15, 25/32 & 10/15 ("is there a name for
  // that approach" leans on the thread). Read in stop 34: 25/28 & 14/15, 29/32 & 10/15.
  { file: 'blind-48.json', cited: 25, declined: 14 },
  { file: 'follow-ups-blind-24.json', cited: 29, declined: 10 },
  // Written mid-stop 33 likewise (committed before any run, 4332350), first run with
  // stop 32's code (a63dd3d) and with stop 33's at that point: the same, 24/28 & 14/15 (25/28 as
  // one chat), 23/32 & 13/15. Read mid-stop 34, at 25/28 & 14/15 (26/28 as one chat), 23/32 &
  // 13/15; now 27/28 & 14/15, 26/32 & 14/15.
  // Stop 35: "legal levers" and "tools" are what providers rely on; "since outputs may not be…" states a premise: +1.
  { file: 'blind-49.json', cited: 28, declined: 14 },
  // Stop 35: the article's "AI firms" are labs ("will labs lock down their models?"): +1.
  { file: 'follow-ups-blind-25.json', cited: 27, declined: 14 },
  // Written at the start of stop 34 likewise (committed before any run, 7a2c6e8 and b96f69c),
  // first run with stop 33's final code (87dedb6): 22/28 & 12/15, 19/32 & 14/15, alone and as one
  // chat. With stop 34's final code: 22/28 & 12/15, 20/32 & 14/15 (a court's "ruling" kept apart
  // from "rules"). Read at the start of stop 35: "16m", "re:", "sanity check —", "temp" and
  // "firing the questions" cited five more. Stop 35: "legal levers" (rely on) and "may not be…" as
  // a premise: +1. "is google on record with an opinion…" ("on record" says nothing of the subject): +1.
  // Stop 36: "which openai model(s)…" asks for a model a sentence names: +1 declined. Stop 37:
  // "what's sam altman's net worth these days" and "by the hour or a flat fee" ask a price: +2.
  { file: 'blind-50.json', cited: 26, declined: 15 },
  // Stop 35: "which of the three hit claude the hardest" asks which had most: +1.
  // Stop 36: "which openai model(s)…" asks for a model a sentence names: +1 declined.
  { file: 'follow-ups-blind-26.json', cited: 24, declined: 15 },
  // Written at the start of stop 35 likewise (committed before any run, d402076), first run with
  // stop 34's final code (a11b3a0): 25/28 (26/28 as one chat) & 14/15, 27/32 & 12/15. Read at
  // the start of stop 36: "legally murky" (ambiguity), "? need a one-liner for a deck" (what the
  // answer is for), "the FT or the WSJ?" (a known alternative), "pencilled in" (set aside) and
  // "dataset" (data) with "? ballpark $": +2 each. A question naming its own subject, asking two
  // or more words no passage uses, is not answered by the thread's words alone: +1 declined.
  // "what's anthropic charging for…" asks a price: +1 declined. "what do ppl call that approach"
  // asks what it is called: +1. "…, legally speaking" is "legally": +1. "where does it cross the
  // line into controversy" asks in what case, not where: +1.
  { file: 'blind-51.json', cited: 27, declined: 14 },
  { file: 'follow-ups-blind-27.json', cited: 32, declined: 14 },
  // Written at the start of stop 36 likewise (committed before any run, df7af95), first run with
  // stop 35's final code (3c9d206): 24/28 & 13/15, 26/32 & 9/15, alone and as one chat. Stop 36's
  // "which license…" rule, read from other sets, declined one more (9 → 10). Read in stop 37.
  // Stop 37: "in the 'what's next' bit of the court story" and "the source text" say where to
  // look; "drafting a briefing note —" and "? need the number for a slide" what it is for: +2.
  // "…, gpu count?" counts what no passage mentions; "what damages figure" and "what would xai
  // fetch if it raised money" ask a price: +2 and +1 declined. "cheap or pricey?" asks a price,
  // "…or is it another kind of issue" and "does it count as" name nothing, "the issue the
  // article points to" cites the article, and synonyms.yaml's "flag" (warn) and "whose
  // courtroom" (preside): +4 cited. "who was the top scorer that year" asks a role no passage
  // mentions: +1 declined.
  // "which one hammered claude the hardest" asks whose share was the most, as "hit" did: +1.
  { file: 'blind-52.json', cited: 27, declined: 15 },
  // "when did she join the bench" is not answered by the trial's planned four weeks: +1 declined.
  { file: 'follow-ups-blind-28.json', cited: 30, declined: 13 },
  // Written at the start of stop 37 likewise (committed before any run, f2dc645), first run with
  // stop 36's final code (f4840d2): 23/28 & 14/15 (24 as one chat), 27/32 & 13/15. Not read.
  { file: 'blind-53.json', cited: 23, declined: 14 },
  { file: 'follow-ups-blind-29.json', cited: 27, declined: 13 },
];

let bot: PolicyBotService;

beforeAll(async () => {
  const root = await mkdtemp(join(tmpdir(), 'policybot-golden-'));
  await cp(new URL('../../knowledge/', import.meta.url).pathname, join(root, 'knowledge'), { recursive: true });
  const config = loadConfig({ KNOWLEDGE_DIR: join(root, 'knowledge'), INDEX_DIR: join(root, 'index'), DATA_DIR: root });
  bot = await openConfiguredBot(config, silentLogger);
}, 60_000);
afterAll(async () => bot?.close());

describe.each(FLOORS)('$file', ({ file, cited, declined }) => {
  const golden = JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8')) as GoldenSet;

  it(`cites the expected passage for at least ${cited} questions and declines at least ${declined}`, async () => {
    expectAtLeast(await evaluateGolden(bot, golden), cited, declined);
  });

  // In a chat every question but the first follows another; a follow-up must not cost the
  // question that stands on its own (before stop 11, the sets lost 42 of 278 that way).
  it('does as well asked as one chat, each question after the one before it', async () => {
    expectAtLeast(await evaluateGolden(bot, golden, { asChat: true }), cited, declined);
  });
});

// The golden sets hold no question that needs the one before it; these do.
describe('follow-ups in a chat', () => {
  it('reads "what about X?" with the question before it', async () => {
    const result = await bot.ask('what about xAI?', { history: ['Did OpenAI accuse DeepSeek of distillation?'] });
    expect(result.kind === 'answer' && result.citations[0]?.text).toMatch(/accused other firms/);
  });

  it('borrows from the last question, not from the thanks after it', async () => {
    const result = await bot.ask('When did they say that?', { history: ['Did Anthropic accuse DeepSeek?', 'thanks!'] });
    expect(result.kind === 'answer' && result.answer).toMatch(/23 February 2026/);
  });

  const judge = ['Who presided over the trial?'];

  it('reads "and X?" naming only X with the thread\'s words but its names when, read with them, it is not answered', async () => {
    const result = await bot.ask('and google?', { history: ["anthropic's complaints against the chinese labs?"] });
    expect(result.kind === 'answer' && result.citations[0]?.text).toMatch(/^Google has called the distillation/);
  });

  // "who won it?" names nothing: "when was that?" after it asks about the thread's Thaler case.
  it('lends a follow-up the subject the question before it borrowed', async () => {
    const result = await bot.ask('when was that?', { history: ['what is the thaler case about?', 'who won it?'] });
    expect(result.kind === 'answer' && result.answer).toMatch(/^In March 2025, the D\.C\. Circuit court ruled in Thaler v\. Perlmutter/);
    // Not one that left it: "ok back to deepseek, …" lends DeepSeek alone.
    const left = await bot.ask('when was that?', { history: ['what is the thaler case about?', 'ok back to deepseek, who made it?'] });
    expect(left.kind === 'answer' ? left.answer : '').not.toMatch(/Thaler/);
  });

  it('answers "and …" on its own words when, read with the question before, it is not answered', async () => {
    const result = await bot.ask('and when did the jury decide?', { history: judge });
    expect(result.kind === 'answer' && result.answer).toMatch(/^On Monday 18 May 2026, a nine-member advisory jury/);
  });

  it('answers a pronoun follow-up whose verb the documents word otherwise', async () => {
    const sued = await bot.ask('who did he sue?', { history: ["What did Musk's lawsuit claim?"] });
    expect(sued.kind === 'answer' && sued.answer).toMatch(/sued OpenAI, Sam Altman and Greg Brockman/);
    const testified = await bot.ask('when did he testify?', { history: ['Who cross-examined Musk?'] });
    expect(testified.kind === 'answer' && testified.answer).toMatch(/30 April 2026/);
  });

  it('answers "who did Musk sue?", alone and as a follow-up, with the sentence saying whom he sued', async () => {
    for (const [question, history] of [['Who did Musk sue?', []], ['and who did he sue?', ['What did Musk admit about distillation?']]] as const) {
      const result = await bot.ask(question, { history: [...history] });
      expect(result.kind === 'answer' && result.answer, question).toMatch(/^Elon Musk sued OpenAI/);
    }
  });

  // Read with the question before, they were answered with its sentences: the judge, Anthropic's accounts.
  it('reads a question that names only things no passage mentions on its own words', async () => {
    for (const question of ['and the banana bread recipe?', 'and what is a good banana bread recipe?']) {
      expect((await bot.ask(question, { history: judge })).kind, question).toBe('declined');
    }
    expect((await bot.ask("what's the capital of france?", { history: ['how many fake accounts did anthropic find?'] })).kind).toBe('declined');
    const judged = await bot.ask('when was that?', { history: ['What did the D.C. Circuit decide in Thaler v. Perlmutter?'] });
    expect(judged.kind === 'answer' && judged.answer).toMatch(/^In March 2025/);
  });

  it('reads a claim that names only unknown things on its own, and one such word with the question before', async () => {
    expect((await bot.ask('is it true that bananas are berries?', { history: judge })).kind).toBe('declined');
    // One word no passage uses may be the thread's subject put otherwise: the trial's venue is Oakland.
    const venue = await bot.ask('and the venue?', { history: ['Who presided over Musk v. Altman?'] });
    expect(venue.kind === 'answer' && venue.answer).toMatch(/Oakland/);
  });

  it('reads "do they…" with the thread\'s subject, and its lowercase "tos" as the documents spell it', async () => {
    const history = ["What is Google's position on distillation?"];
    for (const question of ['do they also say it breaks their tos?', 'do they say it breaks their terms of service?']) {
      const result = await bot.ask(question, { history });
      expect(result.kind === 'answer' && result.citations[0]?.text, question).toMatch(/violates Google's terms of service/);
    }
  });

  it('reads a question whose subject is a pronoun only with the thread, unless it names someone itself', async () => {
    // Alone, "legal" found the article's outlook on legal disputes.
    expect((await bot.ask('whats his legal bill for the whole thing', { history: ['who won musk v altman'] })).kind).toBe('declined');
    const named = await bot.ask('so when he was pushed for a straight yes or no on xai using openai, what did elon say', { history: ['what is a teacher model?'] });
    expect(named.kind === 'answer' && named.answer).toMatch(/Elon Musk/);
  });

  it('reads the thread as typed, with any run of whitespace', async () => {
    const testified = await bot.ask('when did he testify?', { history: ['Who cross-examined   Musk?', "where's  that\nfrom?"] });
    expect(testified.kind === 'answer' && testified.answer).toMatch(/^On Thursday 30 April 2026/);
  });

  it('reads a lowercase dictionary word as a word, not as an abbreviation of the documents', async () => {
    // "roi" is WordNet's (ROI); spelled out from the passages it was "rely on instead".
    const roi = await bot.ask("what's the roi of distillation for labs?");
    expect(roi.kind === 'answer' ? roi.answer : '').not.toMatch(/rely mainly/);
  });

  it('skips "source?" when borrowing from the thread, and borrows nothing for "back to X"', async () => {
    const testified = await bot.ask('when did he testify?', { history: ['Who cross-examined Musk?', 'source?'] });
    expect(testified.kind === 'answer' && testified.answer).toMatch(/^On Thursday 30 April 2026/);
    const back = await bot.ask('ok back to the verdict, when was it?', { history: judge });
    expect(back.kind === 'answer' && back.answer).toMatch(/On Monday 18 May 2026/);
  });

  it('reads a follow-up with a pronoun, or asking for the date, with the question before', async () => {
    const history = ['Who cross-examined Musk?'];
    for (const question of ['when did he testify under oath?', 'and the date?', 'and the exact dates?']) {
      const result = await bot.ask(question, { history });
      expect(result.kind === 'answer' && result.answer, question).toMatch(/^On Thursday 30 April 2026/);
    }
  });
});

function expectAtLeast(report: GoldenReport, cited: number, declined: number): void {
  const misses = report.failures.map((f) => `${f.question} → ${f.got}`).join('\n');
  expect(report.cited, misses).toBeGreaterThanOrEqual(cited);
  expect(report.declined, misses).toBeGreaterThanOrEqual(declined);
}

// The commissioned article is the one document of kind "article" (its .meta.yaml says so).
describe('questions about the article', () => {
  it.each(['What does the article say?', 'According to the article, what happened?'])('declines "%s", which asks nothing of it', async (question) => {
    expect((await bot.ask(question)).kind).toBe('declined');
  });

  it('answers a follow-up that cites the article with a subject of its own from the article', async () => {
    const result = await bot.ask('and what does the article say about distillation being standard practice?', { history: ['Who decided the verdict in Musk v. Altman?'] });
    expect(result.kind === 'answer' && result.citations[0]?.source).toBe('xai-openai-distillation-hearing.txt');
  });

  it('reads a follow-up that names the piece with the question before it, not as a question about the piece', async () => {
    const result = await bot.ask('and what does the piece think?', { history: ['Who decided the verdict in Musk v. Altman?'] });
    expect(result.kind === 'answer' && result.citations[0]?.source).toBe('musk-v-altman-hearing-and-verdict.md');
  });
});

// Every sentence that says "distillation" covers "What is distillation?" whole; the passage
// that says "R1-Distill" most often came first.
describe('what something is', () => {
  it.each(['What is distillation?', 'explain distillation', 'define distillation', 'what is model distillation in simple terms?', 'ELI5: what is distillation?', 'ok so ELI5: wait, what is distillation?', 'what does the term distillation mean?', 'give me the definition of distillation', 'explain distillation in plain English for the team'])('answers "%s" with a sentence that says what it is', async (question) => {
    const result = await bot.ask(question);
    expect(result.kind === 'answer' && result.answer).toMatch(/^(?:Musk answered that distillation means|In model distillation, a small "student" model)/);
  });
});

// Each was declined or answered from the wrong passage: the chat's dressing was looked for.
describe('who speaks', () => {
  it('answers "any statement from X" only with what X said, in any words', async () => {
    // Before stop 25 it got "Anthropic's February 2026 statement about DeepSeek…".
    const musk = await bot.ask('was there any statement from musk after the verdict?');
    expect(musk.kind === 'answer' && musk.answer).toMatch(/^Musk described the outcome as a "calendar technicality"/);
    const deepseek = await bot.ask("any reply from deepseek's side", { history: ['how many fake accounts did anthropic say deepseek and co used?'] });
    expect(deepseek.kind).toBe('declined');
  });
});

describe('a question dressed as chat', () => {
  it.each([
    "for the slides we're making: how does Google view other people distilling its models?",
    'quick q — how does Google view other people distilling its models?',
  ])('drops a lead-in that says what the answer is for, or that it is a question: "%s"', async (question) => {
    const result = await bot.ask(question);
    expect(result.kind === 'answer' && result.answer).toMatch(/^Google has called the distillation of its models a theft/);
  });

  it('does not look for what the asker sets aside', async () => {
    const result = await bot.ask('besides the IP angle, did they flag any safety worry?', { history: ['who did Anthropic name in its February 2026 distillation statement?'] });
    expect(result.kind === 'answer' && result.answer).toMatch(/^Anthropic warned that a model built by distillation may not inherit the safety guardrails/);
  });

  it('reads "those smaller ones" and "along those lines" as pointing back', async () => {
    const built = await bot.ask('what were those smaller ones built on?', { history: ['did DeepSeek distil R1 into smaller models?'] });
    expect(built.kind === 'answer' && built.answer).toContain('The DeepSeek R1-Distill models were built on top of Qwen and Llama models.');
    const earlier = await bot.ask('was there any earlier work along those lines?', { history: ['Is Hinton credited with distillation?'] });
    expect(earlier.kind === 'answer' && earlier.answer).toContain('Earlier related work had appeared in "Model Compression"');
  });

  it('reads "the biggest share of" as the documents\' "most of"', async () => {
    const result = await bot.ask('Which lab generated the biggest share of the Claude exchanges Anthropic counted?');
    expect(result.kind === 'answer' && result.answer).toMatch(/^Anthropic attributed most of the Claude exchanges to MiniMax/);
  });

  it('reads "on what grounds?" as "why?", with the question before', async () => {
    const result = await bot.ask('on what grounds?', { history: ['Did Anthropic cut off OpenAI?'] });
    expect(result.kind === 'answer' && result.citations[0]?.text).toContain('Anthropic cited violations of its terms of service as the reason');
  });

  it.each(['what is model distillation, according to the article?', 'According to the article, what is model distillation?', 'How does the news piece explain what model distillation is?'])(
    'answers "%s" with the article\'s own sentence saying what it is',
    async (question) => {
      const result = await bot.ask(question);
      expect(result.kind === 'answer' && result.answer).toMatch(/^This practice, known as model distillation, involves/);
    },
  );
});

describe('a question in words no passage uses', () => {
  // No passage says "admit"; the article says Musk "acknowledged" it. Searched by "Musk" and
  // "distillation" alone, the article's paragraph was not among the passages read at all.
  it('finds the passage that says it with a synonym', async () => {
    const result = await bot.ask('What did Musk admit about distillation?');
    expect(result.kind === 'answer' && result.citations[0]?.text).toContain('Musk acknowledged the use of model distillation');
  });
});
