import { termsOnce } from './terms-once.js';

/**
 * English prepositions of more than two letters, a closed class: they relate things, and never
 * name one. "when did he testify under oath?" names one thing no passage mentions ("oath"), not
 * two, though no passage says "under" either. Compared as stemmed terms, so not those whose stem
 * is a content word's too ("except" of "exception", "past" of "pasted", "near", "down", "out", "off").
 */
export const PREPOSITIONS: readonly string[] = (
  'about above across after against along amid among around before behind below beneath beside besides between beyond ' +
  'despite during from inside into onto outside over per since through throughout till ' +
  'toward towards under underneath until upon via with within without'
).split(' ');

/** The prepositions as an analyzer's terms. */
export const prepositionTerms = termsOnce(PREPOSITIONS);
