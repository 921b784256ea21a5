/**
 * A phrasal verb's particle says nothing alone: "up" of "team up" is no word for "collaborate".
 * Not derived from the prepositions' lists (`text/prepositions.ts`, `text/phrase-bounds.ts`): they
 * hold none of "up", "down", "out", "off", "away", "back", "together", and many words ("for",
 * "about") that are no particle.
 */
const PARTICLES = new Set(['up', 'down', 'out', 'off', 'on', 'in', 'over', 'away', 'back', 'together']);

/** True for a phrasal verb's particle ("up" of "team up"), in any case. */
export function isParticle(word: string): boolean {
  return PARTICLES.has(word.toLowerCase());
}
