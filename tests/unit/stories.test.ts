import { describe, expect, it } from 'vitest';
import { countWords, getNeighbours, groupBy, isVisible, paginate, readingMinutes, sortStories, type StoryLike } from '../../src/lib/stories.ts';
import { groupedPageParams, pageHref, paginatedParams } from '../../src/lib/paths.ts';
import { toolsForTopics } from '../../src/lib/tools.ts';

const story = (id: string, date: string, extra: Partial<StoryLike['data']> = {}): StoryLike => ({
  id,
  data: { title: id.toUpperCase(), date: new Date(`${date}T00:00:00Z`), topics: ['upah'], place: 'karawang', authors: ['redaksi'], ...extra },
});

describe('sorting and drafts', () => {
  it('sorts newest first, same day by title', () => {
    const s = sortStories([story('b', '2026-01-02'), story('c', '2026-03-01'), story('a', '2026-01-02')]);
    expect(s.map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });

  it.each([
    [false, false, true],
    [true, false, false],
    [true, true, true],
    [false, true, true],
  ])('draft=%s dev=%s → visible=%s', (draft, dev, visible) => {
    expect(isVisible(story('x', '2026-01-01', { draft }), dev)).toBe(visible);
  });

  it('finds newer and older neighbours', () => {
    const s = sortStories([story('a', '2026-01-01'), story('b', '2026-02-01'), story('c', '2026-03-01')]);
    expect(getNeighbours(s, 'b')).toEqual({ newer: s[0], older: s[2] });
    expect(getNeighbours(s, 'c').newer).toBeUndefined();
    expect(getNeighbours(s, 'a').older).toBeUndefined();
    expect(getNeighbours(s, 'zzz')).toEqual({});
  });
});

describe('paging', () => {
  it.each([
    [0, 10, [0]],
    [10, 10, [10]],
    [11, 10, [10, 1]],
    [25, 10, [10, 10, 5]],
  ])('%i items by %i → page sizes %j', (n, size, sizes) => {
    expect(paginate(Array.from({ length: n }, (_, i) => i), size).map((p) => p.length)).toEqual(sizes);
  });

  it('refuses a page size below 1', () => {
    expect(() => paginate([1], 0)).toThrow(RangeError);
  });

  it('puts page 1 at the base URL and later pages under it', () => {
    const params = paginatedParams(Array.from({ length: 21 }, (_, i) => i), 10);
    expect(params.map((p) => [p.page, p.current, p.total])).toEqual([[undefined, 1, 3], ['2', 2, 3], ['3', 3, 3]]);
    expect(pageHref('/arsip/', 1)).toBe('/arsip/');
    expect(pageHref('/arsip/', 3)).toBe('/arsip/3/');
  });

  it('makes one paginated list per group, empty groups included', () => {
    const stories = Array.from({ length: 12 }, (_, i) => story(`s${i}`, '2026-01-01', { topics: i < 11 ? ['upah'] : ['k3'] }));
    const params = groupedPageParams([{ id: 'upah' }, { id: 'k3' }, { id: 'bpjs' }], stories, (s, g) => s.data.topics.includes(g.id), 10);
    expect(params.map((p) => [p.params.id, p.params.page, p.props.items.length, p.props.count])).toEqual([
      ['upah', undefined, 10, 11],
      ['upah', '2', 1, 11],
      ['k3', undefined, 1, 1],
      ['bpjs', undefined, 0, 0],
    ]);
  });

  it('groups a story under every topic it names', () => {
    const g = groupBy([story('a', '2026-01-01', { topics: ['upah', 'lembur'] }), story('b', '2026-01-02')], (s) => s.data.topics);
    expect([...g.keys()].sort()).toEqual(['lembur', 'upah']);
    expect(g.get('upah')?.map((s) => s.id)).toEqual(['a', 'b']);
  });
});

describe('reading time', () => {
  it.each([
    ['Upah naik.', 2],
    ['<PullQuote by="Sari, operator">Kami bukan mesin.</PullQuote>', 3],
    ['Baca [aturan lembur](/berita/lembur/) di sini.', 5],
    ['![Gerbang pabrik](./foto.jpg)\n\n## Judul bagian\n\n- satu\n- dua', 6],
  ])('counts words of %j as %i', (body, words) => {
    expect(countWords(body)).toBe(words);
  });

  it.each([[0, 1], [199, 1], [300, 2], [1500, 8]])('%i words → %i minutes', (words, minutes) => {
    expect(readingMinutes(words)).toBe(minutes);
  });
});

describe('calculator links', () => {
  it.each([
    [['lembur'], ['lembur']],
    [['upah'], ['lembur', 'thr']],
    [['phk', 'lembur'], ['lembur', 'pesangon']],
    [['k3', 'serikat'], []],
  ])('topics %j → tools %j', (topics, tools) => {
    expect(toolsForTopics(topics)).toEqual(tools);
  });
});
