import { describe, expect, it } from 'vitest';
import { format, translate, translations, useTranslations } from '../../src/i18n/index.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('English has exactly the Indonesian keys', () => {
    expect(Object.keys(translations.en).sort()).toEqual(Object.keys(translations.id).sort());
  });

  it.each(Object.keys(translations.id))('%s uses the same placeholders in every language', (key) => {
    const k = key as keyof typeof translations.id;
    expect(placeholders(translations.en[k])).toEqual(placeholders(translations.id[k]));
    expect(translations.en[k].trim()).not.toBe('');
  });

  it('every problem message has a fix', () => {
    const keys = Object.keys(translations.id);
    const problems = keys.filter((k) => k.startsWith('err.') && !k.endsWith('.fix'));
    for (const k of problems) expect(keys, k).toContain(`${k}.fix`);
  });

  it.each([
    ['id', 'nav.home', undefined, 'Beranda'],
    ['en', 'nav.home', undefined, 'Home'],
    ['fr', 'nav.home', undefined, 'Beranda'],
    ['id', 'story.readingTime', { minutes: 4 }, '4 menit baca'],
    ['en', 'list.count', { count: 12 }, '12 stories'],
  ] as const)('translate(%s, %s) → %s', (lang, key, vars, expected) => {
    expect(translate(lang, key, vars)).toBe(expected);
  });

  it('leaves unknown placeholders visible so gaps get noticed', () => {
    expect(format('Halo {nama}, {x}', { nama: 'Sari' })).toBe('Halo Sari, {x}');
    expect(useTranslations('en')('footer.publishedBy', { union: 'FSPC' })).toBe('Published by FSPC.');
  });
});
