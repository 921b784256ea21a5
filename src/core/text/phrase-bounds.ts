/**
 * Where a noun phrase begins, read backwards from a word of it in a sentence: after a
 * preposition ("A lawyer *for* Musk"), a conjunction or punctuation ending a clause. Shared by
 * the checks of who speaks (`answer/speakers.ts`) and who acts (`answer/doers.ts`).
 */

/** Prepositions that open a noun phrase, one word each. */
export const PHRASE_PREPOSITIONS: readonly string[] = (
  'of about for to by with from on in at against like than as around over under after before during into through ' +
  'across among between behind near per via within without toward towards upon following including'
).split(' ');

const PREPOSITION = new RegExp(String.raw`^(?:${PHRASE_PREPOSITIONS.join('|')})$`, 'i');
const CONJUNCTION = /^(?:and|or|but|while|when|that|whether|if|because|who|which)$/i;

export function isPreposition(word: string): boolean {
  return PREPOSITION.test(word);
}

export function isConjunction(word: string): boolean {
  return CONJUNCTION.test(word);
}

/** A word ending on punctuation that ends a clause: not "v." or "U.S.". */
export function endsAClause(word: string): boolean {
  return /[.,;:!?"“”()]$/u.test(word) && !/^(?:v|vs|Mr|Ms|Mrs|Dr|St|Jr|Inc|(?:\p{L}\.)+)$/iu.test(word);
}
