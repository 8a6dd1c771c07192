import { describe, expect, it } from 'vitest';
import siteConfig from '../../site.config.ts';
import { defineSiteConfig, SiteConfigError } from '../../src/lib/site-config.ts';
import type { SiteConfigInput } from '../../src/schemas/site-config.ts';

const good: SiteConfigInput = {
  name: 'Kabar Buruh',
  description: 'Berita buruh dari pabrik dan kantor, ditulis oleh pekerja.',
  url: 'https://kabar.example.org/',
  union: { name: 'Serikat Contoh' },
  contact: { email: 'redaksi@example.org' },
  print: { footer: 'Tempel di papan pengumuman.', callToAction: 'Gabung serikat.' },
  cms: { repo: 'serikat/kabar' },
};

describe('site config', () => {
  it('the shipped config is valid', () => {
    expect(siteConfig.lang).toBe('id');
    expect(siteConfig.url).toMatch(/^https:\/\/[^/]+$/);
  });

  it('fills defaults and trims the trailing slash of the URL', () => {
    const c = defineSiteConfig(good);
    expect(c.url).toBe('https://kabar.example.org');
    expect(c.lang).toBe('id');
    expect(c.pageSize).toBe(10);
    expect(c.print.wallSheetCount).toBe(4);
    expect(c.features).toEqual({ search: true, calculators: true, submitForm: true, share: true });
    expect(c.cms.branch).toBe('main');
  });

  it.each([
    [{ url: 'kabar.example.org' }, 'url', 'https://'],
    [{ url: 'https://kabar.example.org/berita' }, 'url', 'tanpa jalur'],
    [{ contact: { email: 'bukan email' } }, 'contact.email', 'alamat email yang sah'],
    [{ lang: 'fr' }, 'lang', 'bahasa harus "id" atau "en"'],
    [{ cms: { repo: 'tanpa-garis-miring' } }, 'cms.repo', 'pemilik/nama'],
    [{ description: 'pendek' }, 'description', '20–200 huruf'],
  ])('%j is refused with a message naming %s', (patch, field, hint) => {
    const attempt = () => defineSiteConfig({ ...good, ...patch } as SiteConfigInput);
    expect(attempt).toThrow(SiteConfigError);
    expect(attempt).toThrow(`“${field}”`);
    expect(attempt).toThrow(hint);
    expect(attempt).toThrow('site.config.ts');
  });

  it('reports every mistake at once', () => {
    try {
      defineSiteConfig({ ...good, url: 'x', contact: { email: 'y' } });
      expect.unreachable();
    } catch (err) {
      expect((err as Error).message.match(/•/g)?.length).toBe(2);
    }
  });
});
