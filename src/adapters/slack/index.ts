/**
 * The Slack adapter. Only `startSlack` and its option and handle types are public; the
 * renderers, messages table and handlers are internal so wording and layout can change freely.
 */
export { startSlack } from './start.js';
export type { SlackAdapterOptions, SlackHandle } from './slack-adapter-options.js';
