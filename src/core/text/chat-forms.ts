/**
 * Chat's forms put as documents put them: clipped auxiliaries spelled out ("how'd" → "how did"),
 * "X wise" as "X", and shares said as "most".
 */

/**
 * "The bulk of", "the lion's share of", "the biggest chunk of": what documents say as "most of".
 * No synonym links them; "share", "chunk" and "biggest" found other sentences. "The largest
 * number of" too ("which lab was behind the largest number of conversations?"), though "what's the
 * biggest number of accounts used?" then reads as "most of" the accounts.
 */
const MOST_OF = /\bthe (?:bulk|majority|lion['’]s share|better part|(?:biggest|largest|greatest|single biggest|single largest) (?:chunk|share|part|portion|slice|piece|amount|number|proportion)) of\b/gi;

/**
 * "how'd", "what're", "who'll": a question word with its auxiliary clipped on. Left so, "how'd"
 * was one unknown word to look for, and the question had no form ("how'd they get around…").
 * "'d" is read as "did", the commonest in a question; "would" and "had" are as little to look for.
 */
const CLIPPED_AUXILIARY = /\b(who|what|when|where|why|how)['’](d|re|ve|ll)\b/gi;
const AUXILIARY: Record<string, string> = { d: 'did', re: 'are', ve: 'have', ll: 'will' };

/**
 * "when's the appeal going to be heard?", "how's": "is" (not before "been" or "got": "how's it
 * been going" has "has"). Not "what's" or "where's", which the question forms and "where's that
 * from?" read as they are.
 */
const CLIPPED_IS = /\b(when|how)['’]s\b(?!\s+\S+\s+(?:been|got)\b)/gi;

/** Chat's "hows that used", "whos the judge": the apostrophe dropped ("whats" is read as typed). */
const UNMARKED_S = /\b(how|who|where|when)s\b/gi;

/** The question with its question words' auxiliaries spelled out: "how'd they…" → "how did they…". */
export function withAuxiliariesSpelledOut(question: string): string {
  return question.replace(UNMARKED_S, "$1's").replace(CLIPPED_AUXILIARY, (_clipped, word: string, auxiliary: string) => `${word} ${AUXILIARY[auxiliary.toLowerCase()]}`).replace(CLIPPED_IS, '$1 is');
}

/**
 * "speed wise vs the full bert", "…, percentage wise", "cost-wise": chat's "as to speed". Left in,
 * "wise" was one more word to look for, and no passage says it. Hyphenated, or two words opening
 * a clause: "how wise was it to sue?" and "was Musk wise to sue?" ask whether it was wise.
 * "distillation-ish research", "2015-ish", "gpt-4-ish": about that, as near as the asker can say.
 */
const AS_TO = /(?<![\p{L}\p{N}])(?:(\p{L}{3,})-wise|([\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*?)-ish|(?<=^|[,;:]\s*)(?!(?:how|who|what|why|was|were|are|not|too|very|that|this)\s)(\p{L}{3,})\s+wise)(?![\p{L}\p{N}])/giu;

/** The question with "X wise" or "X-ish" put as "X": "speed wise vs the full bert" → "speed vs the full bert". */
export function withoutAsTo(question: string): string {
  return question.replace(AS_TO, (_asTo, hyphenated?: string, approximate?: string, spaced?: string) => (hyphenated ?? approximate ?? spaced)!);
}

/**
 * "which lab hit claude the hardest?", "who was hitting it hardest", "which one hammered claude
 * the hardest": whose share was the most, as documents put it ("most of the Claude exchanges").
 * Only after such a verb: "the hardest thing about distilling" is no share.
 */
const HIT_HARDEST = /\b(hit|hits|hitting|(?:hammer|pound)(?:s|ed|ing)?)\s+((?:[\p{L}\p{N}'’-]+\s+){0,2}?)(?:the\s+)?hardest\b/giu;

/** The question with a majority put as documents put it: "the bulk of it" → "most of it", "hit claude the hardest" → "hit claude most". */
export function withPlainQuantities(question: string): string {
  return question.replace(MOST_OF, 'most of').replace(HIT_HARDEST, '$1 $2most');
}
