/**
 * What kind of thing a question asks for ("How long…" wants a duration, "Who…" a person), and
 * whether a sentence contains one, after Li & Roth's question classes. "How long was the trial?"
 * is answered by "about four weeks", not by every sentence that says "trial": the answerer
 * ranks sentences holding the kind asked for first, and for numbers and times requires one.
 */
import { CHANGE_ASKED, MONEY_NOUNS, PRICE_ADJECTIVES, PRICE_ASKED, PRICE_EITHER, SPEND } from './price-forms.js';

export type AnswerType = 'duration' | 'age' | 'date' | 'person' | 'place' | 'amount' | 'count' | 'percentage' | 'version' | 'significance' | 'reason' | 'definition' | 'prospect';

// "one" is left out of counts: "one of the labs" gives no number.
const COUNT_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred';
const NUMBER = String.raw`(?:\d[\d,.]*|an?|one|${COUNT_WORDS}|several|few|many)`;
const UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?';
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
export const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** The days of the week and the months, by name. */
export const CALENDAR_NAMES = [...WEEKDAYS.split('|'), ...MONTHS.split('|')];
export const MONTH_ABBREVIATIONS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec';

export const AUXILIARY = '(?:is|was|are|were|do|does|did|will|would|can|could|has|have|had|should|shall|might|must)';
/** How precisely a "what/which" asks: "which exact day", "what specific temperature value". */
const PRECISELY = '(?:exact|precise|specific|actual)';
/** "…, gpu count?", "…, total gpu count?": a count named after the question, the thing counted first. */
export const COUNT_AFTER = String.raw`(?:^|[,;:]\s*)(?:the\s+)?(?:(?:current|total|latest|overall|actual|exact|approximate)\s+)?(?!(?:${AUXILIARY}|it|that|this|which|what|they|he|she|the|still|even)\b)([\p{L}\p{N}-]+)\s+count(?=[\s?!.…]*$)`;
/** "which exact day", "what year": a date asked for by its kind; the form, for `FORM_WORDS`, is "which". */
const WHICH_DATE = String.raw`\b(what|which) (?:${PRECISELY} )?(?:year|date|day|month)\b`;

/** What a thing is, or becomes, in some cases only: "when is distillation *fine*?", "when does it *turn into* a controversy?". */
const IN_WHAT_CASE =
  'fine|ok|okay|legal|illegal|lawful|unlawful|allowed|permitted|acceptable|legitimate|controversial|contentious|problematic|a problem|an issue|wrong|unfair|upset|mad|angry|shady|sketchy|considered|counts? as|cross(?:es)? the line|(?:turns?|becomes?) (?:into )?(?:an? )?(?:problem|issue|controversy|theft|infringement|illegal|unlawful)';

/**
 * One to three words that may name a thing ("Musk v. Altman"): not a pronoun, "the …", "at …", a
 * possessive, or a phrase ending on a preposition, "doing", or a verb in "-ing" after its subject
 * ("what exactly is musk claiming?" asks what he claims; "what is fine-tuning?" is one word).
 */
const DEFINED = String.raw`(?![^\s?!]*['’]s\b)(?!(?:an?|the|it|you|we|i|that|this|these|those|he|she|they|his|her|their|its|up|going|happening|new|next|wrong|why|how|when|what|who|where|at|in|being)\b)[^\s?!]+(?:\s+[^\s?!]+){0,2}(?<!\b(?:for|on|to|of|in|at|with|about|from|by|doing|going|happening|worth|like))(?<!\s\p{L}+ing)`;
/**
 * People a question may ask for by what they do, which no sentence naming them need say: "which
 * researchers coined…" is answered by "…come from Geoffrey Hinton, Oriol Vinyals and Jeff Dean".
 * Plural, or singular before a verb: "what author rights apply?" asks for rights, not a person.
 */
const OCCUPATION = String.raw`(?:researcher|scientist|author|engineer|inventor|professor|economist|reporter|journalist)(?:s\b|\b(?=\s+(?:\p{L}+ed|is|was|did|does|has|had|wrote|came|made|first|said)\b))`;

/**
 * "the explanation given for distillation", "the explanation of soft targets": what something
 * is, as a document explains it. Not of something done: "the explanation given for Musk losing"
 * asks why.
 */
const EXPLANATION = String.raw`explanation (?:(?:given|offered|provided) )?(?:of|for)(?!(?:\s+[^\s?!]+){0,3}?\s+\p{L}+ing\b)`;

/** The end of a question, past any question marks, full stops, ellipses or a trailing comma. */
const ENDS = String.raw`[\s?!.…,]*$`;

/**
 * "any timeline yet for when…", "what's the time frame for the appeal?", "eta?": when, in other
 * words. Not "a timeline of the accusations" (a list of events) nor "why did the timeline sink
 * his case?".
 */
const TIMELINE = String.raw`(?:timeline|time ?frame|eta)s?(?:\s+(?:yet|so far|now))?(?:\s+(?:for|on)(?:\s+when)?\b|(?=${ENDS}))`;
/** The words asking for one, as `FORM_WORDS` reads them: "is there any timeline yet for when" is "when". */
const TIMELINE_ASKED = String.raw`(?:(?:is there|do we have|got)\s+)?(?:(?:any|a|the)\s+)?${TIMELINE}`;

/** Ways to ask why something is important (`significance`), each also the form's words. */
const SIGNIFICANCE_ASKED = String.raw`\bwhy(?:\s+(?:does|did|do|would|should|will)\s+(?:[\p{L}\p{N}'’-]+\s+){0,8}?matters?|(?:\s+(?:is|was|are|were)|['’]s)\s+(?:[\p{L}\p{N}'’-]+\s+){0,6}?(?:important|significant))\b|\b(?:the\s+)?(?:bigger|broader|wider)\s+picture\b|\bthe\s+big\s+picture\b|\bwhy\s+should\s+(?:we|i|anyone|people)\s+care\b|\bwhat(?:['’]?s|\s+is|\s+was)\s+the\s+significance\b`;

/**
 * "is there a name for doing it that way?", "does that approach have a specific term?", "what's
 * it called?", "what do people call that?": what the documents call something, which a sentence
 * saying "is called…" gives.
 */
const NAME_KIND = String.raw`an?\s+(?:(?:specific|particular|special|proper|official)\s+)?(?:name|term|word)`;
const NAME_FOR = String.raw`\b(?:is there|do (?:we|you) have|have (?:we|you) got)\s+${NAME_KIND}\s+for\b`;
const NAME_OF = String.raw`\bdoes\s+((?:it|that|this)(?:\s+[\w-]+)?)\s+have\s+${NAME_KIND}\b`;
const CALLED = String.raw`\b(what(?:['’]?s|\s+is)\s+(?:it|that|this)(?:\s+[\w-]+)?)\s+called\b`;
/**
 * "what do ppl call that approach?", "what do you call it when…": what it is called, asked of
 * those who call it. Not "what did they call it?", which reports what someone said.
 */
const CALL_IT = String.raw`\bwhat\s+(?:do|does|would)\s+(?:people|folks|you|we|researchers|experts)\s+call\s+((?:it|that|this)(?:\s+[\w-]+)?)(?=\s*(?:[?!.]|$)|\s+when\b)`;
const NAME_ASKED = `${NAME_FOR}|${NAME_OF}|${CALLED}|${CALL_IT}`;

/** Kinds of place no sentence giving one need name ("…in Oakland" for "which city"). */
const PLACE_KINDS = 'courthouse|city|town|state|country|venue';
/** What "which …" asks of when it asks where: "which city", "what court". */
const PLACE_NOUNS = `court|${PLACE_KINDS}`;

/** Question forms, most specific first. */
const QUESTION_FORMS: [RegExp, AnswerType][] = [
  // "and the training run itself, how long did that take?": after a clause setting it up, too;
  // "were the jurors out for long?", "did it take long?": whether it took long. "what were the
  // deadlines he missed / time limits / limitation periods…": how long each ran ("three years
  // for…"); other deadlines may be days ("what's the deadline to appeal?", "what are the
  // compliance deadlines under the EU AI Act?").
  // "did they take long to decide?" asks how long they took; "why did it take so long to rule?"
  // asks why.
  // "what length had the judge planned for it?", "what length of time…" too, when a word of time
  // says it is a length of time: not "what length is the context window?" nor "what lengths did
  // they go to". "what was the planned length of the trial?" only of a trial, hearing or
  // deliberation, the noun right after "of": not "what's the length of the case name?".
  [new RegExp(String.raw`(?:^|[,;:]\s*)how long\b|\bhow (?:fast|quick|quickly|soon) did\b|\bhow many (?:${UNITS})\b|\bfor how long\b|\bhow much time\b|\b(?:what|which)(?:['’]s|\s+(?:was|were|are|is))\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:deadlines(?=[^?!.]{0,80}\b(?:claims?|missed|barred|sank|ran out)\b)|time limits|limitation periods?|statutes? of limitations?(?:\s+periods?)?)\b|\b(?:for|last|lasted|drag on) (?:that |very |too )?long${ENDS}|\b(?:take|took|takes|taking) (?:that |very |too )?long(?:${ENDS}| to \w)|\bwhat (?:length|duration)\b(?=\s+of time\b|[^?!.]{0,60}\b(?:plann|schedul|set aside|allott|tak|took|last|run|ran|trial|hearing|deliberat))|\bwhat(?:['’]?s|\s+(?:was|were|are|is))\s+(?:the|its|their)\s+(?:[\w-]+\s+)?(?:length|duration)\s+of\s+(?:(?:the|its|their|[\w-]+['’]s)\s+)?(?:[\w-]+\s+)?(?:trial|hearing|deliberations?)\b`, 'i'), 'duration'],
  // "How old is she?", "how old is the judge?": a person's age, not any length ("three years for
  // breach of trust"). A thing's age ("how old is DistilBERT?") is its date, asked as any question.
  [/\bhow old (?:is|was|are|were) (?:she|he|they|(?:the|that|this) (?:judge|lawyer|attorney|ceo|founder|juror|witness|person)s?(?![\w'’])|(?:judge|justice|mr|ms|mrs|dr)\.? \w)|\bwhat age (?:is|was|are|were) (?:she|he|they)\b/i, 'age'],
  // "When did…" asks for a time; "When people say X, which Y…?" does not, nor does "when is
  // distillation fine?" or "when does it turn into a controversy?", which ask in what case.
  // "and the date?", "what about the year?" ask for a date too, as "any timeline for when…" does,
  // and "do we know when…", "any idea when…", "does the brief mention when…" (not "what did he
  // say when…", "do users need to know when they're talking to an AI" nor "does it mention when
  // we need approval": when as whenever).
  [new RegExp(String.raw`\bwhen (?:\w+ly )?${AUXILIARY}\b(?!(?<=\b(?:is|are|do|does))[^?!.;,]{0,60}?\b(?:${IN_WHAT_CASE})\b)|${WHICH_DATE}|\bsince when\b|\b(?:(?<!\b(?:need|have|want|got) to )know|any idea|not sure|tell (?:me|us)|mentions?)\s+when\b(?!\s+(?:we|you|they|i|users?|people|someone)\s+(?:need|must|should|have|has|can|are|is|may)\b)(?![^?!.;,]{0,60}?\b(?:${IN_WHAT_CASE})\b)|^(?!\s*(?:why|how)\b).*?\b${TIMELINE}|^(?:and |(?:what|how) about )?(?:the )?(?:exact )?(?:date|year|day|month)s?${ENDS}`, 'i'), 'date'],
  // "how much was deepseek responsible for?": a share of something counted, not a price.
  // Not with money said: "how much in damages is Musk responsible for?", "… for paying?".
  [/\bhow much\b(?![^?!.;,]*\b(?:money|cash|damages|dollars|fines?|pay|paying|paid|costs?)\b)[^?!.;,]{0,60}?\b(?:responsible for|account(?:s|ed)? for)\b/i, 'count'],
  // "what amount in damages", "what dollar figure", "what's the fine … in dollars": money; "what
  // amount of data" may be a count, "the fine print" is no fine; "the total amount msft has put
  // into openai" is money, "the amount of time the jury spent" is not. A currency sign standing
  // alone asks for money too ("total $ microsoft has put in?"). "what damages figure" is money.
  // "how cheap…", "cheap or pricey?" ask how dear. A price asked of something: "what did it
  // cost…", "what's xAI valued at", "what was the valuation", "what is Musk worth", "what did
  // Microsoft pay for its stake" (not "what did it pay for?", which asks what was bought, nor "pay
  // them back"). Within a few words of "what", not anywhere after it: "what does the senate bill
  // say", "what did the court say about price fixing" ask no price. "how much was moonshot vs
  // deepseek" compares shares, not money.
  [new RegExp(String.raw`\bhow (?:${PRICE_ADJECTIVES})\b|${PRICE_EITHER}|\bhow much (?:money|cash|revenue|income|profit|funding|(?:did|does|do|has|have|was|were|is)\b(?!${CHANGE_ASKED})(?![^?!.;]{0,60}\b(?:vs\.?|versus|compared (?:to|with))\s))\b|\bhow much\b[^?!.;]{0,80}?\b(?:costs?|pay|paid|invest(?:ed|ment)?|worth|damages|fined)\b(?!-)|\bhow much\s+(?:is|are|was|were|does|do|did|will|would)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?<!\bin\s+)charg(?:e|es|ed|ing)\b|${PRICE_ASKED}|\bwhat (?:\w+ )?amount (?:in|of) (?:damages|money|compensation|fines?)\b|\bwhat (?:dollar|monetary|cash|damages?) (?:amount|figure|sum|value)\b|\b(?:any|a|the) (?:dollar|monetary|cash) (?:amount|figure|sum)s?\b|\bwhat(?:['’]?s|\s+(?:is|was))?\s+the\s+(?:total\s+)?amount\b(?!\s+of\s+(?!(?:${MONEY_NOUNS})\b))(?=[^?!.;]{0,60}?\b(?:put|poured|invested|spent|paid|sunk)\b)|\bwhat(?:['’]?s|\s+(?:is|was|are|were))?\s+the\s+(?:[\p{L}-]+\s+)?fines?\b(?!\s+print)|\bin (?:dollars|euros|pounds)\b|(?<!\S)[$€£](?=[\s?!.,]|$)`, 'iu'), 'amount'],
  // "What rate…" and "what shares…" may want any number ("a learning rate of 5e-4"): not here.
  // "…, percentage wise?" (read as "…, percentage?") and "how many % lighter" too.
  [new RegExp(String.raw`\b(?:what|which) (?:\w+ )?(?:percentage|proportion)s?\b|\bwhat share of\b|\b(?:what|how many) percent\b|\bhow many ?%|,\s*(?:in\s+)?(?:percentage|percent)(?: terms)?${ENDS}`, 'i'), 'percentage'],
  // "what specific temperature value": an adjective of precision may come first; not "what did OpenAI share".
  // A measure too ("what softmax temperature did Hinton use?"), but not "what is temperature?"
  // or "which weights did DeepSeek release?": the word between may not be an auxiliary, and
  // relative measures ("what speed", "60% faster") and idioms ("what lengths did they go to")
  // are left out. A count named as one: "what's distilbert's param count?", not "do users count
  // as…", and after the question ("how big was the cluster, gpu count?"), not "does that count?".
  [new RegExp(String.raw`\bhow many\b|${COUNT_AFTER}|\b(?:what|which) (?:(?:${PRECISELY}|approximate) )?(?:(?!${AUXILIARY}\b)\w+ )?(?:number|value|size|rate|share|temperature|height|width|depth)s?\b|\b(?:the|its|their|in|[\p{L}\p{N}-]+['’]s)\s+(?:(?:current|total|latest|overall|actual|exact|approximate)\s+)?(?:param(?:eter)?|token|word|user|employee|layer|head)s?\s+count\b(?!\s+as\b)|\bheadcount\b`, 'iu'), 'count'],
  [new RegExp(String.raw`^who(?:m|se)?\b|\b(?:which|what) (?:lawyer|attorney|judge|person|people|executive|witness|founder|ceo)s?\b|\b(?:which|what) ${OCCUPATION}`, 'iu'), 'person'],
  // "which grok version…", "what version of llama…": a name with its number ("Grok 3", "LLaMA
  // 7B"). Not "which version of events" or "…of the report": an account, a draft.
  [/\b(?:which|what) (?:\w+ )?versions?\b(?!\s+of\s+(?:events|the|this|that|his|her|their|its|what)\b)/i, 'version'],
  // "where does Google stand on it?", "where do things stand with the appeal?": a view or a state,
  // not a place ("where will musk stand trial?" is one). "where does the legal trouble come
  // from?": a cause; "where does deepseek come from?" may still ask for a country. "where does
  // it cross the line?", "where do they draw the line": in what case.
  [new RegExp(String.raw`\bwhere (?:\w+ly )?${AUXILIARY}\b(?![^?!.;,]{0,60}?(?<!\bthe\s+)\bstands?(?:\s+(?:on|with|regarding|about)\b|${ENDS})|\s+(?:the|its|their|this|that|all)\s[^?!.;,]{0,60}?\b(?:comes?|came|coming|stems?|stemmed)\s+from\b|[^?!.;,]{0,60}?\b(?:cross(?:es)?|draws?)\s+the\s+line\b)|\b(?:which|what) (?:${PLACE_NOUNS})\b`, 'i'), 'place'],
  // "why does it matter?", "the bigger picture": why it is important, which documents say with
  // "highlights", "underscores", "significant"… Before the reasons: it is a "why" of its own.
  // Not "why is it a big deal?": as often why it upset people ("…when xAI does it?").
  [new RegExp(SIGNIFICANCE_ASKED, 'iu'), 'significance'],
  [new RegExp(String.raw`^why\b|\bwhy (?:\w+ly )?${AUXILIARY}\b|\bhow come\b|\bwhat (?:is|was|are|were) the reasons?\b|\b(?:on|under) what (?:grounds?|basis)\b|\bfor what reasons?\b`, 'i'), 'reason'],
  // "What is distillation?", "what's a teacher model?", "define soft targets", "what does
  // distillation mean?": what something is. Not "what is it / that / going on", "What is Musk
  // worth?", "What is Grok trained on?" or "What does the verdict mean for OpenAI?". Asked
  // within another question too: "can you explain what soft targets are?".
  [new RegExp(String.raw`^(?:(?:what\s+(?:(?:actually|exactly|really)\s+)?(?:is|are)|whats|what['’]s)\s+(?:an?\s+)?|(?:define|explain)\s+)${DEFINED}${ENDS}|\bwhat (?:an?\s+)?${DEFINED} (?:is|are)${ENDS}|^what (?:does|do) (?:an?\s+|the (?:term|word)\s+)?${DEFINED} mean${ENDS}|^(?:(?:what(?:\s+is|['’]s)|give me|tell me)\s+)?(?:the\s+)?(?:meaning|definition) of (?:an?\s+|the (?:term|word)\s+)?${DEFINED}${ENDS}|\bthe ${EXPLANATION} (?:an?\s+|the (?:term|word)\s+)?${DEFINED}${ENDS}|${NAME_ASKED}`, 'iu'), 'definition'],
  // "what might AI companies do now…", "what will labs have to change going forward?", "what
  // could come of it?": what may come, asked from a clause's start. Not "what might it have to
  // do with…", an idiom, nor "how could DeepSeek train R1 so cheaply?", how it was done. Within
  // 120 characters of "what": a long question of many "what"s is not read to its end from each.
  [/(?:^|[,;:]\s*|\b(?:so|and|but|ok)\s+)(?:what|how)\b(?![^?!.]{0,120}\bhave to do with\b)[^?!.]{0,120}?\b(?:might|likely|going forward|from now on|in the future|down the line|(?:happens?|comes?) next|(?:will|would|may|might) (?:have|need) to|will happen|expected to|could (?:happen|come|change|follow|result|lead|mean for)|anticipates?|predicts?)\b/iu, 'prospect'],
];

// "about four weeks", "10 business days", "thirty days".
const DURATION = new RegExp(String.raw`\b${NUMBER}[\s-]+(?:[\p{L}-]+\s+)?(?:${UNITS})\b`, 'iu');
const CALENDAR_DATE = new RegExp(String.raw`\b(?:${MONTHS}|${WEEKDAYS})\b|\b(?:${MONTH_ABBREVIATIONS})\.|\b(?:1[89]|20)\d\d\b|\b(?:yesterday|today|last (?:week|month|year))\b`);
/**
 * A length said as a deadline: "within 30 days", "72 hours to report", "24 months from entry into
 * force". Not a length planned or taken ("set aside about four weeks for the trial", "reached its
 * verdict in less than two hours"), which says how long, not when.
 */
const DEADLINE = new RegExp(
  String.raw`\b(?:within|no later than)\s+(?:[\p{L}-]+\s+){0,2}?${DURATION.source}|${DURATION.source}\s+(?:(?:from|after)\s+(?:the\s+)?(?:entry|date|receipt|notice|publication)|to\s+(?:report|file|respond|comply|appeal|notify))\b`,
  'iu',
);
const CLOCK_TIME = /\b\d{1,2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b/i;

/** After a number: not a length of time ("about four weeks" counts no witnesses; "how many weeks" asks a duration). */
const NOT_A_LENGTH = String.raw`(?![\s-]+(?:[\p{L}-]+\s+)?(?:${UNITS})\b)`;

const SENTENCE_EVIDENCE: Record<AnswerType, RegExp | ((sentence: string) => boolean)> = {
  duration: DURATION,
  // "When…?" is answered by a date, a time of day, or a deadline ("within 30 days", "24 months
  // from entry into force", "have 72 hours to report"): not a length alone ("about four weeks").
  // "61 years old", "the 61-year-old judge", "Judge Rogers, 61,", "born in 1964".
  age: new RegExp(String.raw`\b\d+[\s\u2010-\u2015-]years?[\s\u2010-\u2015-]old\b|\baged\s+\d|\bage(?:\s+of)?\s+\d|\p{Lu}\p{Ll}+,\s\d{2},|\bborn\s+(?:in|on)\s+(?:\d|${MONTHS})`, 'iu'),
  date: (sentence) => CALENDAR_DATE.test(sentence) || CLOCK_TIME.test(sentence) || DEADLINE.test(sentence),
  amount: /[$€£¥]\s?\d|\b\d[\d,.]*\s?(?:million |billion |trillion )?(?:dollars|euros|pounds|USD|EUR)\b/i,
  // Any number but a year, a day of the month, a percentage or part of an identifier ("in 2025",
  // "29 January" say when, "40% smaller" how much smaller, "arXiv:1910.01108" which paper).
  count: new RegExp(String.raw`(?<!(?:${MONTHS}|${MONTH_ABBREVIATIONS})\.?\s)(?<![:./]\d*)\b(?!(?:19|20)\d\d\b)\d[\d,.]*\b(?![.,]?\d)(?!\s(?:${MONTHS}|${MONTH_ABBREVIATIONS}))(?!\s?(?:%|percent\b|per cent\b))${NOT_A_LENGTH}|\b(?:${COUNT_WORDS}|dozens?|hundreds?|thousands?|millions?)\b${NOT_A_LENGTH}`, 'iu'),
  percentage: /\d\s?(?:%|percent\b|per cent\b)/i,
  // In a sentence, a version needs its capital ("R1" too); a question's lowercase "grok 3" is
  // read as a name by `versionedNames` (question-evidence.ts), which knows the documents' names.
  version: new RegExp(
    String.raw`\b(?!(?:On|In|At|By|Since|Until|From|About|Over|Under|After|Before|Around|Nearly|Almost|Only|Some|Through|During|The|A|An|Section|Exhibit|Part|${MONTHS}|${MONTH_ABBREVIATIONS}|${WEEKDAYS})\b)\p{Lu}\p{L}*[\s-]?(?!(?:19|20)\d\d\b)\d+(?:\.\d+)*\p{L}{0,2}\b(?![.,]\d)`,
    'u',
  ),
  person: namesAPerson,
  reason: /\b(?:because|due to|owing to|as a result|thanks to|therefore|thus|hence|so that|reason|caus(?:e|es|ed|ing)|lead(?:s|ing)? to|led to|result(?:s|ed|ing)? (?:in|from)|aris(?:e|es|ing) from|arose from|stem(?:s|med)? from|barred by)\b/i,
  place: /\b(?:in|at|from)\s+(?:the\s+)?\p{Lu}\p{Ll}+|\bCourt\b/u,
  // "The admission … highlights the ongoing tensions", "This case underscores the challenges".
  significance: /\b(?:highlight(?:s|ed)?|underscor(?:e|es|ed)|significan(?:t|ce)|important|importance|implications?)\b/i,
  // "Companies may need to reassess…", "The case could also prompt…": what may come. "may" and
  // "will" in lowercase: "On Monday 18 May 2026", "free Will".
  prospect: (sentence) => /\b(?:may|will)\b/.test(sentence) || /\b(?:might|could|would|likely|expected to|set to|is poised to)\b/i.test(sentence),
  // "X means…", "known as X, involves…", "… is called X", "In model distillation, a small
  // model…": a sentence that says what something is. ("In January 2025, …" sets a time, "In this
  // knowledge base, …" a frame, not a subject.)
  definition: /\b(?:means|meant|refers? to|known as|involves|is when|(?:is|are) called (?!(?:to|by|out|on|for|off|in|up)\b)|is the (?:practice|process|technique|method) of|is an? (?:technique|method|process|practice|way|term)\b)|^\s*In (?!(?:this|that|these|those|an?|its|his|her|their|our|court|practice|short|addition|turn|response|fact|general|total|other|particular|contrast|the end|the meantime|the past|the future)\b)(?!\p{Lu}\p{Ll}+ \d)[^,\d]{1,40}, /iu,
};

/** Capitalised words that make a name an institution's or a place's, not a person's. */
const INSTITUTION_WORDS = new Set(
  ('Court District Circuit Northern Southern Eastern Western Office Committee House Senate Congress Select ' +
    'Department Agency Commission Council Union United States Act University Institute Times Journal News Post ' +
    'Inc Corp Company Group Labs Street').split(' '),
);

/** Two or more capitalised words in a row, not opening the sentence and not an institution: "William Savitt". */
function namesAPerson(sentence: string): boolean {
  for (const match of sentence.matchAll(/(?<=\s)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)+/gu)) {
    if (!match[0].split(/\s+/).some((word) => INSTITUTION_WORDS.has(word))) return true;
  }
  return false;
}

/**
 * Words that belong to the question's form rather than its subject: in "How long did the trial
 * take?" the answer is a duration, and "long" and "take" appear in no sentence that gives one
 * ("about four weeks"). Only the words next to the form go: "When is Labor Day?" keeps "Day".
 */
const FORM_WORDS: Partial<Record<AnswerType, [RegExp, string][]>> = {
  duration: [
    [/\b(how) (?:long|much time|fast|quick|quickly|soon)\b/gi, '$1'],
    // "what was the planned length of the trial": the length, and its being planned, are the
    // form ("set aside about four weeks" says neither).
    [/\b(?:(?:planned|scheduled|expected|intended)\s+)?(?:length|duration)\s+of(?:\s+time\b)?/gi, ''],
    // "How many hours…" asks for a duration in hours: the unit is the form, not the subject.
    [new RegExp(String.raw`\b(how many) (?:${UNITS})\b`, 'gi'), '$1'],
    // "how long was the jury out before they came back with the verdict?": after "was … out" the
    // clause says when the time ended, not what it was spent on; its words ("decide", "verdict")
    // are not what a sentence giving the length must say ("deliberated for less than two hours").
    // After another verb it is what was waited for ("how long did Musk wait before appealing?",
    // "how long did Musk take before answering Savitt?"), and a second question is kept.
    [/(?<=\b(?:was|were)\s+(?:the\s+)?[\p{L}-]+\s+out)\s+(?:before|until|till)\s+(?:(?:they|it|he|she)\s+)?(?:\p{L}+ing|\p{L}+ed|came|went|made|got|gave|took)\b(?:(?!\s+(?:and|or|but)\s)[^?!.,;])*/giu, ''],
    [new RegExp(String.raw`\b(?:take|takes|took|taken|last|lasts|lasted)(?=${ENDS})`, 'gi'), ''],
    // "were the jurors out for long?": "long" asks how long, as above.
    [new RegExp(String.raw`\s*\b(?:(?:for|take|takes|took|last|lasted|drag on) )?(?:(?:that|very|too) )?long(?=${ENDS})`, 'gi'), ''],
  ],
  age: [[/\b(how) old\b|\b(what) age\b/gi, '$1$2']],
  // "how cheap was making the dataset?", "how much did they spend generating it?" ask what it
  // cost: "cheap" and "spend" are the form's, and no sentence giving a price need say them ("cost
  // less than $600"), nor "cheap or pricey?".
  amount: [
    [new RegExp(String.raw`\b(how) (?:${PRICE_ADJECTIVES})\b`, 'gi'), '$1'],
    [new RegExp(PRICE_EITHER, 'gi'), ''],
    [new RegExp(String.raw`(\bhow much\b[^?!.;,]{0,40}?)\s*\b(?:${SPEND})\b`, 'gi'), '$1'],
    // "what was the price tag on it?": "tag" is the form's, a thing no sentence giving a price names.
    [/\b(price)\s+tag\b/gi, '$1'],
  ],
  // "what number of phony accounts…" counts accounts: "number" is the form's.
  count: [[new RegExp(String.raw`\b(what|which) (?:(?:${PRECISELY}|approximate|total) )?number of\b`, 'gi'), '$1']],
  date: [
    [new RegExp(WHICH_DATE, 'gi'), '$1'],
    [new RegExp(String.raw`\b${TIMELINE_ASKED}`, 'gi'), 'when'],
    [new RegExp(String.raw`^((?:and |(?:what|how) about )?(?:the )?)(?:exact )?(?:date|year|day|month)s?(?=${ENDS})`, 'gi'), '$1'],
  ],
  person: [
    [new RegExp(String.raw`\b(?:which|what) ${OCCUPATION}`, 'giu'), 'who'],
    // "who coined that term?": the word is the thing named, not "terms" of use; the sentence
    // says whom the name comes from ("The name knowledge distillation … come from Hinton").
    [/\b(coin(?:ed|s)?|introduc(?:e|ed|es)|invent(?:ed|s)?|came up with|come up with)\s+(?:that|the|this)\s+(?:term|phrase|word|name)\b/gi, '$1'],
  ],
  // "which courthouse, what city": the place's kind is the form; no sentence giving one need say
  // "city" ("…in Oakland"). Not "court": a sentence on a court says it.
  place: [[new RegExp(String.raw`\b(which|what) (?:(?:${PLACE_KINDS}) )?(?:${PLACE_KINDS})\b`, 'gi'), '$1']],
  // "why does it matter?", "the bigger picture" ask why it is important, in plain English's word
  // for it, which documents also use ("Why It's Important?"): "matter" and "picture" are no
  // sentence's words.
  significance: [
    [/\b(?:matters?|significant|significance|care)\b/giu, 'important'],
    [/\b(?:the\s+)?(?:bigger|big|broader|wider)\s+picture\b/giu, 'important'],
  ],
  // "On what grounds?", "how come?" ask why: "grounds" and "come" are not what the reason is about.
  reason: [[/\b(?:(?:on|under) what (?:grounds?|basis)|for what reasons?|how come)\b/gi, 'why']],
  definition: [
    [/^(?:give|tell) me\b/gi, ''],
    [new RegExp(String.raw`\b(?:mean|meaning of|define|definition of|${EXPLANATION})(?!\S)`, 'giu'), ''],
    [/\bthe (?:term|word)\s+(?=\S)/gi, ''],
    // The name asked for is the form's: "is there a name for doing it that way?" is about doing it.
    [new RegExp(NAME_FOR, 'gi'), ''],
    [new RegExp(NAME_OF, 'gi'), '$1'],
    [new RegExp(CALLED, 'gi'), '$1'],
    [new RegExp(CALL_IT, 'gi'), '$1'],
  ],
};

/**
 * "when does it turn into a problem?", "when is it considered ok?", "where does it cross the line
 * into controversy?": in what case something becomes so. The verb of becoming is the form's; the
 * answer says the case ("when used to replicate…"), not the verb, and "turn" found "the copyright
 * part turns on…", "cross" the cross-examination.
 */
const BECOMING_ASKED = new RegExp(String.raw`(?<=\b(?:when|where)\s+(?:\w+ly\s+)?(?:is|are|does|do)\b[^?!.;,]{0,60}?)\b(?:turns?\s+into|becomes?|considered|counts?\s+as|(?:cross(?:es)?|draws?)\s+the\s+line(?:\s+into|\s+at)?)(?=\s|[?!.,;]|$)`, 'gi');

/** The question without the words of its form (see `FORM_WORDS`); unchanged if nothing would be left. */
export function withoutFormWords(question: string, type: AnswerType | undefined): string {
  const stripped = (type ? FORM_WORDS[type] ?? [] : []).reduce((text, [form, replacement]) => text.replace(form, replacement), question.replace(BECOMING_ASKED, ''));
  return /[\p{L}\p{N}]/u.test(stripped) ? stripped.replace(/\s+/g, ' ').trim() : question;
}

/** The kind of answer a question asks for, or undefined when its form says nothing ("Did xAI…", "Is distillation legal?"). */
export function expectedAnswerType(question: string): AnswerType | undefined {
  const text = question.trim();
  return QUESTION_FORMS.find(([form]) => form.test(text))?.[1];
}

const CALENDAR_WORD = new RegExp(String.raw`^(?:${MONTHS}|${MONTH_ABBREVIATIONS}|${WEEKDAYS}|Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.?$`, 'i');

/** True for a month or weekday name or its abbreviation ("May", "Sept.", "Thu"). */
export function isCalendarWord(word: string): boolean {
  return CALENDAR_WORD.test(word);
}

/**
 * Kinds a pattern recognises reliably: numbers, times and a name's version number. Names and
 * places have too many forms.
 */
export function isCheckable(type: AnswerType): boolean {
  return type === 'duration' || type === 'age' || type === 'date' || type === 'amount' || type === 'count' || type === 'percentage' || type === 'version';
}

/** True when the sentence contains something of the given kind. */
export function hasAnswerOfType(sentence: string, type: AnswerType): boolean {
  const evidence = SENTENCE_EVIDENCE[type];
  return typeof evidence === 'function' ? evidence(sentence) : evidence.test(sentence);
}
