import type { Analyzer } from '../text/index.js';
import type { SearchableSnapshot } from './search-snapshot.js';

/** Passages read at most: a name is capitalised in every one, so a sample decides. */
const MAX_READ = 200;

/**
 * True when the passages write the word with a capital wherever they say it: "deepseek" is
 * DeepSeek's name, "distillation" a word (it opens sentences, but not all of them). Lets a
 * question typed in lowercase name what the documents name.
 */
export function writesAsName(snapshot: Pick<SearchableSnapshot, 'lexical' | 'passages'>, analyze: Analyzer, word: string): boolean {
  const terms = analyze(word);
  if (terms.length !== 1 || !/^[\p{L}\p{N}-]+$/u.test(word)) return false;
  const said = new RegExp(String.raw`(?<![\p{L}\p{N}])${word}(?![\p{L}\p{N}])`, 'giu');
  let seen = 0;
  for (const id of snapshot.lexical.withAllTerms(terms, MAX_READ)) {
    for (const [form] of (snapshot.passages.get(id)?.pageContent ?? '').matchAll(said)) {
      if (!/\p{Lu}/u.test(form)) return false;
      seen++;
    }
  }
  return seen > 0;
}
