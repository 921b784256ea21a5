/**
 * How a question asks for money: a price, a cost, a payment or a valuation ("what's anthropic
 * charging for…", "what was DeepSeek's training bill?"), or by how much something changed, which
 * is no money ("how much did DistilBERT shrink it?").
 */

/** How dear a thing is: "how cheap was it?" asks its price. */
export const PRICE_ADJECTIVES = 'pricey|expensive|costly|cheap';
/** "cheap or pricey?": a price asked as a choice between how dear it is. */
export const PRICE_EITHER = String.raw`\b(?:${PRICE_ADJECTIVES}) or (?:${PRICE_ADJECTIVES})\b`;
/** The verb of paying out: "what xai spent on…", "how much did they spend…". */
export const SPEND = 'spend|spends|spent|spending';
/** Nouns for what a thing costs: an amount asked gives them, and its answer need not say them. */
export const PRICE_NOUNS = ['cost', 'price', 'fee'] as const;
const PRICE_NOUN = PRICE_NOUNS.map((noun) => `${noun}s?`).join('|');
/** Nouns for money, which "the amount of…", "what did it cost in…" may take. */
export const MONEY_NOUNS = 'money|cash|capital|funding|investment|dollars';
/**
 * "what's its valuation after the round?": the price noun right after "what's", before a time
 * ("what's driving the valuation since…" asks no price).
 */
const PRICE_SINCE = String.raw`\bwhat(?:['’]?s|\s+(?:is|was|are|were))\s+(?:(?:the|its|their|[\p{L}\p{N}-]+['’]s)\s+)?(?:${PRICE_NOUN}|valuation)\s+(?:after|before|since)\b`;
/**
 * "DeepSeek's training bill", "his legal bill": an expense of someone's. A bill of no one's may be
 * a law ("what's the ai training bill in congress about?").
 */
const EXPENSE_BILL = String.raw`(?<=(?:['’]s|\b(?:its|their|his|her|our|my))\s+(?:[\p{L}-]+\s+)?)(?:training|legal|compute|cloud|energy|electricity|power|gpu|api|inference)\s+bills?`;
/**
 * "what's the price of…", "what was the price tag on…", "what's Microsoft's total investment in…",
 * "what was DeepSeek's training bill for R1?", "what's sam altman's net worth these days": a
 * price noun, maybe owned. An owner may be two words ("what's sam altman's salary at openai"),
 * not an auxiliary ("what did microsoft's investment get them?"); "what did deepseek's training
 * cost?" is `WHAT_IT_COST`'s. "at" a place, not "at stake".
 */
const OWNED_PRICE = String.raw`\bwhat(?:['’]?s|\s+(?:is|was|are|were))?\s+(?:(?:the|its|their|his|her|(?:(?!(?:does|did|do|is|was|are|were|will|would)\s)[\p{L}\p{N}-]+\s+)?[\p{L}\p{N}-]+['’]s)\s+)?(?:(?!(?:does|did|do|is|was|are|were|will|would|kinds?|sorts?|types?|of)\s)[\p{L}-]+\s+){0,2}(?:${PRICE_NOUN}|price\s+tag|${EXPENSE_BILL}|valuation|net\s+worth|salary|salaries|compensation|investments?)(?=\s*(?:of|to|for|in|on|at(?!\s+stake\b)|per\b|a (?:month|year|week|day|head|token|seat|user)\b|now|today|these days|did|does|do|is|was|are|were|has|have|had|will|would|[?.!,]|$))`;
/** "what's xAI valued at", "what is the company worth". */
const VALUED_AT = String.raw`\bwhat(?:['’]?s|\s+(?:is|was|are|were))\s+(?:[\p{L}\p{N}-]+\s+){1,3}?(?:valued|worth)\b`;
/** "what did it cost Stanford…", "what do they charge for it?", "what does xAI pay engineers". */
const WHAT_IT_COST = String.raw`\bwhat\s+(?:did|does|do|will|would)\s+(?:(?!(?:do|to)\s)[\p{L}\p{N}-]+(?:['’]s)?\s+){1,3}?(?:cost|charge(?![^?.!]{0,40}\bwith\b)|pay(?!\s+(?:(?:[\p{L}-]+\s+)?(?:off|back)\b|out\b|attention\b|for\s*(?:[?!.,]|$))))\b(?!\s+in\s+(?!(?:total|all|${MONEY_NOUNS})\b))`;
/**
 * "what would xai fetch if it raised money today?": a price it would sell or raise at. Only with a
 * sale or a raise said: "what would the crawler fetch from the site?" asks no price.
 */
const WOULD_FETCH = String.raw`\bwhat\s+(?:would|could|might|will)\s+(?:[\p{L}\p{N}'’-]+\s+){1,4}?fetch\b(?=[^?!.]{0,40}\b(?:rais(?:e|ed|ing)|s[eo]ll(?:s|ing)?|sale|auction|ipo|on the (?:open )?market)\b)`;
/**
 * "what's anthropic charging for claude pro", "what are they charging per seat": a price asked.
 * Not a charge brought ("what are they charging deepseek with / over?").
 */
const CHARGING = String.raw`\bwhat(?:['’]?s|['’]re|\s+(?:is|are|was|were))\s+(?:[\p{L}\p{N}-]+\s+){1,3}?charging\b(?![^?.!]{0,40}\b(?:with|over)\b)`;
/** "did savitt bill by the hour or a flat fee?": how a price is set, which a price would say. */
const BILLED = String.raw`\bby the hour\b|\b(?:flat|hourly|daily)\s+(?:fees?|rates?)\b(?!\s+of\b)`;
/** "how big a payout", "how much of a fine". */
const HOW_BIG_A_PAYMENT = String.raw`\bhow (?:big|large|much) (?:of )?an? (?:payout|settlement|award|payment|fine|bonus|raise)\b`;
/** "what xai spent on api calls". */
const SPENT_ON = String.raw`\bwhat\s+(?:(?:did|does|do|has|have|had)\s+)?(?:(?!(?:time|hours?|days?|weeks?|months?|years?|effort|energy|was|were|is|are)\b)[\p{L}\p{N}-]+\s+){1,3}?(?:${SPEND})\s+(?:on|for|in)\s+\p{L}`;
/**
 * A price asked, in any of those forms; not "what does DistilBERT cost in accuracy", "what is the
 * cost function", "what are the costs and benefits" or "the price fixing claim".
 */
export const PRICE_ASKED = [PRICE_SINCE, OWNED_PRICE, VALUED_AT, WHAT_IT_COST, WOULD_FETCH, CHARGING, BILLED, HOW_BIG_A_PAYMENT, SPENT_ON].join('|');

/**
 * "how much does DistilBERT shrink it?", "how much did it speed up?": by how much something
 * changed, which a sentence may give as "40% smaller" or "ten times faster", not money. Not with
 * money said ("how much did the price drop?", "how much did the valuation grow"), nor "drop on"
 * for spending ("how much did microsoft drop on openai?").
 */
const CHANGE_VERBS = String.raw`(?:shrinks?|shrank|shrunk|grows?|grew|grown|drops?(?!\s+on\b)|dropped(?!\s+on\b)|falls?|fell|rises?|rose|increases?d?|decreases?d?|reduces?d?|cuts?|improves?d?|speeds?\s+up|sped\s+up|slows?\s+down|compress(?:es|ed)?)\b`;
const MONEY_WORDS = String.raw`${MONEY_NOUNS}|prices?|costs?|fees?|valuation|revenue`;
export const CHANGE_ASKED = String.raw`(?=[^?!.;,]{0,60}?\b${CHANGE_VERBS})(?![^?!.;,]{0,80}?\b(?:${MONEY_WORDS})\b)`;
