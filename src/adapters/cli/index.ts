export { runConsoleChat } from './console-chat.js';
export type { ConsoleChatOptions } from './console-chat.js';
export { runIndexCommand } from './index-command.js';
export type { IndexCommandOptions } from './index-command.js';
export { runAskCommand } from './ask-command.js';
export type { AskCommandOptions } from './ask-command.js';
export { renderAnswer, renderCitations, renderReport, renderSources, renderSummary } from './render.js';
export { describeError, describeInvalid } from './messages.js';
export { runCli } from './run-cli.js';
