import type { AskResult, PolicyBot } from '../ports.js';

/** tests/golden/questions.json */
export interface GoldenSet {
  answerable: { question: string; source: string; passage: string }[];
  outOfScope: { question: string }[];
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
   * console, a Slack thread or a Discord channel sends them. Alone, each is asked afresh.
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
  const ask = (question: string) => {
    const history = options.asChat && previous !== undefined ? [previous] : undefined;
    previous = question;
    return bot.ask(question, { history });
  };
  let cited = 0;
  for (const item of golden.answerable) {
    const result = await ask(item.question);
    const ok = result.kind === 'answer' && result.citations.some((c) => c.source === item.source && c.text.includes(item.passage));
    if (ok) cited += 1;
    else failures.push({ question: item.question, expected: `${item.source}: “${item.passage}”`, got: describe(result) });
  }
  let declined = 0;
  for (const item of golden.outOfScope) {
    const result = await ask(item.question);
    if (result.kind === 'declined') declined += 1;
    else failures.push({ question: item.question, expected: 'declined', got: describe(result) });
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

function describe(result: AskResult): string {
  if (result.kind !== 'answer') return result.kind;
  return `answer citing ${result.citations.map((c) => `${c.source} ${c.locator}`).join('; ')}: ${result.answer.slice(0, 160)}`;
}
