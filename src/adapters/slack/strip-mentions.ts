const MENTION = /<@[A-Z0-9]+(?:\|[^>]*)?>/g;

/** The text of a message without user mentions (`<@U123>`), trimmed: the question itself. */
export function stripMentions(text: string | undefined): string {
  return (text ?? '').replace(MENTION, ' ').replace(/\s+/g, ' ').trim();
}

export function mentionsUser(text: string | undefined, userId: string | undefined): boolean {
  return userId !== undefined && (text ?? '').includes(`<@${userId}`);
}

/** An admin asks for a shared file to be ingested by including the word `add`. */
export function asksToAdd(text: string): boolean {
  return /\badd\b/i.test(text);
}

export function asksToReplace(text: string): boolean {
  return /\breplace\b/i.test(text);
}
