/**
 * A fixed list of words as an analyzer's terms, worked out once per analyzer: the lists are
 * constant, and analysing them on every question cost more than the lookups they serve.
 */
export function termsOnce(words: readonly string[]): (analyze: (text: string) => string[]) => ReadonlySet<string> {
  const byAnalyzer = new WeakMap<(text: string) => string[], ReadonlySet<string>>();
  return (analyze) => {
    let terms = byAnalyzer.get(analyze);
    if (!terms) byAnalyzer.set(analyze, (terms = new Set(analyze(words.join(' ')))));
    return terms;
  };
}
