/** Small platform-neutral helpers shared by the core and the adapters. */
export { createLogger, silentLogger } from './logger.js';
export type { Logger, LogLevel } from './logger.js';
export { createRateLimiter } from './rate-limiter.js';
export type { RateLimiter, RateLimiterOptions } from './rate-limiter.js';
export { reportError } from './error-ref.js';
export { readLimitedBody } from './read-limited-body.js';
export { withDefaults } from './with-defaults.js';
export { createThrottledUpdate } from './create-throttled-update.js';
export type { ThrottledUpdate, ThrottledUpdateOptions } from './create-throttled-update.js';
