// UI strings for the feeds feature: Indonesian (reference keys) and English.
// Keys are flat and dotted, prefixed by the feature (e.g. 'feeds.title').

/** Indonesian strings. */
export const id = {} as const;

/** English strings: exactly the Indonesian keys. */
export const en = {} as const satisfies Record<keyof typeof id, string>;
