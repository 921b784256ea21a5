/**
 * The LLM path: grounded prompts, generation with a deadline, and citation checks. It sees
 * only `@langchain/core` types; which client (OpenAI, Anthropic, Ollama) is behind the
 * `BaseChatModel` is chosen in `src/providers`. Every call failure is an `LlmError`, on which
 * the caller falls back to the extractive answer.
 *
 * Kept internal: `callModel` and `toLlmError` (the deadline and error mapping are part of
 * generating, not a separate service) and the marker parser behind `verifyCitations`.
 */
export { generateGroundedAnswer, defaultAnswerSettings } from './generate-answer.js';
export type { AnswerSettings, GenerateAnswerOptions, GroundedAnswer } from './generate-answer.js';
export { generateGroundedSummary, defaultSummarySettings } from './generate-summary.js';
export type { GenerateSummaryOptions, GroundedBullet, GroundedSummary, SummarySettings } from './generate-summary.js';
export { buildGroundedMessages, formatPassages } from './grounded-prompt.js';
export type { GroundedPromptInput } from './grounded-prompt.js';
export { verifyCitations, defaultVerifyCitationsOptions } from './verify-citations.js';
export type { VerifiedCitations, VerifyCitationsOptions } from './verify-citations.js';
export { DECLINE_SENTENCE, isDeclineStatement } from './decline-statement.js';
