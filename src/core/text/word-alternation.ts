/** A letter-by-letter tree of words; the key '' marks where a word ends. */
type Trie = Map<string, Trie>;

/**
 * Regular expression source matching any one of the words, shared beginnings written once
 * ("t(?:ak(?:en|e)|old)"): a flat alternation of hundreds of words is tried word by word at
 * every place it is matched. Longer words come before their prefixes, as a flat list would
 * have to put them.
 */
export function wordAlternation(words: Iterable<string>): string {
  const root: Trie = new Map();
  for (const word of words) {
    let node = root;
    for (const char of word) {
      let next = node.get(char);
      if (!next) node.set(char, (next = new Map()));
      node = next;
    }
    node.set('', new Map());
  }
  return `(?:${branchesOf(root)})`;
}

function branchesOf(node: Trie): string {
  const longer = [...node].filter(([char]) => char !== '').map(([char, next]) => escaped(char) + branchesOf(next));
  if (longer.length === 0) return '';
  const either = longer.length === 1 ? longer[0]! : `(?:${longer.join('|')})`;
  if (!node.has('')) return either;
  return longer.length === 1 ? `(?:${either})?` : `${either}?`;
}

function escaped(char: string): string {
  return char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
