import type { SentenceScoring } from './select-sentences.js';

/** What the answerer needs to know about the indexed vocabulary. */
export interface Vocabulary {
  analyze: (text: string) => string[];
  /** Inverse document frequency; terms the index has never seen get the largest value. */
  idf: (term: string) => number;
}

/**
 * Share of its own idf that a term never seen in the knowledge base contributes. A question's
 * unseen common word is usually a paraphrase ("picking" the jury for "jury selection"); weighing
 * it fully would make every paraphrase look uncovered. Tuned on tests/golden.
 */
export const UNSEEN_TERM_WEIGHT = 0.2;

/** Sentence scoring whose weights treat unseen question terms as above. */
export function createSentenceScoring(vocabulary: Vocabulary): SentenceScoring {
  const unseen = vocabulary.idf('\u0000unseen');
  return {
    analyze: vocabulary.analyze,
    termWeight: (term) => {
      const idf = vocabulary.idf(term);
      return idf >= unseen ? idf * UNSEEN_TERM_WEIGHT : idf;
    },
  };
}

/**
 * True when the question names something the knowledge base never mentions: a capitalised or
 * numbered word past the first ("Tesla", "LoRA", "GPT-4", "2019") none of whose terms occur in
 * any passage. Such a question is about another subject, however well its other words match.
 */
export function namesSomethingUnknown(question: string, vocabulary: Vocabulary): boolean {
  const words = question.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').replace(/['’]s$/u, ''));
  const named = words.slice(1).filter((w) => w.length > 1 && (/\p{Lu}/u.test(w) || /\p{N}/u.test(w)));
  // Title Case or shouting: capitals carry no signal there.
  if (named.length > words.length / 2) return false;
  const unseen = vocabulary.idf('\u0000unseen');
  return named.some((w) => {
    const terms = vocabulary.analyze(w);
    return terms.length > 0 && terms.every((t) => vocabulary.idf(t) >= unseen);
  });
}
