/**
 * Messages that ask nothing of the documents' subjects: small talk between questions, a request
 * for the last answer's sources, and a request to write something.
 */
import { DOCUMENT_NOUNS, PART_NOUNS } from './document-nouns.js';
import { hasWords, LEAD_IN_WORDS } from './question-words.js';

/** Greetings, thanks and acknowledgements: what chat says between questions, asking nothing. */
const SMALL_TALK_WORDS =
  'hi|hello|hey|hiya|thanks|thank you|thx|ty|cheers|ok|okay|cool|great|nice|perfect|awesome|got it|sure|bye|' +
  'good (?:morning|afternoon|evening|night)|no worries|np|lol|haha';
const SMALL_TALK_TAILS = 'there|all|everyone|team|bot|so much|a lot|again|for that|for this|for the help|for the answer';
const SMALL_TALK = new RegExp(
  String.raw`^(?:(?:${SMALL_TALK_WORDS})(?:\s+(?:${SMALL_TALK_TAILS}))*\b|[\p{Extended_Pictographic}\u{FE0F}\u{200D}]|:[a-z0-9_+-]+:|[\s!.,?])+$`,
  'iu',
);

/** True for a message that only greets, thanks or acknowledges ("thanks!", "ok cool 👍", "thanks for that"). */
export function isSmallTalk(text: string): boolean {
  return hasWords(text) && SMALL_TALK.test(text.trim());
}

/** Lead-ins before a request that asks nothing else ("ok, please …"): anchored at the start. */
const REQUEST_LEAD_INS = String.raw`^(?:(?:${LEAD_IN_WORDS}|please|pls)[\s,]+)*`;

/** What the last answer said: "that", "that one", "this claim". */
const LAST_ANSWER = String.raw`(?:for|on|of) (?:that|this|it)(?: (?:one|claim|quote|bit|part|last one))?`;
/**
 * "source?", "source for that one?", "where's that from?", "can you cite that?": asking where the
 * last answer came from, not a new question. Only a message saying nothing else counts: "sources
 * on the verdict?" names a subject of its own.
 */
const SOURCE_REQUEST = new RegExp(
  String.raw`${REQUEST_LEAD_INS}(?:` +
    String.raw`(?:the |a |any |your )?(?:sources?|citations?|cites?|refs?|references?|links?|receipts)(?: ${LAST_ANSWER})?` +
    String.raw`|(?:what(?:['’]s| is| are) )?(?:the |your )?(?:sources?|citations?|references?)(?: ${LAST_ANSWER})?` +
    String.raw`|(?:do you have|got|have you got|is there) (?:a |any )?(?:sources?|citations?|references?|links?)(?: ${LAST_ANSWER})?` +
    // Not "where is it from?" or "where does it come from?": those ask where a thing began.
    String.raw`|where(?:['’]s| is| does| did) (?:that|this) (?:come )?from|where(?: does| did)? (?:it|that) say (?:that|so)` +
    String.raw`|where did you (?:get|read|find) (?:that|this|it)|(?:can|could) you (?:cite|source|quote) (?:that|this|it)` +
    String.raw`|says who|according to (?:what|whom?)` +
    // "which part of the article mentions that?", "where in the piece does it say so?"
    String.raw`|(?:which|what) (?:${PART_NOUNS}|line|passage)(?: of (?:the|that|this|your) (?:${DOCUMENT_NOUNS}|text|source))? (?:mentions|says|covers|talks about) (?:that|this|it|so)` +
    String.raw`|where in (?:the|that|this|your) (?:${DOCUMENT_NOUNS}|text|source) (?:(?:does|did) it (?:say|mention)|is) (?:that|this|it|so)` +
    String.raw`)(?:[\s,?!.]+(?:please|pls|thanks|thank you|thx|ty))*[\s?!.]*$`,
  'i',
);

/**
 * "can you write me a python script to…", "draft me an out-of-office reply", "help me write a
 * birthday message": something to be made, not asked of the documents. Not a summary or an
 * explanation of them ("write me a short summary of the verdict"), which the documents give, nor
 * some of what they hold ("give me some of the emails Musk sent", "give me a post-mortem").
 */
const MADE_THINGS = 'script|code|program|function|class|loop|regex|query|snippet';
const WRITTEN_THINGS = 'email|e-mail|message|reply|letter|poem|song|joke|essay|tweet|post|cover letter|story';
const WRITING_TASK = new RegExp(
  String.raw`${REQUEST_LEAD_INS}(?:(?:can|could|would|will)\s+(?:you|u|someone|anyone)\s+)?(?:please\s+)?(?:help\s+(?:me|us)\s+)?` +
    String.raw`(?:(?:write|draft|code|compose|generate)\s+(?:(?:me|us)\s+)?(?:a|an|some)\s+(?:(?!of\b)[\p{L}-]+\s+){0,3}?(?:${MADE_THINGS}|${WRITTEN_THINGS})` +
    String.raw`|give\s+(?:me|us)\s+(?:a|an|some)\s+(?:(?!of\b)[\p{L}-]+\s+){0,3}?(?:${MADE_THINGS}))s?(?![\p{L}\p{N}-])`,
  'iu',
);

/**
 * "how do i reverse a linked list in python", "how can we pin a version in poetry": how to do
 * something in a programming language or developer tool, which is code to write, whatever words
 * of the documents it shares ("linked" found "links").
 */
const CODING_TOOLS = String.raw`python|javascript|js|typescript|ts|java|rust|golang|c\+\+|c#|ruby|php|sql|bash|powershell|excel|poetry|npm|pip|git|docker|kubernetes|k8s|react|pandas|numpy`;
const CODING_HOW_TO = new RegExp(String.raw`\bhow\s+(?:do|can|should|would)\s+(?:i|we|you|u)\b[^?]*\b(?:in|with|using)\s+(?:${CODING_TOOLS})(?![\p{L}\p{N}+#])`, 'iu');

/** True for a request to write something (`WRITING_TASK`) or a how-to in code (`CODING_HOW_TO`): the knowledge base answers questions. */
export function asksForAWritingTask(text: string): boolean {
  const trimmed = text.trim();
  return WRITING_TASK.test(trimmed) || CODING_HOW_TO.test(trimmed);
}

/** True for a message that only asks where the last answer came from (`SOURCE_REQUEST`). */
export function asksForSource(text: string): boolean {
  return SOURCE_REQUEST.test(text.trim());
}
