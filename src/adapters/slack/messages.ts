import type { ErrorCode, IndexProgress, IndexReport, InvalidInput, UploadRejection, UploadResult } from '../../core/index.js';

/**
 * Every sentence the Slack adapter says, keyed by core result kind or error code (the zod
 * locales pattern). Renderers and handlers take their wording from here and nowhere else.
 * Values are Slack mrkdwn; callers escape any user or document text before passing it in.
 */
export const messages = {
  searching: '🔎 Searching the policy documents…',
  summarising: (topic: string) => `📝 Summarising _${topic}_…`,
  reindexStarted: '🔄 Re-indexing the knowledge folder…',
  addingFile: (name: string) => `📥 Adding \`${name}\` to the knowledge base…`,
  continued: '(continued)',
  askedBy: (user: string, question: string) => `<@${user}> asked: ${question}`,
  sourcesHeading: '*Sources*',
  closestHeading: '*Closest documents:*',
  summaryHeading: (heading: string) => `Summary: ${heading}`,
  feedbackUp: '👍 Helpful',
  feedbackDown: '👎 Not helpful',
  feedbackThanks: (vote: 'up' | 'down', user: string) =>
    `${vote === 'up' ? '👍' : '👎'} Thanks <@${user}>, your feedback was recorded.`,
  feedbackUnreadable: 'Sorry, I could not read that vote. Please ask the question again and vote on the new answer.',
  rateLimited: (waitMs: number) =>
    `You're asking faster than I can look things up. Please try again in ${Math.max(1, Math.ceil(waitMs / 1000))} s.`,

  invalid(input: InvalidInput, what: 'question' | 'topic'): string {
    switch (input.reason) {
      case 'empty':
        return what === 'question'
          ? 'Ask me a question about the policy documents, e.g. `/ask What is model distillation?` or mention me with it.'
          : 'Tell me what to summarise: a topic or a document, e.g. `/policy-summary distillation`. `/sources` lists the documents.';
      case 'too_long':
        return `That ${what} is ${input.received ?? 'too many'} characters; the limit is ${input.limit ?? 'lower'}. Please shorten it.`;
    }
  },

  noSources: 'No documents are indexed yet. Add files to the knowledge folder and ask an admin to run `/reindex`.',
  sourcesTitle: (documents: number, passages: number) => `Indexed documents: ${documents} (${passages} passages)`,
  passages: (n: number) => `${n} passage${n === 1 ? '' : 's'}`,
  indexedAt: (when: string) => `indexed ${when}`,

  adminOnly: (what: string) =>
    `Sorry, only policybot admins can ${what}. Ask one of them, or have your user id added to \`POLICYBOT_ADMINS\`.`,
  uploadHint: 'To add a shared file to the knowledge base, an admin can share it with a message starting with `add` (or `add replace`).',
  reindexLocked: 'A re-index is already running. Please try again when it has finished.',
  progress: (p: IndexProgress) =>
    `🔄 Re-indexing… ${p.phase}${p.total > 0 ? ` ${p.done}/${p.total}` : ''}${p.source ? ` (\`${p.source}\`)` : ''}`,
  reindexDone: (r: IndexReport) =>
    `✅ Re-index finished in ${(r.ms / 1000).toFixed(1)} s: ${r.added} added, ${r.changed} changed, ${r.removed} removed, ` +
    `${r.unchanged} unchanged. The index holds ${r.passages} passages.`,
  skipped: (n: number) => `Skipped ${n} file${n === 1 ? '' : 's'}:`,
  andMore: (n: number) => `…and ${n} more.`,
  uploadDone: (u: UploadResult) =>
    `✅ ${u.replaced ? 'Replaced' : 'Added'} \`${u.source}\`. The index holds ${u.report.passages} passages.`,

  uploadRejected(fileName: string, reason: UploadRejection, detail: string): string {
    const lead = `I couldn't add \`${fileName}\``;
    switch (reason) {
      case 'unsupported_type':
        return `${lead}: that file type isn't supported (${detail}). Markdown, text, HTML, PDF and Word files work.`;
      case 'too_large':
        return `${lead}: it is too large (${detail}).`;
      case 'bad_name':
        return `${lead}: the file name isn't usable (${detail}). Rename it and share it again.`;
      case 'exists':
        return `${lead}: a document with that name already exists. Share it again with \`add replace\` to overwrite it.`;
      case 'unreadable':
        return `${lead}: I couldn't read any text from it (${detail}).`;
    }
  },

  /** The reply to an unexpected failure: always the reference, plus a hint when the code has one. */
  error(code: ErrorCode, ref: string): string {
    const lead = `Something went wrong (ref ${ref}).`;
    switch (code) {
      case 'index_missing':
      case 'index_corrupt':
      case 'index_mismatch':
        return `${lead} The document index isn't ready; an admin can rebuild it with \`/reindex\`.`;
      case 'index_locked':
        return `${lead} A re-index is running; please try again in a minute.`;
      case 'embeddings_failed':
      case 'llm_failed':
        return `${lead} A model service didn't respond properly; please try again shortly.`;
      case 'config_invalid':
      case 'file_unreadable':
      case 'upload_rejected':
      case 'unknown':
        return `${lead} The team can find the details in the bot's log under that reference.`;
    }
  },
} as const;
