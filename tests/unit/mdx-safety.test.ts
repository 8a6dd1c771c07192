// Contributor MDX is data, not code: every construct that could run code, load
// another site or hide what a link says is refused, with its line. Parsed by
// the build's own MDX parser, so the check and the build cannot disagree.
import { describe, expect, it } from 'vitest';
import { checkStoryBody, findHiddenCharacters, isDangerousUrl, isOutbound, normaliseUrl, STORY_COMPONENTS } from '../../src/lib/mdx-safety.ts';

const keysOf = (body: string) => checkStoryBody(body).problems.map((p) => p.key);

describe('isDangerousUrl', () => {
  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    '&#106;avascript:alert(1)',
    '&#0000106avascript:alert(1)',
    '&#x6A;avascript&#58;alert(1)',
    'javascript&colon;alert(1)',
    'jav&Tab;ascript:alert(1)',
    '%6a%61vascript:alert(1)',
    '&amp;#106;avascript:alert(1)'.replace('&amp;', '&'),
    'java\u200bscript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
    'file:///etc/passwd',
    'blob:https://mading.example.org/1234',
  ])('refuses %j', (url) => {
    expect(isDangerousUrl(url)).toBe(true);
  });

  it.each(['https://example.org/javascript:', '/berita/javascript-itu-apa/', './foto.jpg', 'mailto:redaksi@example.org', '#catatan', 'tel:+6221555', 'https://wa.me/?text=javascript%3A'])('allows %j', (url) => {
    expect(isDangerousUrl(url)).toBe(false);
  });

  it('normalises the way a browser reads the scheme', () => {
    expect(normaliseUrl('&#x4A;ava&#x0A;Script&colon;x')).toBe('javascript:x');
    expect(normaliseUrl('&#99999999;x')).toBe('x');
  });
});

describe('checkStoryBody: forbidden constructs', () => {
  // Every tag that runs code, restyles the page, embeds or loads another site.
  const tags = ['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'applet', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select', 'svg', 'math', 'noscript', 'template', 'video', 'audio', 'source', 'track', 'portal', 'img', 'picture'];
  it.each(tags)('<%s> is forbidden', (tag) => {
    expect(keysOf(`Isi.\n\n<${tag} />\n`)).toContain('err.mdx.forbiddenTag');
  });

  it.each([
    ['import', 'import x from "y"', 'err.mdx.import'],
    ['export', 'export const x = fetch("https://jahat.example/")', 'err.mdx.import'],
    ['export after text', 'Teks.\n\nexport default function X() {}', 'err.mdx.import'],
    ['flow expression', '{1 + 1}', 'err.mdx.expression'],
    ['text expression', 'Upah naik {10%}.', 'err.mdx.expression'],
    ['JSX comment', '{/* catatan */}', 'err.mdx.expression'],
    ['HTML comment', 'Isi <!-- catatan --> lanjut.', 'err.mdx.comment'],
    ['comment trick', 'Isi <!--><script>alert(1)</script>--> selesai.', 'err.mdx.comment'],
    ['onclick', '<PullQuote onClick="alert(1)">q</PullQuote>', 'err.mdx.handler'],
    ['ONMOUSEOVER', '<PullQuote ONMOUSEOVER="alert(1)">q</PullQuote>', 'err.mdx.handler'],
    ['attribute expression', '<PullQuote by={window.name}>q</PullQuote>', 'err.mdx.attrExpression'],
    ['spread', '<PullQuote {...props}>q</PullQuote>', 'err.mdx.attrExpression'],
    ['unknown component', '<Peta kota="Bandung" />', 'err.mdx.unknownTag'],
    ['raw link', '<a href="https://jahat.example/">x</a>', 'err.mdx.unknownTag'],
    ['fragment', '<>x</>', 'err.mdx.unknownTag'],
    ['member component', '<Foo.Bar />', 'err.mdx.unknownTag'],
    ['unknown attribute', '<PullQuote style="color:red">q</PullQuote>', 'err.mdx.unknownAttr'],
    ['javascript link', '[x](javascript:alert(1))', 'err.mdx.url'],
    ['entity-encoded link', '[x](&#x6A;avascript&#58;alert(1))', 'err.mdx.url'],
    ['angle-bracket link', '[x](<javascript:alert(1)>)', 'err.mdx.url'],
    ['reference link', '[x][1]\n\n[1]: javascript:alert(1)', 'err.mdx.url'],
    ['data image', '![x](data:image/svg+xml;base64,PHN2Zz4=)', 'err.mdx.url'],
    ['javascript attribute', '<Figure caption="javascript:alert(1)">x</Figure>', 'err.mdx.url'],
    ['image without alt', '![](./foto.jpg)', 'err.mdx.imageAlt'],
    ['referenced image without alt', '![][f]\n\n[f]: ./foto.jpg', 'err.mdx.imageAlt'],
    ['h1', '# Judul kedua', 'err.mdx.heading'],
    ['bare <', 'Upah <UMK', 'err.mdx.lt'],
    ['autolink', '<https://example.org>', 'err.mdx.lt'],
    ['unclosed tag', '<PullQuote by="x">q', 'err.mdx.unclosed'],
    ['stray closing tag', '</PullQuote>', 'err.mdx.syntax'],
    ['unclosed brace', 'Upah {naik', 'err.mdx.expression'],
    ['bidi override', 'Pekerja \u202Eakaranak\u202C menuntut.', 'err.controlChar'],
    ['escape character', 'Isi \u001b[31m merah.', 'err.controlChar'],
    ['NUL', 'Isi\u0000.', 'err.controlChar'],
  ])('%s is refused', (_name, body, key) => {
    expect(keysOf(body)).toContain(key);
  });

  it('reports every problem with the line in the file', () => {
    const body = '\nParagraf.\n\n<script>alert(1)</script>\n\n[a](javascript:x)\n';
    const { problems } = checkStoryBody(body, 8);
    expect(problems.map((p) => [p.key, p.line])).toEqual(expect.arrayContaining([['err.mdx.forbiddenTag', 12]]));
  });

  it('lists every forbidden tag even when the parser stops at the first syntax error', () => {
    const { problems } = checkStoryBody('<style>body { display: none }</style>\n\n<iframe src="https://jahat.example/"></iframe>\n');
    expect(problems.filter((p) => p.key === 'err.mdx.forbiddenTag').map((p) => [p.value, p.line])).toEqual([['style', 1], ['iframe', 3]]);
  });

  it('quotes the braces a writer typed', () => {
    expect(checkStoryBody('Upah naik {10%} tahun ini.').problems).toContainEqual(expect.objectContaining({ key: 'err.mdx.expression', value: '{10%}' }));
  });
});

describe('checkStoryBody: what is allowed', () => {
  it('passes plain Markdown and the story components, and lists the images', () => {
    const body = [
      'Pekerja menuntut upah. Upah < UMK tidak boleh; tulis `<script>` dan `{x}` di kode.',
      '',
      '## Tuntutan',
      '',
      '- Lembur dibayar',
      '- [Aturan](https://peraturan.example/pp-35-2021) dan [arsip](/arsip/)',
      '',
      '<PullQuote by="Sari, operator">Kami bukan mesin.</PullQuote>',
      '',
      '<FactBox title="Fakta">',
      '',
      '- Satu',
      '',
      '</FactBox>',
      '',
      '<Figure caption="Gerbang" credit="Foto: Redaksi">',
      '',
      '![Gerbang pabrik](./gerbang.jpg)',
      '',
      '</Figure>',
      '',
      '```html',
      '<script>alert("contoh di kode")</script>',
      '<!-- komentar di kode -->',
      '```',
    ].join('\n');
    const report = checkStoryBody(body, 9);
    expect(report.problems).toEqual([]);
    expect(report.images).toEqual([{ src: './gerbang.jpg', alt: 'Gerbang pabrik', line: 27 }]);
    expect(report.words).toBeGreaterThan(20);
  });

  it('resolves referenced images so remote ones can be refused by the image check', () => {
    expect(checkStoryBody('![Foto][f]\n\n[f]: https://pelacak.example/p.gif').images).toEqual([{ src: 'https://pelacak.example/p.gif', alt: 'Foto', line: 1 }]);
  });

  it('allows exactly the documented components and attributes', () => {
    expect(STORY_COMPONENTS).toEqual({ PullQuote: ['by'], FactBox: ['title'], Figure: ['caption', 'credit'] });
  });
});

describe('findHiddenCharacters', () => {
  it('names the code point and the line, and leaves ordinary text alone', () => {
    expect(findHiddenCharacters('baik\nada \u2066 di sini\nbaik juga\r\n\tjuga', 2)).toEqual([{ key: 'err.controlChar', line: 3, value: 'U+2066' }]);
    expect(findHiddenCharacters('Emoji 👩‍🏭 dan “kutip” — tanda pisah')).toEqual([]);
  });
});

describe('isOutbound', () => {
  const site = 'https://mading.example.org';
  it.each([
    ['https://peraturan.example/', true],
    ['//peraturan.example/x', true],
    ['http://mading.example.org/berita/x/', true],
    ['mailto:redaksi@example.org', true],
    ['https://mading.example.org/berita/x/', false],
    ['/berita/x/', false],
    ['#catatan', false],
    ['../arsip/', false],
  ])('%s → %s', (href, outbound) => {
    expect(isOutbound(href, site)).toBe(outbound);
  });
});
