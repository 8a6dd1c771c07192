// Indonesian legal parameters in force since PP 35/2021 (UU 13/2003 as amended
// by Cipta Kerja, UU 6/2023), read with MK decision 168/PUU-XXI/2023.
// Figures from the project research notes on the rights calculators (§1–3).
// Open items there: several PP 35/2021 articles were checked only in secondary
// quotations; re-check against peraturan.bpk.go.id / jdih.kemnaker.go.id, and
// again once the new Manpower Law ordered by MK 168 (due ~Oct 2026) is passed.
import type { LegalParameters } from './types.ts';

const PP = 'PP 35/2021';

/** Legal parameters for Indonesia, PP 35/2021 era. */
export const ID_2021: LegalParameters = {
  version: 'id-2021.1',
  effectiveFrom: '2021-02-02',
  reviewedAt: '2026-02-13',
  sources: [
    {
      id: 'UU 13/2003',
      title: 'Undang-Undang 13/2003 tentang Ketenagakerjaan, sebagaimana diubah UU 6/2023 (Penetapan Perppu 2/2022 tentang Cipta Kerja)',
      effectiveFrom: '2023-03-31',
      note: 'Pasal 156: UP, UPMK, UPH; tambahan 15% penggantian perumahan/pengobatan sudah dihapus.',
    },
    {
      id: PP,
      title: 'Peraturan Pemerintah 35/2021 tentang PKWT, Alih Daya, Waktu Kerja dan Waktu Istirahat, dan Pemutusan Hubungan Kerja',
      effectiveFrom: '2021-02-02',
      url: 'https://online.flipbuilder.com/gxlsw/nhla',
      note: 'Pasal 26–34 (lembur), 40–58 (PHK). Pasal 31(1)–(2), 40(2)d dst., 40(3)–(4), 41–53, 55–56 baru dicek lewat kutipan sekunder.',
    },
    {
      id: 'PP 36/2021',
      title: 'Peraturan Pemerintah 36/2021 tentang Pengupahan',
      effectiveFrom: '2021-02-02',
      note: 'Pasal 17: upah harian = upah bulanan ÷ 25 (6 hari) atau ÷ 21 (5 hari); dipakai untuk menilai hari cuti.',
    },
    {
      id: 'Permenaker 6/2016',
      title: 'Peraturan Menteri Ketenagakerjaan 6/2016 tentang Tunjangan Hari Raya Keagamaan bagi Pekerja/Buruh di Perusahaan',
      effectiveFrom: '2016-03-08',
      note: 'Tanggal dan bunyi Pasal 3(2) belum dicek kata demi kata.',
    },
    {
      id: 'Putusan MK 168/PUU-XXI/2023',
      title: 'Putusan Mahkamah Konstitusi 168/PUU-XXI/2023 (uji materiil UU Cipta Kerja)',
      effectiveFrom: '2024-10-31',
      note: 'Pasal 156(2): tabel UP dibaca "paling sedikit" (batas bawah, bukan batas atas).',
    },
  ],
  overtime: {
    monthlyHoursDivisor: 173,
    hourlyWageArticle: `${PP} Pasal 32`,
    minimumBaseShare: { numerator: 3, denominator: 4 },
    minimumBaseShareArticle: `${PP} Pasal 32 ayat (4)`,
    dailyToMonthly: { 5: 21, 6: 25 },
    dailyToMonthlyArticle: `${PP} Pasal 33 ayat (1)`,
    workdayMaxHoursPerWeek: 18,
    capArticle: `${PP} Pasal 26 ayat (1)`,
    tables: {
      workday: {
        article: `${PP} Pasal 31 ayat (1)`,
        // hour 1: 1.5×, each later hour 2×; the table ends at the 4-hour daily cap (Pasal 26(1)).
        tiers: [
          { upToHour: 1, multiplier: 1.5 },
          { upToHour: 4, multiplier: 2 },
        ],
      },
      restdaySixDay: {
        article: `${PP} Pasal 31 ayat (2) huruf a`,
        tiers: [
          { upToHour: 7, multiplier: 2 },
          { upToHour: 8, multiplier: 3 },
          { upToHour: 11, multiplier: 4 },
        ],
      },
      holidayShortestDay: {
        article: `${PP} Pasal 31 ayat (2) huruf b`,
        tiers: [
          { upToHour: 5, multiplier: 2 },
          { upToHour: 6, multiplier: 3 },
          { upToHour: 9, multiplier: 4 },
        ],
      },
      restdayFiveDay: {
        article: `${PP} Pasal 31 ayat (3)`,
        tiers: [
          { upToHour: 8, multiplier: 2 },
          { upToHour: 9, multiplier: 3 },
          { upToHour: 12, multiplier: 4 },
        ],
      },
    },
  },
  severance: {
    // Pasal 40(2): <1 y → 1 month, +1 month per year, 9 months from 8 y on.
    upBrackets: [
      { minYears: 0, months: 1 },
      { minYears: 1, months: 2 },
      { minYears: 2, months: 3 },
      { minYears: 3, months: 4 },
      { minYears: 4, months: 5 },
      { minYears: 5, months: 6 },
      { minYears: 6, months: 7 },
      { minYears: 7, months: 8 },
      { minYears: 8, months: 9 },
    ],
    // Pasal 40(3): nothing under 3 y; 2, 3, … 8 months per 3-year step; 10 months from 24 y on.
    upmkBrackets: [
      { minYears: 0, months: 0 },
      { minYears: 3, months: 2 },
      { minYears: 6, months: 3 },
      { minYears: 9, months: 4 },
      { minYears: 12, months: 5 },
      { minYears: 15, months: 6 },
      { minYears: 18, months: 7 },
      { minYears: 21, months: 8 },
      { minYears: 24, months: 10 },
    ],
    bracketArticle: `${PP} Pasal 40 ayat (2)–(3)`,
    leaveDayDivisor: { 5: 21, 6: 25 },
    uphArticle: `${PP} Pasal 40 ayat (4)`,
    reasons: {
      '41': { article: `${PP} Pasal 41`, upMultiplier: 1, upmkMultiplier: 1, separationPay: false },
      '42-1': { article: `${PP} Pasal 42 ayat (1)`, upMultiplier: 1, upmkMultiplier: 1, separationPay: false },
      '42-2': { article: `${PP} Pasal 42 ayat (2)`, upMultiplier: 0.5, upmkMultiplier: 1, separationPay: false },
      '43-1': { article: `${PP} Pasal 43 ayat (1)`, upMultiplier: 0.5, upmkMultiplier: 1, separationPay: false },
      '43-2': { article: `${PP} Pasal 43 ayat (2)`, upMultiplier: 1, upmkMultiplier: 1, separationPay: false },
      '44-1': { article: `${PP} Pasal 44 ayat (1)`, upMultiplier: 0.5, upmkMultiplier: 1, separationPay: false },
      '44-2': { article: `${PP} Pasal 44 ayat (2)`, upMultiplier: 1, upmkMultiplier: 1, separationPay: false },
      '45-1': { article: `${PP} Pasal 45 ayat (1)`, upMultiplier: 0.5, upmkMultiplier: 1, separationPay: false },
      '45-2': { article: `${PP} Pasal 45 ayat (2)`, upMultiplier: 0.75, upmkMultiplier: 1, separationPay: false },
      '46-1': { article: `${PP} Pasal 46 ayat (1)`, upMultiplier: 0.5, upmkMultiplier: 1, separationPay: false },
      '46-2': { article: `${PP} Pasal 46 ayat (2)`, upMultiplier: 1, upmkMultiplier: 1, separationPay: false },
      '47': { article: `${PP} Pasal 47`, upMultiplier: 0.5, upmkMultiplier: 1, separationPay: false },
      '48': { article: `${PP} Pasal 48`, upMultiplier: 1, upmkMultiplier: 1, separationPay: false },
      '49': { article: `${PP} Pasal 49`, upMultiplier: 0, upmkMultiplier: 0, separationPay: true },
      '50': { article: `${PP} Pasal 50`, upMultiplier: 0, upmkMultiplier: 0, separationPay: true },
      '51': { article: `${PP} Pasal 51`, upMultiplier: 0, upmkMultiplier: 0, separationPay: true },
      '52-1': { article: `${PP} Pasal 52 ayat (1)`, upMultiplier: 0.5, upmkMultiplier: 1, separationPay: false },
      '52-2': { article: `${PP} Pasal 52 ayat (2)`, upMultiplier: 0, upmkMultiplier: 0, separationPay: true },
      '54-1': { article: `${PP} Pasal 54 ayat (1)`, upMultiplier: 0, upmkMultiplier: 0, separationPay: true },
      '54-2': { article: `${PP} Pasal 54 ayat (2)`, upMultiplier: 0, upmkMultiplier: 1, separationPay: false },
      '55': { article: `${PP} Pasal 55`, upMultiplier: 2, upmkMultiplier: 1, separationPay: false },
      '56': { article: `${PP} Pasal 56`, upMultiplier: 1.75, upmkMultiplier: 1, separationPay: false },
      '57': { article: `${PP} Pasal 57`, upMultiplier: 2, upmkMultiplier: 1, separationPay: false },
    },
  },
  thr: {
    minMonths: 1,
    fullMonths: 12,
    dismissalGraceDays: 30,
    fullArticle: 'Permenaker 6/2016 Pasal 3 ayat (1) huruf a',
    proRataArticle: 'Permenaker 6/2016 Pasal 3 ayat (1) huruf b',
    entitlementArticle: 'Permenaker 6/2016 Pasal 2 ayat (1)',
    terminationArticle: 'Permenaker 6/2016 Pasal 7',
  },
};
