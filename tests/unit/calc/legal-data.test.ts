import { describe, expect, it } from 'vitest';
import { CURRENT_LEGAL, LEGAL_VERSIONS, MESSAGES, REASON_LABELS, message } from '../../../src/lib/calc/index.ts';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

describe('legal parameters are versioned data', () => {
  it('has version, dates and sources', () => {
    expect(LEGAL_VERSIONS[0]).toBe(CURRENT_LEGAL);
    expect(CURRENT_LEGAL.version).toBe('id-2021.1');
    expect(CURRENT_LEGAL.effectiveFrom).toMatch(ISO);
    expect(CURRENT_LEGAL.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['PP 35/2021', 'Permenaker 6/2016', 'Putusan MK 168/PUU-XXI/2023']),
    );
    for (const s of CURRENT_LEGAL.sources) expect(s.effectiveFrom).toMatch(ISO);
  });

  it.each(Object.entries(CURRENT_LEGAL.overtime.tables))('overtime table %s: ascending tiers, quarter multipliers', (_k, table) => {
    const ends = table.tiers.map((t) => t.upToHour);
    expect(ends).toEqual([...ends].sort((a, b) => a - b));
    for (const t of table.tiers) expect(Number.isInteger(t.multiplier * 4)).toBe(true);
  });

  it('has ascending brackets and quarter multipliers for every reason', () => {
    const { upBrackets, upmkBrackets, reasons } = CURRENT_LEGAL.severance;
    for (const b of [upBrackets, upmkBrackets]) expect(b.map((x) => x.minYears)).toEqual([...b.map((x) => x.minYears)].sort((a, c) => a - c));
    expect(Object.keys(reasons)).toHaveLength(23);
    expect(Object.keys(REASON_LABELS)).toEqual(Object.keys(reasons));
    for (const r of Object.values(reasons)) {
      expect(Number.isInteger(r.upMultiplier * 4)).toBe(true);
      expect([0, 1]).toContain(r.upmkMultiplier);
    }
  });
});

describe('messages', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(Object.entries(MESSAGES))('%s has both languages with the same placeholders', (_key, m) => {
    expect(m.id.length).toBeGreaterThan(0);
    expect(m.en.length).toBeGreaterThan(0);
    expect(placeholders(m.id)).toEqual(placeholders(m.en));
  });

  it('renders field keys as labels in each language', () => {
    expect(message('dateOrder', 'id', { later: 'endDate', earlier: 'startDate' })).toBe(
      'Tanggal berakhirnya hubungan kerja tidak boleh sebelum Tanggal mulai kerja.',
    );
    expect(message('dateOrder', 'en', { later: 'endDate', earlier: 'startDate' })).toBe('End date cannot be before Start date.');
  });
});
