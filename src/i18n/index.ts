import { en } from './en.ts';
import { id, type UiKey } from './id.ts';

export type { UiKey } from './id.ts';

/** The string tables, one per UI language. */
export const translations = { id, en } as const;
/** A language the UI speaks. */
export type UiLang = keyof typeof translations;
/** Values that can fill `{placeholders}`. */
export type Vars = Record<string, string | number>;

/** True when `lang` is a UI language we ship strings for. */
export function isUiLang(lang: string): lang is UiLang {
  return Object.hasOwn(translations, lang);
}

/** Fill `{name}` placeholders; unknown placeholders stay visible so gaps are noticed. */
export function format(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(vars, k) ? String(vars[k]) : m));
}

/** Look up a UI string in `lang` (falling back to Indonesian) and fill its placeholders. */
export function translate(lang: string, key: UiKey, vars?: Vars): string {
  const table: Record<UiKey, string> = isUiLang(lang) ? translations[lang] : translations.id;
  return format(table[key] ?? id[key], vars);
}

/** A translator bound to one language: `const t = useTranslations('id'); t('nav.home')`. */
export function useTranslations(lang: string): (key: UiKey, vars?: Vars) => string {
  return (key, vars) => translate(lang, key, vars);
}
