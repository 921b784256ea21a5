import type { AskResult, PolicyBot } from '../ports.js';

/** tests/golden/questions.json; in tests/golden/follow-ups*.json every question has a `history`. */
export interface GoldenSet {
  answerable: (GoldenQuestion & { source: string; passage: string })[];
  outOfScope: GoldenQuestion[];
}

export interface GoldenQuestion {
  question: string;
  /** The questions asked before it in the same thread, oldest first: it is scored as their follow-up. */
  history?: string[];
}

export interface GoldenFailure {
  question: string;
  expected: string;
  got: string;
}

export interface GoldenReport {
  answerable: number;
  cited: number;
  citationRate: number;
  outOfScope: number;
  declined: number;
  declineRate: number;
  failures: GoldenFailure[];
}

export interface GoldenOptions {
  /**
   * Ask the questions as one chat, each with the question before it as its history, the way the
   * console, a Slack thread or a Discord channel sends them. Alone, each is asked afresh. A
   * question with a `history` of its own is asked after that history either way.
   */
  asChat?: boolean;
}

/**
 * Asks every golden question. An answerable one passes when the answer cites a passage of the
 * expected document containing the expected text; an out-of-scope one passes when it is declined.
 */
export async function evaluateGolden(bot: PolicyBot, golden: GoldenSet, options: GoldenOptions = {}): Promise<GoldenReport> {
  const failures: GoldenFailure[] = [];
  let previous: string | undefined;
  const ask = ({ question, history }: GoldenQuestion) => {
    const before = history ?? (options.asChat && previous !== undefined ? [previous] : undefined);
    previous = question;
    return bot.ask(question, { history: before });
  };
  let cited = 0;
  for (const item of golden.answerable) {
    const result = await ask(item);
    const ok = result.kind === 'answer' && result.citations.some((c) => c.source === item.source && c.text.includes(item.passage));
    if (ok) cited += 1;
    else failures.push({ question: asked(item), expected: `${item.source}: “${item.passage}”`, got: describe(result) });
  }
  let declined = 0;
  for (const item of golden.outOfScope) {
    const result = await ask(item);
    if (result.kind === 'declined') declined += 1;
    else failures.push({ question: asked(item), expected: 'declined', got: describe(result) });
  }
  const rate = (n: number, of: number) => (of === 0 ? 1 : Math.round((n / of) * 1000) / 1000);
  return {
    answerable: golden.answerable.length,
    cited,
    citationRate: rate(cited, golden.answerable.length),
    outOfScope: golden.outOfScope.length,
    declined,
    declineRate: rate(declined, golden.outOfScope.length),
    failures,
  };
}

/** The question, after the thread it follows up, if any. */
function asked({ question, history = [] }: GoldenQuestion): string {
  return [...history, question].join(' → ');
}

function describe(result: AskResult): string {
  if (result.kind !== 'answer') return result.kind;
  return `answer citing ${result.citations.map((c) => `${c.source} ${c.locator}`).join('; ')}: ${result.answer.slice(0, 160)}`;
}
