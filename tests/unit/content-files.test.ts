import { describe, expect, it } from 'vitest';
import { findFieldLine, splitFrontmatter, storySlug } from '../../scripts/lib/content-files.ts';

describe('content files', () => {
  it.each([
    ['upah-naik.mdx', 'upah-naik'],
    ['upah-naik/index.mdx', 'upah-naik'],
    ['Upah-Naik/INDEX.MDX', 'upah-naik'],
    ['arsip/2026/upah.mdx', 'arsip/2026/upah'],
  ])('%s → slug %s', (rel, slug) => expect(storySlug(rel)).toBe(slug));

  it('splits front matter and keeps the body line offset', () => {
    const src = '---\ntitle: A\ndate: 2026-01-01\n---\n\nBody line\n';
    const { frontmatter, body, bodyLineOffset } = splitFrontmatter(src);
    expect(frontmatter).toBe('title: A\ndate: 2026-01-01');
    expect(bodyLineOffset).toBe(4);
    expect(body.split('\n')[1]).toBe('Body line');
  });

  it('handles a BOM, CRLF and a missing front matter', () => {
    expect(splitFrontmatter('\uFEFF---\r\ntitle: A\r\n---\r\nIsi').frontmatter).toBe('title: A');
    expect(splitFrontmatter('Tanpa bagian depan').frontmatter).toBeNull();
  });

  it.each([
    [['title'], 2],
    [['cover', 'alt'], 6],
    [['poster', 'points'], 8],
    [['topics', 1], 3],
    [['missing'], undefined],
  ])('finds the line of %j', (path, line) => {
    const fm = 'title: A\ntopics: [a, b]\ncover:\n  src: ./a.jpg\n  alt: B\nposter:\n  points: [x]';
    expect(findFieldLine(fm, path)).toBe(line);
  });
});
