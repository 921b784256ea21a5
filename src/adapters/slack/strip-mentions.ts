const MENTION = /<@[A-Z0-9]+(?:\|[^>]*)?>/g;

/** The text of a message without user mentions (`<@U123>`), trimmed: the question itself. */
export function stripMentions(text: string | undefined): string {
  return (text ?? '').replace(MENTION, ' ').replace(/\s+/g, ' ').trim();
}

export function mentionsUser(text: string | undefined, userId: string | undefined): boolean {
  return userId !== undefined && (text ?? '').includes(`<@${userId}`);
}

