import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { describeProblem, formatProblems, issuesToProblems, showValue } from '../../src/lib/problems.ts';
import { createStorySchema } from '../../src/schemas/story.ts';

const Story = createStorySchema(z.string());
const base = { title: 'Judul yang cukup panjang', lede: 'Ringkasan yang cukup panjang untuk lolos.', date: '2026-10-01', authors: ['redaksi'], place: 'karawang', topics: ['upah'] };
const problemsOf = (data: unknown) => {
  const r = Story.safeParse(data);
  return r.success ? [] : issuesToProblems(r.error.issues, data, 'f.mdx');
};

describe('schema issues become author-facing problems', () => {
  it.each([
    [{ ...base, title: 'Pendek' }, 'err.string.short', 'title', 'Kolom “title” terlalu pendek (6 huruf); minimal 8 huruf.'],
    [{ ...base, title: undefined }, 'err.required', 'title', 'Kolom “title” wajib diisi tetapi tidak ada.'],
    [{ ...base, topics: [] }, 'err.list.short', 'topics', 'Daftar “topics” harus berisi paling sedikit 1 isian.'],
    [{ ...base, topics: 'upah' }, 'err.type', 'topics', 'Kolom “topics” isinya salah jenis: seharusnya daftar, misalnya [a, b].'],
    [{ ...base, place: 'Kota Karawang' }, 'err.id.format', 'place', 'Isian “place” bukan kode yang sah.'],
    [{ ...base, date: '1 Oktober 2026' }, 'err.date.format', 'date', 'Tanggal di kolom “date” tidak bisa dibaca.'],
    [{ ...base, draft: 'yes' }, 'err.boolean', 'draft', 'Kolom “draft” harus `true` atau `false`.'],
    [{ ...base, cover: { src: './a.jpg' } }, 'err.alt.missing', 'cover.alt', 'Gambar sampul tidak punya teks alternatif (alt).'],
    [{ ...base, poster: { points: ['a1', 'b2', 'c3', 'd4', 'e5', 'f6'] } }, 'err.list.long', 'poster.points', 'Daftar “poster.points” berisi terlalu banyak isian; maksimal 5.'],
    [{ ...base, updated: '2026-09-01' }, 'err.updated.beforeDate', 'updated', 'Tanggal “updated” (2026-09-01) lebih awal daripada “date” (2026-10-01).'],
  ])('%j → %s on %s', (data, key, field, what) => {
    const p = problemsOf(data).find((x) => x.field === field);
    expect(p?.key).toBe(key);
    expect(describeProblem(p!, 'id').what).toBe(what);
  });

  it('accepts a good story and defaults draft to false', () => {
    const r = Story.parse(base);
    expect(r.draft).toBe(false);
    expect(r.date).toEqual(new Date('2026-10-01T00:00:00Z'));
  });

  it('shows values the way a writer typed them', () => {
    expect(showValue('Upah', 'id')).toBe('"Upah"');
    expect(showValue(undefined, 'id')).toBe('(kosong)');
    expect(showValue(['a', 'b'], 'en')).toBe('["a","b"]');
    expect(showValue(new Date('2026-01-02T00:00:00Z'), 'id')).toBe('2026-01-02');
    expect(showValue('x'.repeat(200), 'id').length).toBeLessThan(130);
  });

  it('formats a report grouped by file with a closing count', () => {
    const text = formatProblems([...problemsOf({ ...base, title: 'x' }), { file: 'b.mdx', line: 3, key: 'err.mdx.lt' }], 'id');
    expect(text).toMatch(/^✗ b\.mdx\n {2}baris 3: Tanda `<`/);
    expect(text).toContain('✗ f.mdx');
    expect(text.trim().split('\n').at(-1)).toBe('Ditemukan 2 masalah di 2 berkas. Perbaiki semuanya lalu jalankan lagi `npm run check`.');
  });
});
