/** The merge of defaults and options: an option's type, but never `undefined` where a default exists. */
export type WithDefaults<D, O> = {
  [K in keyof D | keyof O]: K extends keyof O
    ? K extends keyof D
      ? Exclude<O[K], undefined> | D[K]
      : O[K]
    : K extends keyof D
      ? D[K]
      : never;
};

/**
 * `{ ...defaults, ...options }`, except that an option explicitly set to `undefined` keeps its
 * default: callers often forward optional settings they did not set, and a plain spread would
 * erase the default with `undefined`.
 */
export function withDefaults<D extends object, O extends object>(defaults: D, options: O): WithDefaults<D, O> {
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) };
  for (const [key, value] of Object.entries(options)) if (value !== undefined) merged[key] = value;
  return merged as WithDefaults<D, O>;
}
