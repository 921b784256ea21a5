import { ATTRIBUTING_VERBS, DOCUMENT_NOUNS, PART_NOUNS, withoutGenreWords } from './document-nouns.js';

/** Chat's asides ("lol what did musk call it", "tbh is it even legal"): how the asker feels, not what they ask. */
const CHAT_ASIDES = 'lol lmao lmfao rofl haha tbh ngl imo imho fwiw iirc afaik idk smh omg';

/**
 * Words that shape a question but say nothing about its subject ("when did", "how many", "tell
 * me"). Documents rarely contain them, so left in a query they get a high idf and pull in
 * passages that merely share them ("OpenAI *did* not publish…"). Removed from questions only;
 * indexes keep their own stopword list.
 */

const QUESTION_WORDS = new Set(
  (
    'what whats when where which who whom whose why how ' +
    // Modals ask about a possibility, not a subject; "may" is left in: it is also a month.
    'did do does done doing can could would should shall might must ' +
    'has have had having am are was were been being is ' +
    'i im me my we us our ours you your yours he him his she her hers its them theirs ' +
    'myself yourself himself herself itself ourselves yourselves themselves ' +
    // Pro-forms: "those smaller ones" points back; "ones" would stem to "on".
    'those ones ' +
    // "the actual deadlines … for each claim": how precisely it is asked, not what about.
    'about tell remind explain describe please pls plz exactly precisely specifically actual actually really basically originally each ever just any anything something ' +
    // How precise an answer is wanted, the other way: "roughly how many…".
    'roughly approximately ' +
    // A case supposed, not a subject: "hypothetically if a startup…".
    'hypothetically theoretically ' +
    'someone somebody anyone anybody everyone everybody nobody else ' +
    'much many say says know according kind sort get gets got ' +
    // Nouns that stand for what the question names elsewhere: "this distillation stuff", "the
    // DeepSeek thing". No document's answer says them ("subject" and "topic": `STAND_IN_NOUN`).
    'stuff thing things ' +
    // "did they also…", "…on that too?": what ties a question to the thread, not what it is about.
    // Left in, it found every sentence saying "also" ("Musk also said…").
    'also too ' +
    // Hedges on what is asked: "are labs likely to…" asks what labs will do, "how long was it
    // supposed to run?" how long it ran. "likely" stems to "like", which found "Companies like
    // OpenAI…"; "supposed" was read as "said". "who's meant to work out the standards?" likewise;
    // "what is meant by…" asks what distillation is either way. "why's it a big deal though?": how
    // the asker feels about the answer so far.
    'likely unlikely supposed supposedly meant though ' +
    // "what even is distilbert?", "is it even legal": the asker's surprise; "kinda"/"sorta" as
    // "kind"/"sort" above ("what kinda speedup").
    'even kinda sorta ' +
    `${CHAT_ASIDES} ` +
    // "What happens next?", "what happened in Thaler v. Perlmutter?": what any answer tells. Left
    // in, "happen" found the heading "What's Happening?".
    'happen happens happened happening ' +
    // Negated auxiliaries, as typed ("doesn't") or not ("doesnt"): "not" is a stop word too.
    'dont doesnt didnt cant couldnt wont wouldnt shouldnt mustnt neednt shant isnt arent wasnt werent hasnt havent hadnt aint'
  ).split(' '),
);

/**
 * "According to the article", "per our brief", "in the 2024 annual report", "what does the
 * article say about…": where to look, not what to find ("What does the brief cover?" asks
 * about the brief, and stays). Left in, "article" would match every sentence that mentions an article rather
 * than the article's own sentences. The words describing the document stay: they may be the
 * subject ("2024 annual", "Copyright Office"). A possessive goes with it: "in that 2015 paper's
 * setup" asks about the setup.
 */
/** The words that say where to look: "according to the article", "per the what's next bit". */
const LOOKED_IN = 'according to|per|in|from';
const SOURCE_REFERENCE = new RegExp(
  String.raw`\b(?:${LOOKED_IN}|(?:does|do|did)(?=\s+(?:the|our|this|that|an?)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?(?:${DOCUMENT_NOUNS})s?\s+(?:${ATTRIBUTING_VERBS}|tell)\b))\s+(?:the|our|this|that|an?)\s+((?:[\p{L}\p{N}'’-]+\s+){0,3}?)(?:${DOCUMENT_NOUNS})s?(?:['’]s)?\b,?`,
  'giu',
);
/**
 * A part of a document: "per the what's next bit", "in the 'why it matters' section", "in the
 * 'what's next' bit of the court story". Only after "the", "this" or "that", and not before "of"
 * unless a document follows: "an 8 bit model", "a bit of a twist" and "the first part of the
 * hearing" say what is asked about.
 */
const PART_REFERENCE = new RegExp(
  String.raw`\b(?:${LOOKED_IN})\s+(?:the|this|that)\s+((?:[\p{L}'’-]+\s+){0,3}?)(?:${PART_NOUNS})s?\b(?:\s+of\s+(?:the|this|that|our)\s+((?:[\p{L}\p{N}'’-]+\s+){0,3}?)(?:${DOCUMENT_NOUNS})s?\b|(?!\s+of\b)),?`,
  'giu',
);

/**
 * "Is it true that…", "is it right that…": a yes/no frame around the claim asked about. Left in,
 * "true" and "right" weigh as if the claim were about truth or rights.
 */
const CLAIM_FRAME = /^\s*(?:is|was|isn['’]?t|wasn['’]?t) it (?:really |actually )?(?:true|the case|right|correct)(?=[\s,?!.]|$)(?:\s+that\b)?/i;

/** "switching topics:", "diff topic -", "separate q:": the asker says the question stands alone. */
const NEW_SUBJECT = String.raw`(?:(?:totally|completely)\s+)?(?:(?:different|diff|unrelated|separate|new) (?:topic|subject)|(?:different|unrelated|separate) (?:question|q|one))|(?:switching|changing)(?: the)? (?:topics?|subjects?|gears)|change of (?:topic|subject)`;

/**
 * What people type before a question in chat: "wait,", "ok so", "hmm…", "and", "btw —". Left in,
 * it hides the question's form ("wait, how long…" asks "how long") and adds a word to look for.
 * One counts when a mark follows it (a comma, colon, dash or ellipsis, not a full stop: "No. 5"),
 * or, for the unambiguous ones, a question word, with or without a full stop ("wait how long…",
 * "Ok. When…", but not "Wait times…"). "in the end" too: "so in the end did anyone rule…" asks
 * who ruled, and "end" is no subject.
 */
export const LEAD_IN_WORDS = 'wait|ok|okay|k|kk|so|and|but|also|oh|hmm+|um+|uh+|hey|btw|alright|anyway|in the end|at the end of the day|bottom line';
const MARKED_LEAD_INS = String.raw`right|well|sorry|yeah|yes|no|real quick|(?:quick\s+)?sanity check|(?:i\s+)?forg[eo]t|q|question|one more (?:thing|question|q|one)|(?:(?:quick|random|dumb|silly|stupid|side|small|general|legal|another|last|follow-?up) ){1,2}(?:question|q|one|check)|${NEW_SUBJECT}`;
/**
 * "Besides the IP angle,", "apart from OpenAI,", "beyond lawsuits,": what the asker already has,
 * or rules out. Its words are not what they want found ("the IP angle" found the IP sentences
 * again). Not "beyond" a number or a limit ("beyond 128k tokens, does quality drop?").
 */
// One space, then a word: `\s+` before a lazy run backtracks through every split of a long gap.
const SET_ASIDE = String.raw`(?:besides|beyond(?!\s+(?:[\d$]|(?:the\s+)?(?:deadline|limit|point|threshold|date|scope)s?\b))|apart from|aside from|other than)\s[^\s,;:?!][^,;:?!]{0,59}?`;
/** What ends a lead-in: a comma, colon or semicolon, an ellipsis, or a dash. */
export const LEAD_IN_MARK = String.raw`\s*(?:[,;:!…]+|\.{2,}|\s[-–—]\s|[–—])\s*`;
export const ASKING_AUXILIARIES = 'is|are|was|were|do|does|did|can|could|will|would|should|might|has|have|had';
// Chat drops the apostrophe of a negation too: "wait wasnt he a founder?" ("ca", "wo": "cant", "wont").
const ASKING = String.raw`(?:who|whom|whose|what|whats|what's|when|where|which|why|how|${ASKING_AUXILIARIES}|(?:${ASKING_AUXILIARIES}|ca|wo)nt|${LEAD_IN_WORDS})\b`;
/** "sorry if dumb q but…", "sorry if this is a silly question:": an apology for asking, then the question. */
/** What an asker calls their own question, to excuse it: "dumb q", "basic question". */
const HUMBLE = 'dumb|stupid|silly|basic|naive|noob|obvious';
const APOLOGY = String.raw`(?:(?:${LEAD_IN_WORDS})\s+)?(?:sorry|apologies)\s+(?:if|for)\s+(?:(?:this|that|it)(?:\s+is|['’]?s)\s+|asking\s+)?(?:an?\s+|the\s+)?(?:(?:really|very|kinda|super|probably)\s+)?(?:${HUMBLE})\s+(?:qs?|questions?|ones?)(?:${LEAD_IN_MARK}|\s+but\s+|\s+(?=${ASKING}))`;
/** "ok dumb q but what is…": the asker's word on the question, then "but" and the question. */
const QUESTION_BUT = String.raw`(?:(?:${LEAD_IN_WORDS})\s+)?(?:quick|random|${HUMBLE})\s+(?:qs?|questions?)\s+but\s+(?=${ASKING})`;
/** "roughly how long…", "exactly what did he say": how precise an answer is wanted, before its question word. */
const HEDGE = String.raw`(?:roughly|approximately|about|around|exactly|just)\s+(?=(?:how|what|when|which|who)\b)`;
/** "quick one for a story I'm drafting: …": the lead-in before what the answer is for (`PURPOSE`). */
const QUESTION_FOR = String.raw`(?:quick|random|side|small|another|last) (?:question|q|one)\s+(?=for\s+(?:a|an|the|this|my|our)\s)`;
const LEAD_IN = new RegExp(String.raw`^(?:${APOLOGY}|${QUESTION_BUT}|${QUESTION_FOR}|${HEDGE}|(?:${LEAD_IN_WORDS}|${MARKED_LEAD_INS}|${SET_ASIDE})${LEAD_IN_MARK}|(?:${LEAD_IN_WORDS})\.?\s+(?=${ASKING}|${HEDGE}|${SET_ASIDE}${LEAD_IN_MARK}))+`, 'i');

/** Things made for a team: "for our memo,", "for my standup:". */
export const MADE_FOR_A_TEAM = 'slides?|deck|presentation|talk|memo|e-?mail|briefing|meeting|call|newsletter|post|notes?|stand-?up|pitch|workshop|training';
/** Of those, the ones no document is about: "for the deck:", "for a slide:". */
const ONLY_MADE = 'slides?|deck|presentation|stand-?up|pitch|newsletter';
/** Whose a thing made is, when it is the asker's: "our memo", "tomorrow's standup". */
export const ASKERS_OWN = String.raw`my|our|tomorrow['’]s|today['’]s|this week['’]s|next week['’]s`;
/** Making something for the team, before it: "drafting a briefing note —", "prepping our deck:". */
const MAKING = '(?:[Dd]rafting|[Ww]riting(?: up)?|[Pp]repp?ing|[Pp]reparing|[Pp]utting together|[Ww]orking on)';
/** A lowercase word: no name ("For the OpenAI memo, …" keeps its subject). */
export const LOWER_WORD = String.raw`\p{Ll}[\p{Ll}-]*`;
/**
 * What the answer is for, when it is the asker's own: "for our memo,", "for tomorrow's standup:",
 * "for a slide I'm making:", "for the deck we're putting together —", "drafting a briefing
 * note —". It says nothing of the subject, and "slide" or "making" would be looked for.
 * Case-sensitive, so no capitalised word is taken with it: "For the OpenAI memo, when was it
 * sent?" asks about that memo.
 */
const PURPOSE = new RegExp(
  String.raw`^(?:${MAKING} (?:a|an|the|this|my|our) (?:${LOWER_WORD} ){0,2}?(?:${MADE_FOR_A_TEAM})|[Ff]or (?:(?:${ASKERS_OWN}) (?:${LOWER_WORD} ){0,2}?(?:${MADE_FOR_A_TEAM})|(?:a|an|the|this) (?:${LOWER_WORD} )?(?:${ONLY_MADE})|(?:a|an|the|this|my|our) (?:${LOWER_WORD} ){1,3}?(?:I|[Ww]e)(?:['’]m|['’]re| am| are) ${LOWER_WORD}(?: ${LOWER_WORD}){0,2}?))${LEAD_IN_MARK}`,
  'u',
);

/**
 * What chat abbreviates that no document spells out: not read as a document's abbreviation, nor
 * as a name WordNet knows ("tho": Le Duc Tho; "ops", "yay").
 */
const CHAT_SHORTHAND = new Set(`pls plz thx thnx ty np idc fyi btw brb irl lmk ofc ppl nvm tho thru cuz coz yay ops med meds ${CHAT_ASIDES}`.split(' '));

/** True for a word that shapes a question rather than naming its subject ("who", "did", "tell"). */
export function isQuestionWord(word: string): boolean {
  return QUESTION_WORDS.has(word.toLowerCase());
}

/** True for chat shorthand ("pls", "tbh", "fyi"). */
export function isChatShorthand(word: string): boolean {
  return CHAT_SHORTHAND.has(word.toLowerCase());
}

/** Lead-ins before a return to a subject or a new one: "ok, back to…", "so anyway new topic:". */
const LEADING = String.raw`^(?:(?:${LEAD_IN_WORDS})[\s,]+)*`;

/**
 * "ok back to deepseek, how many…", "going back to the verdict:": returning to a subject. The
 * subject stays, as the question's topic; "back" would be looked for.
 */
const BACK_TO = new RegExp(String.raw`${LEADING}(?:(?:going|getting|coming|circling)\s+)?back to\s(?=[^\s,;:?!][^,;:?!]{0,59}?${LEAD_IN_MARK})`, 'i');

/**
 * "ok back to my first q -", "going back to the original question:": returning to the thread's
 * first question, whose subject the question then asks about. No word of it is a subject.
 */
const BACK_TO_FIRST = new RegExp(
  String.raw`${LEADING}(?:(?:going|getting|coming|circling)\s+)?back to\s+(?:my|the|our|your)\s+(?:very\s+)?(?:first|original|initial|opening)\s+(?:q|question|one)${LEAD_IN_MARK}`,
  'i',
);

/** "switching topics:", "ok, diff topic -": a lead-in saying the question starts a subject of its own. */
const SWITCHES_TOPIC = new RegExp(String.raw`${LEADING}(?:${NEW_SUBJECT})${LEAD_IN_MARK}`, 'i');

/**
 * True for a question that leaves the subject before it: it returns to another ("ok back to
 * deepseek, …") or says it starts its own ("switching topics: …").
 */
export function leavesTheSubjectBefore(question: string): boolean {
  const trimmed = question.trim();
  return BACK_TO.test(trimmed) || SWITCHES_TOPIC.test(trimmed);
}

/** True for a question that returns to the thread's first question ("ok back to my first q - …"). */
export function returnsToFirstQuestion(question: string): boolean {
  return BACK_TO_FIRST.test(question.trim());
}

/**
 * "in-house distilling is normal, so what makes…", "which court was it? like what city": a
 * lead-in after the clause that sets the question up. Its "so" or "like" is no word to look for.
 * Not "but": "who was the judge, but what did he rule?" asks a second question (`ASKS_MORE`).
 */
const CLAUSE_LEAD_IN = new RegExp(String.raw`(?:^|(?<=[,;:?!…]))\s*(?:(?:and\s+)?so|like,?)\s+(?=${ASKING})`, 'giu');

/** The question without the lead-in chat puts before it; unchanged if nothing would be left. */
export function withoutLeadIn(question: string): string {
  const stripped = question.replace(LEAD_IN, '').replace(BACK_TO_FIRST, '').replace(BACK_TO, '').replace(PURPOSE, '').replace(LEAD_IN, '').replace(CLAUSE_LEAD_IN, ' ');
  return hasWords(stripped) ? stripped : question;
}

/** The question without its question words and source references; unchanged if nothing would be left. */
export function stripQuestionWords(question: string): string {
  const stripped = withoutQuestionWords(question);
  return hasWords(stripped) ? stripped : question;
}

/**
 * False for a question made only of question words ("Why?", "What did you say?", "Is it true
 * that?"): it names nothing to look for, unless the conversation before it does.
 */
export function namesASubject(question: string): boolean {
  return hasWords(withoutQuestionWords(question));
}

/** The claim a question asks about: "Is it true that bananas are berries?" → "bananas are berries?". */
export function withoutClaimFrame(question: string): string {
  return question.replace(CLAIM_FRAME, ' ').trim();
}

/**
 * "Along those lines", "in that vein": like what was asked before. Their "lines" and "vein" are
 * no subject ("lines" found "blur the lines"). They become "that", a pro-form no search looks
 * for, rather than nothing: "anything along those lines?" then still has words, and is not
 * searched whole as a question made only of question words would be.
 */
const LIKE_THAT = /\b(?:along (?:those|these|the same|similar) lines|in (?:that|this|the same|a similar) vein)\b/gi;

/**
 * "which one", "that one": a pro-form for a thing the question names elsewhere.
 * "one" stems to "on", and was looked for ("which one was responsible for the bulk…").
 */
const WHICH_ONE = /\b(which|that|this|each|either|neither|any) ones?\b(?![-–]|\s+(?:of|million|billion|thousand|hundred)\b)/gi;

/** "such a touchy subject", "on that topic": what the question names put otherwise; not "subject to the ToS". */
const STAND_IN_NOUN = /\b(?:subject|topic)s?\b(?!\s+(?:to|matter)\b)/gi;

/**
 * "and the softmax temp bit, how's that used": a part of what the words before "bit" name, said
 * where the clause ends, and not where to look ("per the what's next bit,": `PART_REFERENCE`,
 * read first). Only after "the", "this" or "that": not "a bit", "an 8 bit model".
 */
const PART_BIT = /\b(the|this|that)\s+((?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+)\s+bit(?=\s*(?:[,;:?!.]|$))/giu;

/**
 * "what did the court end up deciding?", "did they wind up suing?", "how much did Musk end up
 * with?": how it came out, which any answer tells. Left in, "end" was looked for as a word no
 * passage uses. ("The end of the trial" is no "end up".)
 */
const ENDED_UP = /\b(?:end|ends|ended|ending|wind|winds|wound|winding)\s+up\b/giu;

/**
 * "will it matter down the line?", "…in the long run": when, which the form asks (a "prospect",
 * `answer-types.ts`), not what: left in, "line" and "run" were looked for as words.
 */
const LATER_ON = /\b(?:down the (?:line|road)|(?:in|over) the (?:long|short) (?:run|term))\b/giu;

/**
 * Chat's "like" after a pause: "…, like legally?", "so did it go to court, like an actual
 * lawsuit", "…, like, break tos?": a hedge on what follows. Not "companies like OpenAI", "what is it like".
 */
const HEDGING_LIKE = /(?<=[,;:—–]\s*|\s-\s*)like(?=[\s,]+\p{L})/giu;

/** "how'd those labs still manage to use it?" asks how they used it; "how do labs manage risk?" keeps "manage". */
const MANAGED_TO = /\b(?:manage|manages|managed|managing)\s+(?=to\b)/giu;

/**
 * "…or is it another kind of issue", "…, or something else?", "…or what?": an alternative
 * left open, which names nothing to look for ("another", "kind", "issue").
 */
const OPEN_ALTERNATIVE = /,?\s*\bor\s+(?:(?:is|was)\s+(?:it|that|this)\s+|it['’]?s\s+)?(?:(?:something|anything)(?:\s+else)?|(?:another|a different|some other)\s+(?:kind|sort|type)\s+of\s+(?:issue|thing|problem|matter|question)|what)(?:\s+(?:entirely|altogether))?(?=[\s?!.…]*$|\s*[?!.…;])/giu;

/**
 * "does it count as infringement", "would distillation still count as theft": asks whether it is,
 * and "count" is no count. The subject stays.
 */
const COUNT_AS = /\b(?:does|do|did|would|will|could|should)\s+((?:[\p{L}\p{N}'’-]+\s+){1,4}?)(?:(?:still|even|really|actually)\s+)?count\s+as\b/giu;

/**
 * Phrases that say nothing of the subject, as "actually" does: "on their end" (for their part:
 * "do companies have to change anything on their end?"), "straight up" and "flat out" (how
 * plainly: "did he straight up admit it?"), "on (the) record" (said in public: "is google on record
 * with an opinion…?"), "et al" (the authors named before it: "the hinton et al approach"). Not a
 * list's end (`EXAMPLES_END`): "the Smith et al paper" names particular authors.
 */
const EMPTY_PHRASES = /\b(?:on (?:their|our|your|my|his|her|its) end|straight[- ]up|flat[- ]out|on (?:the )?record)\b|\bet al\b\.?/giu;

/**
 * What ends a list of examples: "people distilling gemini etc", "gemini and co?". It says the
 * examples stand for more, and is nothing to look for. "and co" only where the clause ends ("the
 * NYT and co lawsuit" is a lawsuit), and not "and Co", which ends a company's name.
 */
export const EXAMPLES_END = String.raw`(?:etc\b\.?|and so on\b|and the like\b|(?:and|&) co\b\.?(?=\s*(?:[?!,;:)]|$))|and whatnot\b)`;
const ENDED_EXAMPLES = new RegExp(String.raw`\s*,?\s*\(?${EXAMPLES_END}\)?`, 'giu');

function withoutQuestionWords(question: string): string {
  const parts = question
    .replace(CLAIM_FRAME, ' ')
    .replace(ENDED_UP, ' ')
    .replace(LATER_ON, ' ')
    .replace(HEDGING_LIKE, ' ')
    .replace(MANAGED_TO, '')
    .replace(EMPTY_PHRASES, ' ')
    .replace(OPEN_ALTERNATIVE, ' ')
    .replace(COUNT_AS, ' $1 ')
    .replace(ENDED_EXAMPLES, (ending) => (/\bCo\b/.test(ending) ? ending : ' '))
    .replace(STAND_IN_NOUN, ' ')
    .replace(LIKE_THAT, ' that ')
    .replace(WHICH_ONE, '$1')
    .replace(SOURCE_REFERENCE, (_reference, middle: string) => ` ${withoutGenreWords(middle)} `)
    .replace(PART_REFERENCE, (_reference, part: string, document = '') => ` ${part} ${withoutGenreWords(document)} `)
    .replace(PART_BIT, '$1 $2')
    .split(/(\s+)/);
  const words = parts.map(bareWord);
  // Every other part is a run of spaces: the word before is two parts back.
  return parts
    .filter((_part, i) => !QUESTION_WORDS.has(words[i]!) || endsAPhrase(words[i]!, words[i - 2] ?? ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

function bareWord(part: string): string {
  return part.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** A question word that ends a phrase with the word before it: "did xAI break even?" asks about breaking even. */
const PHRASE_ENDS: Record<string, RegExp> = { even: /^(?:break|breaks|broke|breaking)$/ };

function endsAPhrase(word: string, before: string): boolean {
  return PHRASE_ENDS[word]?.test(before) ?? false;
}

/** True when the text has a letter or a digit: something left to ask. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
