import { describe, expect, it } from 'vitest';
import { buildSearchKeywords, recoverRoots, rootCandidates, wordsOf } from '../../src/lib/search-roots.ts';
import { isEmptySearch, normaliseQuery, parseSearchState, toPagefindArgs, toSearchString, type SearchState } from '../../src/lib/search-query.ts';
import { isQueryFound, isRealMatch, longestCommonRun, matchedWords, queryTerms } from '../../src/lib/search-match.ts';

describe('root recovery for the Snowball gaps', () => {
  it.each([
    // word, roots that must be offered (Snowball alone yields the stem in the comment)
    ['pemogokan', ['mogokan']], // → "pogok"
    ['memogokkan', ['mogokkan']],
    ['menulis', ['tulis']], // → "ulis"
    ['penulis', ['tulis']],
    ['menuntut', ['tuntut']],
    ['menolak', ['tolak']],
    ['penambang', ['tambang']],
    ['mengirim', ['kirim']], // → "irim"
    ['pengiriman', ['kiriman']],
    ['mengerjakan', ['kerjakan']],
    ['meminta', ['minta']], // → "pinta"
    ['perundingan', ['rundingan']], // → "unding"
    ['perawat', ['rawat']],
    ['pemutusan', ['mutusan']], // harmless extra: Snowball already gets "putus" itself
  ])('%s → %j', (word, roots) => {
    expect(rootCandidates(word)).toEqual(roots);
  });

  it.each([
    ['mogok', 'a bare root'],
    ['kampanye', 'no prefix'],
    ['berkampanye', 'ber- is handled by Snowball'],
    ['berita', 'ber- + r-root guesses collide with names ("rita")'],
    ['menjual', 'men- before a consonant is handled by Snowball'],
    ['dipecat', 'di- is handled by Snowball'],
    ['memo', 'too short'],
  ])('%s → nothing (%s)', (word) => {
    expect(rootCandidates(word)).toEqual([]);
  });

  it('recovers each root once, leaving out words the text already has', () => {
    const text = 'Pemogokan itu panjang. Pemogokan berhasil. Mereka menulis surat, lalu tulis lagi.';
    expect(recoverRoots(text)).toEqual(['mogokan']);
  });

  it('splits words on anything but letters and digits', () => {
    expect(wordsOf('K3 & PHK: "Upah" (2026)')).toEqual(['k3', 'phk', 'upah', '2026']);
  });

  it('builds the keyword string from topics, place and recovered roots, without repeats', () => {
    const keywords = buildSearchKeywords({
      topicLabels: ['Serikat', 'PHK & Pesangon'],
      topicKeywords: ['serikat', 'runding', 'phk', 'putus'],
      place: { name: 'Bandung', province: 'Jawa Barat' },
      text: 'Kisah pemogokan di pabrik tenun',
    });
    expect(keywords).toBe('serikat phk pesangon runding putus bandung jawa barat mogokan');
  });
});

describe('search state in the address', () => {
  const empty: SearchState = { query: '', topic: '', place: '', sort: 'relevance' };

  it.each([
    ['', empty],
    ['?q=lembur', { ...empty, query: 'lembur' }],
    ['?q=%20%20uang%20%20pesangon%20', { ...empty, query: 'uang pesangon' }],
    ['?q=bpjs&topik=bpjs&tempat=bandung&urut=baru', { query: 'bpjs', topic: 'bpjs', place: 'bandung', sort: 'newest' }],
    ['?urut=lama&topik=phk', { ...empty, topic: 'phk', sort: 'oldest' }],
    ['?topik=<script>&tempat=Bandung&urut=acak', empty],
  ] as const)('parse %j', (search, state) => {
    expect(parseSearchState(search)).toEqual(state);
  });

  it.each([
    [empty, ''],
    [{ ...empty, query: 'lembur' }, '?q=lembur'],
    [{ query: 'uang pesangon', topic: 'phk', place: 'jakarta', sort: 'oldest' }, '?q=uang+pesangon&topik=phk&tempat=jakarta&urut=lama'],
  ] as const)('write %j → %j, and read it back', (state, search) => {
    expect(toSearchString(state)).toBe(search);
    expect(parseSearchState(search)).toEqual(state);
  });

  it('caps the query length', () => {
    expect(normaliseQuery('a'.repeat(300))).toHaveLength(100);
  });

  it('knows when there is nothing to search', () => {
    expect(isEmptySearch(empty)).toBe(true);
    expect(isEmptySearch({ ...empty, sort: 'newest' })).toBe(true);
    expect(isEmptySearch({ ...empty, place: 'batam' })).toBe(false);
  });

  it.each([
    [{ ...empty, query: 'lembur' }, { term: 'lembur', options: { filters: {} } }],
    [{ ...empty, query: 'upah', topic: 'upah', sort: 'newest' }, { term: 'upah', options: { filters: { topik: 'upah' }, sort: { date: 'desc' } } }],
    [{ ...empty, place: 'bandung' }, { term: null, options: { filters: { tempat: 'bandung' }, sort: { date: 'desc' } } }],
    [{ ...empty, place: 'bandung', sort: 'oldest' }, { term: null, options: { filters: { tempat: 'bandung' }, sort: { date: 'asc' } } }],
  ] as const)('Pagefind arguments for %j', (state, args) => {
    expect(toPagefindArgs(state)).toEqual(args);
  });
});

describe('telling real matches from Pagefind backtracking', () => {
  it.each([
    ['lembur', 'lembur', true],
    ['lemb', 'lembur', true], // still typing
    ['berkampanye', 'kampanye', true], // stemmed
    ['pengupahan', 'upah', true],
    ['mogok', 'mogokan', true],
    ['karawangg', 'karawang', true], // a typo Pagefind forgives
    ['phk', 'phk', true],
    ['k3', 'k3', true],
    ['xyzzy', 'x', false], // backtracked to "x"
    ['kucing', 'kurus', false], // backtracked to "ku"
    ['phx', 'phk', false],
  ] as const)('%s vs %s → %s', (term, word, real) => {
    expect(isRealMatch(term, word)).toBe(real);
  });

  it('measures the longest shared run', () => {
    expect(longestCommonRun('berkampanye', 'kampanyenya')).toBe(8);
    expect(longestCommonRun('abc', 'xyz')).toBe(0);
  });

  it('splits queries like the index does', () => {
    expect(queryTerms('  Upah, THR & BPJS!  ')).toEqual(['upah', 'thr', 'bpjs']);
  });

  const evidence = {
    content: 'Helm Bukan Hiasan. Pekerja bangunan memulai kampanye: 2 x 24 jam.',
    locations: [6],
    metaFields: ['keywords'],
    meta: { keywords: 'k3 mogokan kurus', title: 'Helm Bukan Hiasan' },
  };

  it('collects the words a result matched, in the body and in matched metadata', () => {
    expect(matchedWords(evidence)).toEqual(['kampanye', 'k3', 'mogokan', 'kurus']);
  });

  it.each([
    ['kampanye', true],
    ['berkampanye', true],
    ['mogok', true],
    ['kampanye mogok', true],
    ['kucing', false],
    ['kampanye kucing', false],
    ['', true],
  ])('query %j found → %s', (query, found) => {
    expect(isQueryFound(query, [evidence])).toBe(found);
  });
});
