/**
 * English prepositions of more than two letters, a closed class: they relate things, and never
 * name one. "when did he testify under oath?" names one thing no passage mentions ("oath"), not
 * two, though no passage says "under" either.
 */
export const PREPOSITIONS: readonly string[] = (
  'about above across after against along amid among around before behind below beneath beside besides between beyond ' +
  'despite down during except from inside into near off onto out outside over past per since through throughout till ' +
  'toward towards under underneath until upon via with within without'
).split(' ');
