import { describe, expect, it } from 'vitest';
import { cleanShareUrl, getShareLinks, SHARE_SERVICES, whatsappText } from '../../src/lib/share.ts';

const story = { title: 'Lembur & Target: "Kami Bukan Mesin," Kata Buruh 100% Karawang', url: 'https://mading.example.org/berita/lembur-karawang/' };
const links = Object.fromEntries(getShareLinks(story).map((l) => [l.service, new URL(l.href)]));

describe('cleanShareUrl', () => {
  it.each([
    ['https://mading.example.org/berita/a/', 'https://mading.example.org/berita/a/'],
    ['https://mading.example.org/berita/a/?utm_source=wa&utm_medium=x', 'https://mading.example.org/berita/a/'],
    ['https://mading.example.org/berita/a/?fbclid=IwAR0&gclid=1&si=abc', 'https://mading.example.org/berita/a/'],
    ['https://mading.example.org/cari/?q=lembur&utm_campaign=x', 'https://mading.example.org/cari/?q=lembur'],
    ['https://mading.example.org/berita/a/#komentar', 'https://mading.example.org/berita/a/'],
  ])('%s → %s', (input, expected) => {
    expect(cleanShareUrl(input)).toBe(expected);
  });
});

describe('whatsappText', () => {
  it.each([
    ['Mogok', 'https://x.org/a/', '*Mogok*\nhttps://x.org/a/'],
    ['  Dua\n baris  ', 'https://x.org/a/', '*Dua baris*\nhttps://x.org/a/'],
    ['*Tebal* sendiri', 'https://x.org/a/', '*Tebal sendiri*\nhttps://x.org/a/'],
  ])('%j', (title, url, expected) => {
    expect(whatsappText(title, url)).toBe(expected);
  });
});

describe('getShareLinks', () => {
  it('offers every service, in order', () => {
    expect(getShareLinks(story).map((l) => l.service)).toEqual([...SHARE_SERVICES]);
  });

  it.each([
    ['whatsapp', 'https://wa.me/'],
    ['telegram', 'https://t.me/share/url'],
    ['facebook', 'https://www.facebook.com/sharer/sharer.php'],
    ['x', 'https://x.com/intent/tweet'],
  ])('%s opens %s over https', (service, prefix) => {
    expect(`${links[service].origin}${links[service].pathname}`).toBe(prefix);
  });

  it('the WhatsApp message holds the title and the URL', () => {
    const text = links.whatsapp.searchParams.get('text') ?? '';
    expect(text).toContain(story.title);
    expect(text).toContain(story.url);
  });

  it.each([
    ['telegram', { url: story.url, text: story.title }],
    ['facebook', { u: story.url }],
    ['x', { text: story.title, url: story.url }],
  ])('%s gets exactly the story and nothing else', (service, params) => {
    expect(Object.fromEntries(links[service].searchParams)).toEqual(params);
  });

  it('encodes spaces as %20 (a form-encoded + shows up literally in some apps) and escapes & and %', () => {
    for (const { href } of getShareLinks(story)) {
      expect(href).not.toContain('+');
      expect(href).not.toMatch(/ |"/);
    }
    expect(getShareLinks(story)[0].href).toContain('%26%20Target');
    expect(getShareLinks(story)[0].href).toContain('100%25');
  });

  it('never passes tracking parameters on', () => {
    const tracked = getShareLinks({ ...story, url: `${story.url}?utm_source=facebook&fbclid=abc` });
    for (const { href } of tracked) {
      expect(decodeURIComponent(href)).not.toMatch(/utm_|fbclid/);
      expect(decodeURIComponent(href)).toContain(story.url);
    }
  });
});
