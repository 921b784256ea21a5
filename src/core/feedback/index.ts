/** The feedback log shared by every adapter (one JSONL file of votes). */
export { createFeedbackLog } from './feedback-log.js';
