// UI strings for the cms feature: Indonesian (reference keys) and English.
// Keys are flat and dotted, prefixed by the feature (e.g. 'cms.title').

/** Indonesian strings. */
export const id = {} as const;

/** English strings: exactly the Indonesian keys. */
export const en = {} as const satisfies Record<keyof typeof id, string>;
