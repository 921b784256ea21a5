export { runConsoleChat } from './console-chat.js';
export type { ConsoleChatOptions } from './console-chat.js';
export { renderAnswer, renderCitations, renderReport, renderSources, renderSummary } from './render.js';
export { describeError, describeInvalid } from './messages.js';
