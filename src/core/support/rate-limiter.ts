/**
 * A sliding-window limit of `limit` events per `windowMs` for each key (a user id). Kept in
 * memory: limits are per process, which is what a chat user notices.
 */
export interface RateLimiter {
  /** Records an attempt; returns 0 when allowed, else the milliseconds until the next is. */
  take(key: string): number;
}

export interface RateLimiterOptions {
  limit: number;
  windowMs: number;
  now?: () => number;
}

export function createRateLimiter({ limit, windowMs, now = Date.now }: RateLimiterOptions): RateLimiter {
  const hits = new Map<string, number[]>();
  return {
    take: function take(key: string): number {
      const t = now();
      const recent = (hits.get(key) ?? []).filter((at) => t - at < windowMs);
      if (recent.length >= limit) {
        hits.set(key, recent);
        return windowMs - (t - recent[0]!);
      }
      recent.push(t);
      hits.set(key, recent);
      return 0;
    },
  };
}
