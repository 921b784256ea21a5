import { IRREGULAR_PAST_FORMS } from './irregular-verbs.js';

/**
 * A past participle after "is" or "was", which makes the clause passive: "-ed" ("was banned"),
 * WordNet's irregular forms ("was told", "were led"), and the two whose participle is spelled as
 * their base ("was put", "is set"), which WordNet does not list. A flat alternation of the ~470
 * forms costs the premise check about half a microsecond a question (measured against a tree of
 * shared beginnings: the same).
 */
const PARTICIPLE = String.raw`(?:[a-z]{2,}ed|${[...IRREGULAR_PAST_FORMS.filter((form) => !/^[a-z]{2,}ed$/.test(form)), 'put', 'set'].join('|')})`;

// A clause whose verb is "be", not in the passive, or a negated "do" or modal: "copyright law is
// weak here", "it can't be copyrighted", "ip law mostly doesn't protect outputs", "outputs may
// not be copyrightable" (a modal after a word: "since May not one lab sued" says when).
const STATED_CLAUSE = String.raw`(?=\s[^,?]{0,80}\b(?:(?:is|are|was|were)(?!\s+${PARTICIPLE}\b)|isn['’]t|aren['’]t|wasn['’]t|doesn['’]t|don['’]t|didn['’]t|can['’]?t|cannot|won['’]t|(?:couldn|wouldn|shouldn|mustn)['’]t)\b|\s+[^\s,?][^,?]{0,80}?\s(?:may|might|could|would|will|should|must|can)\s+not\b)`;
// "since" also says when ("since the verdict, what…", "since the trial started, who…", "since
// the verdict was announced, …"): only before a stated clause. An affirmative one ("since labs
// can sue over it") is left out: it says when as often.
// "given" and "considering" are verbs too ("why was xAI given access…"): only their unambiguous
// forms here.
const GIVEN = String.raw`(?:given\s+that|now\s+that|seeing\s+(?:as|that)|considering\s+that|since(?!\s+when\b)${STATED_CLAUSE})`;
// A bare "given" opening the question sets a premise only before a stated clause ("given ip law
// doesn't cover outputs, how…"): "given the terms of service, what stops xai…" asks about them.
// Or a clause saying something has none or little of something ("given raw output has zero
// copyright protection, what…"), not a relative clause in a noun ("given a model that has no…").
const BARE_GIVEN = String.raw`given(?!\s+that\b)(?:${STATED_CLAUSE}|(?=\s(?:(?!\b(?:that|which|who|whose)\b)[^,?]){0,80}\b(?:has|have|had)\s+(?:no|zero|little|nothing|any)\b))`;
// Not `LEAD_IN_WORDS` (question-words.ts), which would also read a premise after "wait", "hmm", "btw"…
const LEADING_PREMISE = new RegExp(
  String.raw`^(?:(?:so|ok|okay|but|and)[\s,]+)?(?:(?:${GIVEN}|${BARE_GIVEN}|(?:out\s+)?of(?=\s+(?:the|those|these|all)\s[^,?]{3,160},\s*(?:which|who)\b))\s+([^,?]{3,160}),\s*(?=(?:so\s+|then\s+)?(?:who|what|when|where|which|why|how)\b)|if\s+([^,?]{3,160})(?:,\s*|\s+)(?=(?:so\s+|then\s+)?why\b[^,]*$))`,
  'i',
);
// After "care", "matter", "unclear"…, "if" asks whether: "why should we care if a copy is
// distilled?", "why is it unclear if distillation is legal?". After "why would…", it sets a case:
// "why would OpenAI be liable if a rival trains on its answers?".
const WHETHER_WORD = String.raw`(?:care|cares|cared|matter|matters|mattered|know|knows|wonder|ask|asks|asked|check|tell|see|sure|decide|mind|unclear|clear|certain|uncertain|known|unknown|obvious|debated|doubtful)`;
const TRAILING_PREMISE = new RegExp(String.raw`^(\W*(?:(?:so|but)[\s,]+)?why\b(?!\s+(?:would|could|might|should)\b)[^?]{3,160}?)\s(?:(?<!\b${WHETHER_WORD}\s)if|${GIVEN})\s+([^?]{3,160}?)\s*\?*\s*$`, 'i');
/**
 * "when does it turn into a problem, since everyone does it in-house anyway?": a reason given
 * after the question, after a comma. "since" says when too ("what changed, since the verdict?"):
 * only before a stated clause or one that concedes ("anyway", "all the time"); not "already",
 * which says when too ("who has sued, since the verdict came in already?").
 */
const CONCEDED = String.raw`(?=[^?]{0,120}\b(?:anyway|anyhow|all the time|regardless)\b)`;
const AFTER_QUESTION_PREMISE = new RegExp(
  String.raw`^(\W*(?:(?:so|but|ok)[\s,]+)?(?:who|what|when|where|which|why|how)\b[^?,]{3,160}?),\s*(?:given\s+that|seeing\s+(?:as|that)|considering\s+that|since(?:${STATED_CLAUSE}|${CONCEDED}))\s+([^?]{3,160}?)\s*\?*\s*$`,
  'i',
);

/**
 * What the asker states as given, to ask about something else: "given that copyright doesn't
 * cover outputs, what do labs lean on?", "if labs do it all the time, why are people upset?" (a
 * comma or not: "if every lab does it why is anyone mad"), "why do people get upset if labs do it
 * anyway?", "of the three labs Anthropic named, which…". The answer explains it, and need not say
 * it again: a sentence saying only the premise ("AI labs routinely distil their own models") answered the
 * "why". An "if" is a premise before a "why" only: "if a model is only reachable via API, how…"
 * asks about that case. Returns the premise and what the question asks; undefined without one.
 */
export function premiseOf(question: string): { given: string; asked: string } | undefined {
  const trimmed = question.trim();
  const leading = LEADING_PREMISE.exec(trimmed);
  if (leading) return { given: (leading[1] ?? leading[2])!, asked: trimmed.slice(leading[0].length) };
  const trailing = TRAILING_PREMISE.exec(trimmed) ?? AFTER_QUESTION_PREMISE.exec(trimmed);
  return trailing ? { given: trailing[2]!, asked: trailing[1]! } : undefined;
}
