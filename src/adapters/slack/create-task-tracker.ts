/**
 * Remembers work still running after Slack was acknowledged. Bolt answers HTTP before the work
 * finishes, so `stop()` uses this to drain in-flight answers and tests use it to know when a
 * request's effects are complete without sleeping.
 */
export interface TaskTracker {
  track<T>(work: Promise<T>): Promise<T>;
  /** Resolves once nothing is running, including work started while waiting. */
  idle(): Promise<void>;
}

export function createTaskTracker(): TaskTracker {
  const running = new Set<Promise<unknown>>();
  return {
    track: function track<T>(work: Promise<T>): Promise<T> {
      const settled = work.then(
        () => undefined,
        () => undefined,
      );
      running.add(settled);
      void settled.then(() => running.delete(settled));
      return work;
    },
    idle: async function idle(): Promise<void> {
      while (running.size > 0) await Promise.all(running);
    },
  };
}
