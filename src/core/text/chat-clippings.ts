import { LEAD_IN_WORDS } from './question-words.js';

/**
 * Words chat clips that documents write in full: "legit", "convos", "govt", "accts". No word list
 * the answerer reads knows them (WordNet has none of these), so "is distillation legit?" looked
 * for "legit" and found nothing. Only clippings read one way in a question, or one way where
 * they stand (`READ_AS_CLIPPED`: "em", "cos", "w", "bc", "probs"): "rep", "dev", "prob", "co",
 * "admin" (administrator or administration), "docs" (documentation), "diff" (a patch) and "exec"
 * (execute) stand for more than one word wherever they stand.
 */
const CLIPPINGS: Record<string, string> = {
  legit: 'legitimate',
  convo: 'conversation',
  convos: 'conversations',
  ppl: 'people',
  info: 'information',
  govt: 'government',
  stats: 'statistics',
  approx: 'approximately',
  acct: 'account',
  accts: 'accounts',
  yr: 'year',
  yrs: 'years',
  hrs: 'hours',
  mins: 'minutes',
  wks: 'weeks',
  msg: 'message',
  msgs: 'messages',
  abt: 'about',
  pic: 'picture',
  pics: 'pictures',
  vid: 'video',
  vids: 'videos',
  mgmt: 'management',
  dept: 'department',
  org: 'organization',
  orgs: 'organizations',
  intl: 'international',
  param: 'parameter',
  params: 'parameters',
  perf: 'performance',
  eval: 'evaluation',
  evals: 'evaluations',
  specs: 'specifications',
  devs: 'developers',
  biz: 'business',
  corp: 'corporation',
  cmte: 'committee',
  prez: 'president',
  tho: 'though',
  'w/o': 'without',
  'w/': 'with',
  altho: 'although',
  shd: 'should',
  shud: 'should',
  rn: 'now',
  w: 'with',
  smth: 'something',
  sth: 'something',
  probs: 'probabilities',
  bc: 'because',
  'b/c': 'because',
  // Also "you're": both weigh nothing, so either reading asks the same.
  ur: 'your',
  cos: 'companies',
  og: 'original',
  b4: 'before',
  r: 'are',
  em: 'them',
  re: 'about',
  temp: 'temperature',
};

// Not inside a contraction ("o'legit"), a file name ("info.txt") or a path or address
// ("docs/w/o_logits.md"); quoted ("'legit'") is fine.
const CLIPPED = new RegExp(String.raw`(?<![\p{L}\p{N}.\/-]|\p{L}['’])(?:${Object.keys(CLIPPINGS).join('|')})(?![\p{L}\p{N}\/_-]|['’]\p{L}|\.\p{L})`, 'giu');
/** How far back a sentence's end is looked for before a clipping: a mark, spaces, a quote. */
const SENTENCE_BREAK_CHARS = 12;
/** How far back what must come before a clipping is read: the longest lead-in, "at the end of the day", and its space. */
const BEFORE_CHARS = 24;
/** A capital past a sentence's first word: a name or an abbreviation ("Google Info", "EVAL"), not a clipping. */
const NAMED = /\p{Lu}/u;
/**
 * "em" is "them" only as an object, after a word ("distilling em", "distilling 'em", "w/ em"): not a
 * hesitation ("em, what did…", "so em what…" reads the same, but is rarer than the object) nor
 * the dash ("em dashes").
 */
const EM_AS_THEM = { before: /[\p{L}\/]\s+['’]?$/u, after: /^[\s-]*dash/iu };
/**
 * "cos" is "companies" after a word that sorts them ("ai cos", "other cos", "the big cos"), not
 * chat's "because", which opens a clause ("cos it's cheaper", "for us cos we use chatgpt").
 */
const COS_AS_COMPANIES = {
  before: /\b(?:ai|tech|other|big|these|those|both|some|many|most|rival|the|two|three|chinese|american|frontier)\s+$/iu,
  after: /^\s+(?:it|its|they|we|i|you|he|she|there|that|this|everyone|everybody|nobody|people|of)\b/iu,
};
/**
 * "w" is "with" between two words ("agree w that", "do that w its own models"), not an initial
 * typed with a capital ("W. Bush"). In lowercase an initial reads as "with" ("george w bush").
 */
const W_AS_WITH = { before: /[\p{L},;]\s+$/u, after: /^(?!\s+['’]?\p{L})/u };
/**
 * "probs" is "probabilities" after a word that says whose or which ("softened probs"), not chat's
 * "probably" ("probs not") nor problems ("the probs with distilling").
 */
const PROBS_AS_PROBABILITIES = { before: /\b(?:the|those|these|its|their|soft|softened|output|token|class|log|raw|predicted)\s+$/iu, after: /^\s+(?:with|of|in|for)\b/iu };
/** "bc" is "because", not the place ("the bc supreme court", "in bc"). */
const BC_AS_BECAUSE = { before: /(?<!\b(?:the|in|of|from|at|to)\s*)$/iu };
/**
 * "r" is "are" where it asks, opening a clause before whom it asks of ("r we gonna get rules?",
 * "so r they allowed"), not a letter ("the r in rlhf", "plan r").
 */
const R_AS_ARE = { before: new RegExp(String.raw`(?:^|[.!?,;:–—-]\s*|\b(?:${LEAD_IN_WORDS})\s+)$`, 'iu'), after: /^(?!\s+(?:we|u|you|they|there|these|those|the|any|labs|companies)\b)/iu };
/**
 * "temp" is a softmax's "temperature" after a word that says whose or how high ("the softmax
 * temp", "a raised temp", "what temp"), not a temporary thing ("a temp ban", "a temp dir").
 */
const TEMP_AS_TEMPERATURE = { before: /\b(?:softmax|sampling|raised|high|higher|low|lower|same|what|which)\s+$/iu };
/** "re: the hearing": a subject line's "regarding", before its colon; not "they re going". */
const RE_AS_ABOUT = { after: /^(?!\s*:)/u };
/** Where a clipping that is also another word is the clipping: what must come before it, and what must not come after. */
const READ_AS_CLIPPED: Partial<Record<string, { before?: RegExp; after?: RegExp }>> = { em: EM_AS_THEM, cos: COS_AS_COMPANIES, w: W_AS_WITH, probs: PROBS_AS_PROBABILITIES, bc: BC_AS_BECAUSE, r: R_AS_ARE, temp: TEMP_AS_TEMPERATURE, re: RE_AS_ABOUT };

/**
 * Chat's thousands: "52k", "3.4K". Not inside a word or a longer number ("v1.2k", "3,5k", "5
 * k-means"), nor a filing or plan's name ("the 10k filing", "a 401k").
 */
const THOUSANDS = /(?<![\p{L}\p{N}.,])(\d{1,3}(?:\.\d{1,3})?)k(?![\p{L}\p{N}-])(?!\s+(?:filings?|forms?|reports?|plans?)\b)/giu;
const RETIREMENT_PLAN = '401';
/**
 * Chat's millions and billions, which documents write in words: "16m+", "3.4m exchanges", "$2bn".
 * Only an amount: after a currency sign, or before a "+" or a plural ("16m conversations"); not
 * minutes, metres or a name ("back in 5m", "a 90m walk", "did 3M sue?").
 */
const MILLIONS = /(?<![\p{L}\p{N}.,])([$€£]?)(\d{1,3}(?:\.\d{1,3})?)(m|bn)(?![\p{L}\p{N}-])(\+|\s+\p{L}+s\b)?/giu;
const IN_WORDS: Record<string, string> = { m: 'million', bn: 'billion' };

/** The question with chat's short numbers as documents write them: "52k examples" → "52,000 examples", "16m+" → "16 million+" (a "52k" no passage says reads as an unknown name). */
export function withChatNumbersInFull(question: string): string {
  return question
    .replace(THOUSANDS, (typed, digits: string) => (digits === RETIREMENT_PLAN ? typed : Math.round(Number(digits) * 1000).toLocaleString('en-US')))
    .replace(MILLIONS, (typed, sign: string, digits: string, unit: string, after = '') => (sign || after ? `${sign}${digits} ${IN_WORDS[unit.toLowerCase()]}${after}` : typed));
}

/**
 * The question with chat's clippings written in full ("how many convos" → "how many
 * conversations"), except those `isUsed` says the documents use as typed.
 */
export function withFullWords(question: string, isUsed: (word: string) => boolean = () => false): string {
  const first = question.search(/\p{L}/u);
  return question.replace(CLIPPED, (clipped: string, at: number) => {
    // A sentence's first word takes a capital anyway ("Govt response?", "thanks! Convos…"). Only
    // the few characters before it are read: a long question has many words to check.
    const opensASentence = at === first || /[.!?…]\s+[^\p{L}\s]*$/u.test(question.slice(Math.max(0, at - SENTENCE_BREAK_CHARS), at));
    const capitalised = opensASentence ? /\p{Lu}.*\p{Lu}/u.test(clipped) : NAMED.test(clipped);
    return capitalised || isUsed(clipped) || !isClipping(question, clipped, at) ? clipped : CLIPPINGS[clipped.toLowerCase()]!;
  });
}

/** False for the few clippings that are also other words where they stand ("em dashes"; `READ_AS_CLIPPED`). */
function isClipping(question: string, clipped: string, at: number): boolean {
  const context = READ_AS_CLIPPED[clipped.toLowerCase()];
  if (!context) return true;
  const before = question.slice(Math.max(0, at - BEFORE_CHARS), at);
  return (context.before?.test(before) ?? true) && !context.after?.test(question.slice(at + clipped.length));
}
