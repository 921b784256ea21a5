export { readBeir, parseQrels } from './read-beir.js';
export type { BeirCollection, BeirDocument, BeirPaths, BeirQuery, Qrels } from './read-beir.js';
export { ndcgAtK, recallAtK, evaluateRun } from './rank-metrics.js';
export type { RunScores } from './rank-metrics.js';
