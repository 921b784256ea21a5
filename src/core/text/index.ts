export { tokenize } from './tokenize.js';
export { analyze, createAnalyzer } from './analyze.js';
export type { Analyzer, AnalyzerOptions } from './analyze.js';
export { ENGLISH_STOPWORDS } from './english-stopwords.js';
export { hashString, hashCharNgrams } from './feature-hash.js';
export type { CharNgramOptions } from './feature-hash.js';
