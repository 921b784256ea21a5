/**
 * Words chat clips that documents write in full: "legit", "convos", "govt", "accts". No word list
 * the answerer reads knows them (WordNet has none of these), so "is distillation legit?" looked
 * for "legit" and found nothing. Only clippings with one reading: "rep", "dev", "prob" and "co"
 * stand for too many words.
 */
const CLIPPINGS: Record<string, string> = {
  legit: 'legitimate',
  convo: 'conversation',
  convos: 'conversations',
  info: 'information',
  govt: 'government',
  admin: 'administration',
  exec: 'executive',
  execs: 'executives',
  stats: 'statistics',
  approx: 'approximately',
  acct: 'account',
  accts: 'accounts',
  yr: 'year',
  yrs: 'years',
  hrs: 'hours',
  mins: 'minutes',
  wks: 'weeks',
  diff: 'difference',
  docs: 'documents',
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
};

const CLIPPED = new RegExp(String.raw`(?<![\p{L}\p{N}'’.-])(?:${Object.keys(CLIPPINGS).join('|')})(?![\p{L}\p{N}'’-]|\.\p{L})`, 'giu');
/** Two capitals: an abbreviation of its own ("EVAL", "ORG"), not a clipping. */
const ABBREVIATION = /\p{Lu}.*\p{Lu}/u;

/**
 * The question with chat's clippings written in full ("how many convos" → "how many
 * conversations"), except those `isUsed` says the documents use as typed.
 */
export function withFullWords(question: string, isUsed: (word: string) => boolean = () => false): string {
  return question.replace(CLIPPED, (clipped) => (ABBREVIATION.test(clipped) || isUsed(clipped) ? clipped : CLIPPINGS[clipped.toLowerCase()]!));
}
