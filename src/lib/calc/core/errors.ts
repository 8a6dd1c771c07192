// Input errors and the message hook. The core never holds text: it names a
// message key with its parameters and lets the caller's `say` word it, so the
// browser bundle carries only the page language's templates (sent with the page).
import type { MessageKey, MessageParams } from '../messages.ts';

/** Turns a message key and its parameters into text in one language. */
export type Say = (key: MessageKey, params?: MessageParams) => string;

/** An input error; `key` and `params` let a UI re-word it or point at the field it names. */
export class CalcError extends Error {
  /** Message key in MESSAGES. */
  readonly key: MessageKey;
  /** Placeholder values used to build the message (e.g. `field`, `index`). */
  readonly params: MessageParams;

  constructor(key: MessageKey, params: MessageParams = {}, say?: Say) {
    super(say ? say(key, params) : key);
    this.name = 'CalcError';
    this.key = key;
    this.params = params;
  }
}

/** Fills `{name}` placeholders; values of `field`-like placeholders that name a field become its label. */
export function fill(template: string, params: MessageParams = {}, fieldLabel: (key: string) => string | undefined = () => undefined): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = String(params[name]);
    return (FIELD_PLACEHOLDERS.has(name) && fieldLabel(value)) || value;
  });
}

/** Placeholders whose value is a field key, shown as that field's label. */
const FIELD_PLACEHOLDERS = new Set(['field', 'earlier', 'later']);

/** A Say over one language's tables (message templates and field labels), as the browser gets them from the page. */
export function makeSay(messages: Partial<Record<string, string>>, fields: Partial<Record<string, string>>): Say {
  return (key, params) => fill(messages[key] ?? key, params, (f) => fields[f]);
}
