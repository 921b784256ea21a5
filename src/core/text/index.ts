export { tokenize } from './tokenize.js';
export { analyze, createAnalyzer, DEFAULT_ANALYZER_ID } from './analyze.js';
export type { Analyzer, AnalyzerOptions } from './analyze.js';
export { ENGLISH_STOPWORDS } from './english-stopwords.js';
export { wholeWordsIn } from './whole-words.js';
export { splitSentences } from './split-sentences.js';
export type { Sentence } from './split-sentences.js';
// Feature hashing is shared by the lexical index and the offline embedder, and its output is
// part of their file formats and embedder id: exported for them, not as a general utility.
export { hashString, hashCharNgrams } from './feature-hash.js';
export type { CharNgramOptions } from './feature-hash.js';
export { createWordNetThesaurus, wordNet } from './thesaurus.js';
export type { Thesaurus, WordNetOptions } from './thesaurus.js';
export { createEverydayEnglish, everydayEnglish, isEnglishWord, meansSomething } from './everyday-english.js';
export type { EverydayEnglish, EverydayEnglishOptions } from './everyday-english.js';
export { BUILT_IN_TABLES, preloadLanguageTables } from './preload-language-tables.js';
export type { PreloadableTable } from './preload-language-tables.js';
