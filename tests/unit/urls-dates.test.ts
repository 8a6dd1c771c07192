import { describe, expect, it } from 'vitest';
import { formatDate, toIsoDate } from '../../src/lib/dates.ts';
import { absoluteUrl, ROUTES } from '../../src/lib/urls.ts';

describe('routes', () => {
  it.each([
    [ROUTES.story('upah-naik'), '/berita/upah-naik/'],
    [ROUTES.topic('k3'), '/topik/k3/'],
    [ROUTES.place('karawang'), '/tempat/karawang/'],
    [ROUTES.author('redaksi'), '/penulis/redaksi/'],
    [ROUTES.archive(), '/arsip/'],
    [ROUTES.archive(1), '/arsip/'],
    [ROUTES.archive(4), '/arsip/4/'],
    [ROUTES.poster('upah-naik'), '/cetak/upah-naik/'],
    [ROUTES.tool('pesangon'), '/alat/pesangon/'],
    [ROUTES.topicRss('upah'), '/topik/upah/rss.xml'],
  ])('%s = %s', (got, want) => expect(got).toBe(want));

  it.each([
    ['https://mading.example.org', '/berita/a/', 'https://mading.example.org/berita/a/'],
    ['https://mading.example.org/', '/', 'https://mading.example.org/'],
    ['https://x.org', '/rss.xml', 'https://x.org/rss.xml'],
  ])('absoluteUrl(%s, %s)', (site, p, want) => expect(absoluteUrl(site, p)).toBe(want));
});

describe('dates', () => {
  const d = new Date(Date.UTC(2026, 9, 12));
  it.each([
    ['id', 'long', '12 Oktober 2026'],
    ['en', 'long', '12 October 2026'],
    ['id', 'short', '12 Okt 2026'],
  ] as const)('%s %s', (lang, style, want) => expect(formatDate(d, lang, style)).toBe(want));

  it('uses the calendar day whatever the machine time zone', () => {
    expect(toIsoDate(new Date(Date.UTC(2026, 0, 1)))).toBe('2026-01-01');
    expect(formatDate(new Date(Date.UTC(2026, 0, 1)), 'id')).toBe('1 Januari 2026');
  });
});
