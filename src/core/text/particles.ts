/**
 * The particles that are adverbs, never a preposition taking the words after it: only these may
 * stand apart from their verb ("lock their models down"). "count on", "lean on" take an object
 * after the particle, so "count the votes on Monday" is no "count on".
 */
const ADVERB_PARTICLES = new Set(['up', 'down', 'out', 'off', 'away', 'back', 'together']);

/**
 * A phrasal verb's particle says nothing alone: "up" of "team up" is no word for "collaborate".
 * Not derived from the prepositions' lists (`text/prepositions.ts`, `text/phrase-bounds.ts`): they
 * hold none of "up", "down", "out", "off", "away", "back", "together", and many words ("for",
 * "about") that are no particle.
 */
const PARTICLES = new Set([...ADVERB_PARTICLES, 'on', 'in', 'over']);

/** True for a phrasal verb's particle ("up" of "team up"), in any case. */
export function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}

/** True for a particle that may stand after the verb's object ("team them up"), in any case. */
export function isAdverbParticle(word: string): boolean {
  return ADVERB_PARTICLES.has(word.toLowerCase());
}
