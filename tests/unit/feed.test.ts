import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  decodeEntities, escapeXml, latestChange, makeUrlsAbsolute, renderFeed, sanitizeFeedHtml, toAbsoluteSrcset, toAbsoluteUrl, toFeedHtml,
  type FeedChannel, type FeedEntry,
} from '../../src/lib/feed.ts';

const STORY = 'https://mading.example.org/berita/mogok/';

describe('toAbsoluteUrl', () => {
  it.each([
    ['/_astro/foto.webp', 'https://mading.example.org/_astro/foto.webp'],
    ['/topik/upah/', 'https://mading.example.org/topik/upah/'],
    ['#catatan', 'https://mading.example.org/berita/mogok/#catatan'],
    ['./foto.jpg', 'https://mading.example.org/berita/mogok/foto.jpg'],
    ['../../tentang/', 'https://mading.example.org/tentang/'],
    ['https://jdih.kemnaker.go.id/x?a=1&b=2', 'https://jdih.kemnaker.go.id/x?a=1&b=2'],
    ['//cdn.example.net/a.png', 'https://cdn.example.net/a.png'],
    ['mailto:redaksi@example.org', 'mailto:redaksi@example.org'],
    ['tel:+6281200000000', 'tel:+6281200000000'],
    ['  /spasi/  ', 'https://mading.example.org/spasi/'],
  ])('%s → %s', (input, expected) => {
    expect(toAbsoluteUrl(input, STORY)).toBe(expected);
  });

  it.each(['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', '', '   ', 'http://[::1'])(
    'refuses %j',
    (input) => {
      expect(toAbsoluteUrl(input, STORY)).toBeNull();
    },
  );
});

describe('toAbsoluteSrcset', () => {
  it.each([
    ['/a-360.jpg 360w, /a-720.jpg 720w', 'https://mading.example.org/a-360.jpg 360w, https://mading.example.org/a-720.jpg 720w'],
    ['/a.jpg 1x,/b.jpg 2x', 'https://mading.example.org/a.jpg 1x, https://mading.example.org/b.jpg 2x'],
    ['/a,b.jpg 1x, /c.jpg', 'https://mading.example.org/a,b.jpg 1x, https://mading.example.org/c.jpg'],
    ['/a.jpg,, /b.jpg 2x', 'https://mading.example.org/a.jpg, https://mading.example.org/b.jpg 2x'],
    ['/only.jpg', 'https://mading.example.org/only.jpg'],
    ['javascript:x 1x, /ok.jpg 2x', 'https://mading.example.org/ok.jpg 2x'],
    ['', ''],
  ])('%j', (input, expected) => {
    expect(toAbsoluteSrcset(input, 'https://mading.example.org/berita/x/')).toBe(expected);
  });
});

describe('decodeEntities and escapeXml', () => {
  it.each([
    ['a &amp; b', 'a & b'],
    ['&quot;x&quot; &#39;y&#39;', `"x" 'y'`],
    ['jav&#x61;script:', 'javascript:'],
    ['&#106;avascript', 'javascript'],
    ['&lt;b&gt;', '<b>'],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; stays', '&#0; stays'],
  ])('decodes %j', (input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });

  it('escapes the five XML specials and round-trips', () => {
    const raw = `Upah < UMK & "lembur" 'gratis' >`;
    expect(escapeXml(raw)).toBe('Upah &lt; UMK &amp; &quot;lembur&quot; &#39;gratis&#39; &gt;');
    expect(decodeEntities(escapeXml(raw))).toBe(raw);
  });
});

describe('toFeedHtml', () => {
  it.each([
    // [name, input, expected output]
    ['keeps text structure', '<h2 id="x">Judul</h2><p>Isi <em>penting</em>.</p>', '<h2>Judul</h2><p>Isi <em>penting</em>.</p>'],
    ['makes links absolute', '<a href="/topik/upah/" class="tag" rel="tag">Upah</a>', '<a href="https://mading.example.org/topik/upah/">Upah</a>'],
    ['resolves fragments against the story', '<a href="#fakta">lihat</a>', '<a href="https://mading.example.org/berita/mogok/#fakta">lihat</a>'],
    ['keeps escaped query strings escaped', '<a href="/cari/?q=upah&amp;t=lembur">cari</a>', '<a href="https://mading.example.org/cari/?q=upah&amp;t=lembur">cari</a>'],
    [
      'turns <picture> into its <img> fallback, absolute, without loading hints',
      '<picture><source srcset="/a.avif 360w" type="image/avif"><img src="/a.jpg" srcset="/a-360.jpg 360w, /a-720.jpg 720w" alt="Buruh" loading="lazy" decoding="async" width="720" height="480"></picture>',
      '<img src="https://mading.example.org/a.jpg" srcset="https://mading.example.org/a-360.jpg 360w, https://mading.example.org/a-720.jpg 720w" alt="Buruh" width="720" height="480">',
    ],
    ['drops scripts and styles with their content', '<p>a</p><script>alert(1)</script><style>p{}</style><p>b</p>', '<p>a</p><p>b</p>'],
    ['drops iframes, forms and embeds', '<iframe src="https://evil.example/"></iframe><form><input name="x"></form><object data="x"></object><p>ok</p>', '<p>ok</p>'],
    ['drops event handlers and inline styles', '<p onclick="steal()" style="color:red" data-x="1">teks</p>', '<p>teks</p>'],
    ['drops javascript: links but keeps the text', '<a href="javascript:alert(1)">klik</a>', '<a>klik</a>'],
    ['drops entity-obfuscated javascript: links', '<a href="jav&#x61;script:alert(1)">klik</a>', '<a>klik</a>'],
    ['drops data: images', '<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">', '<img alt="x">'],
    ['unwraps unknown elements, keeping their text', '<p><span class="x">satu</span> <font color="red">dua</font></p>', '<p>satu dua</p>'],
    ['drops custom elements and comments', '<md-copy>x</md-copy><!-- catatan redaksi --><p>y</p>', '<p>y</p>'],
    ['keeps lang, cite and datetime', '<blockquote cite="/sumber/" lang="en"><p>We are not machines.</p></blockquote><time datetime="2026-10-12">12 Okt</time>',
      '<blockquote cite="https://mading.example.org/sumber/" lang="en"><p>We are not machines.</p></blockquote><time datetime="2026-10-12">12 Okt</time>'],
    ['keeps external links as they are', '<a href="https://jdih.kemnaker.go.id/peraturan">PP 35/2021</a>', '<a href="https://jdih.kemnaker.go.id/peraturan">PP 35/2021</a>'],
  ])('%s', (_name, input, expected) => {
    expect(toFeedHtml(input, STORY)).toBe(expected);
  });

  it('renders a pull quote and fact box the way the components do', () => {
    const rendered = '<blockquote class="pullquote">Kami bukan mesin.<footer>— Sari, operator</footer></blockquote><aside class="factbox"><h2>Aturan lembur</h2><ul><li>1,5 kali</li></ul></aside>';
    expect(toFeedHtml(rendered, STORY)).toBe('<blockquote>Kami bukan mesin.<footer>— Sari, operator</footer></blockquote><aside><h2>Aturan lembur</h2><ul><li>1,5 kali</li></ul></aside>');
  });
});

describe('makeUrlsAbsolute and sanitizeFeedHtml separately', () => {
  it('makeUrlsAbsolute only rewrites URLs', () => {
    expect(makeUrlsAbsolute('<a class="x" href="/a/">a</a><img src="b.jpg" alt="">', STORY)).toBe('<a class="x" href="https://mading.example.org/a/">a</a><img src="https://mading.example.org/berita/mogok/b.jpg" alt="">');
  });
  it('sanitizeFeedHtml leaves safe relative URLs alone and removes unsafe ones', () => {
    expect(sanitizeFeedHtml('<a href="/a/" onclick="x()">a</a><a href="javascript:x()">b</a>')).toBe('<a href="/a/">a</a><a>b</a>');
  });
});

describe('latestChange', () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it.each([
    [[], undefined],
    [[{ date: d('2026-10-01') }], d('2026-10-01')],
    [[{ date: d('2026-10-01'), updated: d('2026-10-20') }, { date: d('2026-10-10') }], d('2026-10-20')],
    [[{ date: d('2026-10-01') }, { date: d('2026-11-02'), updated: d('2026-11-01') }], d('2026-11-02')],
  ])('%#', (entries, expected) => {
    expect(latestChange(entries)).toEqual(expected);
  });
});

describe('renderFeed → RSS 2.0', () => {
  const channel: FeedChannel = {
    title: 'Topik Upah & Lembur — Mading <Buruh>',
    description: 'Berita "upah" & lembur',
    pageUrl: 'https://mading.example.org/topik/upah/',
    feedUrl: 'https://mading.example.org/topik/upah/rss.xml',
    lang: 'id',
  };
  const entry = (n: number, extra: Partial<FeedEntry> = {}): FeedEntry => ({
    url: `https://mading.example.org/berita/cerita-${n}/`,
    title: `Cerita ${n}`,
    lede: `Ringkasan cerita ${n} yang cukup panjang.`,
    date: new Date(Date.UTC(2026, 9, 20 - n)),
    authors: ['Mawar Merah'],
    categories: ['Upah'],
    lang: 'id',
    html: `<p>Isi cerita ${n}.</p>`,
    ...extra,
  });
  const tricky = entry(0, {
    title: `Upah < UMK & "Lembur" Tak Dibayar: 'Kami Bukan Mesin'`,
    authors: ['Mawar & Melati', 'Jangkar <Redaksi>', '0812'],
    categories: ['Upah & Lembur', 'K3'],
    html: '<p>Upah &lt; UMK &amp; <a href="https://mading.example.org/alat/lembur/">hitung</a></p><p>]]&gt; tetap aman</p>',
  });
  const english = entry(1, { lang: 'en', html: '<p>We are not machines.</p>' });
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ['item', 'category', 'dc:creator'].includes(name) });

  async function parse(entries: FeedEntry[], limit = 30) {
    const xml = await renderFeed(channel, entries, limit);
    return { xml, doc: parser.parse(xml) };
  }

  it('is RSS 2.0 with the channel language, self link and build date', async () => {
    const { doc } = await parse([tricky, english, entry(2)]);
    expect(doc.rss['@_version']).toBe('2.0');
    expect(doc.rss['@_xmlns:content']).toBe('http://purl.org/rss/1.0/modules/content/');
    expect(doc.rss['@_xmlns:dc']).toBe('http://purl.org/dc/elements/1.1/');
    const ch = doc.rss.channel;
    expect(ch.title).toBe(channel.title);
    expect(ch.description).toBe(channel.description);
    expect(ch.link).toBe(channel.pageUrl);
    expect(ch.language).toBe('id');
    expect(ch['atom:link']).toMatchObject({ '@_href': channel.feedUrl, '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(ch.lastBuildDate).toBe(tricky.date.toUTCString());
  });

  it('escapes titles, authors, categories and content so they parse back exactly', async () => {
    const { xml, doc } = await parse([tricky]);
    expect(xml).not.toContain('<Redaksi>');
    expect(xml).not.toMatch(/<p>Upah/);
    const [item] = doc.rss.channel.item;
    expect(item.title).toBe(tricky.title);
    expect(item['dc:creator']).toEqual(['Mawar & Melati', 'Jangkar <Redaksi>', '0812']);
    expect(item.category).toEqual(['Upah & Lembur', 'K3']);
    expect(item['content:encoded']).toBe(tricky.html);
    expect(item.description).toBe(tricky.lede);
  });

  it('gives each item link, permalink guid, pubDate and full content', async () => {
    const { doc } = await parse([entry(1), entry(2)]);
    const [a, b] = doc.rss.channel.item;
    expect(a.link).toBe('https://mading.example.org/berita/cerita-1/');
    expect(a.guid).toEqual({ '#text': a.link, '@_isPermaLink': 'true' });
    expect(a.pubDate).toBe('Mon, 19 Oct 2026 00:00:00 GMT');
    expect(a['content:encoded']).toBe('<p>Isi cerita 1.</p>');
    expect(b.link).toBe('https://mading.example.org/berita/cerita-2/');
  });

  it('marks the language of stories written in another language', async () => {
    const { doc } = await parse([english]);
    expect(doc.rss.channel.item[0]['content:encoded']).toBe('<div lang="en"><p>We are not machines.</p></div>');
  });

  it.each([
    [5, 3, 3],
    [2, 3, 2],
    [0, 3, 0],
  ])('with %i entries and limit %i carries %i items', async (count, limit, expected) => {
    const { doc } = await parse(Array.from({ length: count }, (_, i) => entry(i + 1)), limit);
    expect(doc.rss.channel.item ?? []).toHaveLength(expected);
    if (count === 0) expect(doc.rss.channel.lastBuildDate).toBeUndefined();
  });
});
