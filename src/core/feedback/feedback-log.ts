import { appendFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FeedbackVote } from '../ports.js';

/**
 * Appends votes to a JSONL file shared by every adapter. One `appendFile` per vote writes a
 * whole line at once, so concurrent processes (Slack, Discord shards) do not interleave lines.
 */
export function createFeedbackLog(path: string, now: () => Date = () => new Date()) {
  return async function recordFeedback(vote: FeedbackVote): Promise<void> {
    await mkdir(dirname(path), { recursive: true });
    const line = JSON.stringify({ at: now().toISOString(), ...vote, question: vote.question.slice(0, 2000) });
    await appendFile(path, `${line}\n`);
  };
}
