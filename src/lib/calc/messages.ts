// Every worker-facing string of the calculators, in Indonesian (default) and
// English, keyed so the UI can translate or override them in one place.

import type { LegalParameters, SeveranceReason } from '../../data/legal/types.ts';
import { fill } from './core/errors.ts';
import type { Say } from './core/errors.ts';
import type { OvertimeDayType } from './core/overtime.ts';

export { CalcError } from './core/errors.ts';
export type { Say } from './core/errors.ts';

/** Languages the calculators speak. */
export type Lang = 'id' | 'en';

/** Text in both languages. */
export type Bilingual = { id: string; en: string };

/** Labels of input fields, used inside error messages. */
export const FIELD_LABELS = {
  basic: { id: 'Gaji pokok', en: 'Basic wage' },
  fixedAllowances: { id: 'Tunjangan tetap', en: 'Fixed allowances' },
  variableAllowances: { id: 'Tunjangan tidak tetap', en: 'Variable allowances' },
  dailyWage: { id: 'Upah harian', en: 'Daily wage' },
  monthlyWage: { id: 'Upah sebulan', en: 'Monthly wage' },
  travelCost: { id: 'Ongkos pulang', en: 'Return travel cost' },
  separationPay: { id: 'Uang pisah', en: 'Separation pay' },
  leaveDays: { id: 'Sisa cuti', en: 'Untaken leave' },
  startDate: { id: 'Tanggal mulai kerja', en: 'Start date' },
  endDate: { id: 'Tanggal berakhirnya hubungan kerja', en: 'End date' },
  holidayDate: { id: 'Tanggal hari raya', en: 'Holiday date' },
  workWeek: { id: 'Pola kerja', en: 'Work week' },
  dayType: { id: 'Jenis hari', en: 'Day type' },
  hours: { id: 'Jam lembur', en: 'Overtime hours' },
  reason: { id: 'Alasan PHK', en: 'Reason for termination' },
  contract: { id: 'Jenis kontrak', en: 'Contract type' },
  endedBy: { id: 'Yang mengakhiri hubungan kerja', en: 'Who ended the employment' },
} as const satisfies Record<string, Bilingual>;

/** Labels of the overtime day types. */
export const DAY_TYPE_LABELS: Record<OvertimeDayType, Bilingual> = {
  workday: { id: 'Hari kerja', en: 'Workday' },
  restday: { id: 'Hari istirahat mingguan', en: 'Weekly rest day' },
  holiday: { id: 'Hari libur resmi', en: 'Public holiday' },
  'holiday-shortest-day': {
    id: 'Hari libur resmi yang jatuh pada hari kerja terpendek (pola 6 hari kerja)',
    en: 'Public holiday on the shortest workday (6-day week)',
  },
};

/** Labels of the termination reasons (PP 35/2021 articles). */
export const REASON_LABELS: Record<SeveranceReason, Bilingual> = {
  '41': {
    id: 'Penggabungan, peleburan, atau pemisahan perusahaan; pekerja tidak bersedia melanjutkan atau pengusaha tidak bersedia menerima',
    en: 'Merger, consolidation or split; the worker will not continue or the employer will not keep the worker',
  },
  '42-1': { id: 'Pengambilalihan perusahaan', en: 'Takeover of the company' },
  '42-2': {
    id: 'Pengambilalihan yang mengubah syarat kerja; pekerja tidak bersedia melanjutkan',
    en: 'Takeover that changes working terms; the worker will not continue',
  },
  '43-1': { id: 'Efisiensi karena perusahaan merugi', en: 'Efficiency because the company is making losses' },
  '43-2': { id: 'Efisiensi untuk mencegah kerugian', en: 'Efficiency to prevent losses' },
  '44-1': { id: 'Perusahaan tutup karena merugi terus-menerus selama 2 tahun', en: 'Closure after continuous losses for 2 years' },
  '44-2': { id: 'Perusahaan tutup bukan karena merugi', en: 'Closure not due to losses' },
  '45-1': { id: 'Keadaan memaksa (force majeure) yang membuat perusahaan tutup', en: 'Force majeure causing closure' },
  '45-2': { id: 'Keadaan memaksa (force majeure) yang tidak membuat perusahaan tutup', en: 'Force majeure without closure' },
  '46-1': { id: 'PKPU (penundaan kewajiban pembayaran utang) karena merugi', en: 'Debt moratorium (PKPU) due to losses' },
  '46-2': { id: 'PKPU bukan karena merugi', en: 'Debt moratorium (PKPU) not due to losses' },
  '47': { id: 'Perusahaan pailit', en: 'Bankruptcy' },
  '48': {
    id: 'Pekerja mengajukan PHK karena pengusaha melakukan perbuatan dalam Pasal 36 huruf g',
    en: 'The worker asks for termination because of employer misconduct (Art. 36 letter g)',
  },
  '49': {
    id: 'Lembaga PPHI memutuskan pengusaha tidak melakukan perbuatan yang diadukan pekerja',
    en: 'The dispute body rules the employer did not commit the misconduct the worker alleged',
  },
  '50': { id: 'Pekerja mengundurkan diri atas kemauan sendiri', en: 'The worker resigns' },
  '51': {
    id: 'Mangkir 5 hari kerja atau lebih berturut-turut setelah dipanggil 2 kali secara tertulis',
    en: 'Absent 5 or more consecutive workdays after two written summonses',
  },
  '52-1': {
    id: 'Melanggar PK, PP, atau PKB setelah surat peringatan pertama, kedua, dan ketiga',
    en: 'Breach of the contract, company regulation or collective agreement after first, second and third warnings',
  },
  '52-2': {
    id: 'Pelanggaran bersifat mendesak yang diatur dalam PK, PP, atau PKB',
    en: 'Urgent breach defined in the contract, company regulation or collective agreement',
  },
  '54-1': {
    id: 'Ditahan pihak berwajib dan menimbulkan kerugian perusahaan',
    en: 'Detained by the authorities, causing the company a loss',
  },
  '54-2': {
    id: 'Ditahan pihak berwajib selama 6 bulan, tanpa kerugian perusahaan',
    en: 'Detained by the authorities for 6 months, with no loss to the company',
  },
  '55': {
    id: 'Sakit berkepanjangan atau cacat akibat kecelakaan kerja, tidak dapat bekerja lebih dari 12 bulan',
    en: 'Long-term illness or work-accident disability, unable to work for more than 12 months',
  },
  '56': { id: 'Memasuki usia pensiun', en: 'Retirement' },
  '57': { id: 'Pekerja meninggal dunia', en: 'Death of the worker' },
};

/** Field keys that have a label. */
export type FieldKey = keyof typeof FIELD_LABELS;

/** Message templates; `{name}` placeholders are filled from params. */
export const MESSAGES = {
  // Errors (thrown as CalcError)
  required: {
    id: '{field} wajib diisi.',
    en: '{field} is required.',
  },
  chooseOne: {
    id: 'Pilih salah satu: {field}.',
    en: 'Choose one: {field}.',
  },
  unreadableMoney: {
    id: '{field} tidak terbaca sebagai jumlah rupiah (diterima: "{value}"). Tulis angkanya saja, misalnya 5.000.000 atau 5000000.',
    en: '{field} cannot be read as a rupiah amount (got: "{value}"). Write the number only, e.g. 5,000,000 or 5000000.',
  },
  noOvertimeDays: {
    id: 'Isi jam lembur paling sedikit untuk satu hari.',
    en: 'Enter overtime hours for at least one day.',
  },
  invalidMoney: {
    id: '{field} harus berupa jumlah rupiah bulat yang tidak negatif (diterima: {value}).',
    en: '{field} must be a whole, non-negative rupiah amount (got: {value}).',
  },
  moneyTooLarge: {
    id: '{field} terlalu besar (paling banyak Rp1.000.000.000.000).',
    en: '{field} is too large (at most Rp1,000,000,000,000).',
  },
  invalidDate: {
    id: '{field} harus tanggal yang ada, dengan format TTTT-BB-HH (diterima: "{value}").',
    en: '{field} must be a real date in YYYY-MM-DD format (got: "{value}").',
  },
  dateOrder: {
    id: '{later} tidak boleh sebelum {earlier}.',
    en: '{later} cannot be before {earlier}.',
  },
  invalidWorkWeek: {
    id: 'Pola kerja harus 5 atau 6 hari seminggu (diterima: {value}).',
    en: 'The work week must be 5 or 6 days (got: {value}).',
  },
  invalidDays: {
    id: 'Daftar hari lembur harus berupa daftar (array).',
    en: 'The overtime days must be a list (array).',
  },
  invalidDayType: {
    id: 'Jenis hari pada baris {index} tidak dikenal (diterima: "{value}").',
    en: 'Unknown day type on row {index} (got: "{value}").',
  },
  invalidHours: {
    id: 'Jam lembur pada baris {index} harus bilangan bulat dari 0 sampai 24 (diterima: {value}). Jam sebagian tidak dihitung: bulatkan ke jam penuh.',
    en: 'Overtime hours on row {index} must be a whole number from 0 to 24 (got: {value}). Partial hours are not counted: round to whole hours.',
  },
  shortestDayNeedsSixDay: {
    id: 'Libur resmi pada hari kerja terpendek hanya berlaku untuk pola 6 hari kerja ({article}). Untuk pola 5 hari kerja pilih "hari libur resmi".',
    en: 'A holiday on the shortest workday only exists in a 6-day week ({article}). For a 5-day week choose "public holiday".',
  },
  unknownReason: {
    id: 'Alasan PHK tidak dikenal: "{value}". Pilih salah satu pasal PP 35/2021 yang tersedia.',
    en: 'Unknown termination reason: "{value}". Choose one of the listed PP 35/2021 articles.',
  },
  invalidLeaveDays: {
    id: '{field} harus bilangan bulat hari dari 0 sampai 366 (diterima: {value}).',
    en: '{field} must be a whole number of days from 0 to 366 (got: {value}).',
  },
  invalidContract: {
    id: 'Jenis kontrak harus "pkwt" atau "pkwtt" (diterima: "{value}").',
    en: 'The contract type must be "pkwt" or "pkwtt" (got: "{value}").',
  },
  invalidEndedBy: {
    id: 'Pihak yang mengakhiri hubungan kerja harus "employer" (pengusaha) atau "worker" (pekerja) (diterima: "{value}").',
    en: 'Who ended the employment must be "employer" or "worker" (got: "{value}").',
  },
  endedByRequired: {
    id: 'Hubungan kerja PKWTT berakhir sebelum hari raya: isi siapa yang mengakhirinya (pengusaha atau pekerja).',
    en: 'The permanent (PKWTT) employment ended before the holiday: say who ended it (employer or worker).',
  },

  // Overtime warnings
  workdayOverDailyCap: {
    id: 'Baris {index}: lembur {hours} jam pada hari kerja melebihi batas 4 jam sehari ({article}). Jam di atas batas tetap dihitung dengan pengali terakhir ({multiplier}×) — di luar tabel PP 35.',
    en: 'Row {index}: {hours} overtime hours on a workday exceed the 4-hour daily limit ({article}). Hours above the limit are still paid at the last multiplier ({multiplier}×) — outside the PP 35 table.',
  },
  beyondTable: {
    id: 'Baris {index}: {hours} jam melebihi tabel {article} (sampai jam ke-{last}). Jam di luar tabel tetap dihitung dengan pengali terakhir ({multiplier}×) — di luar tabel PP 35.',
    en: 'Row {index}: {hours} hours go beyond the table in {article} (up to hour {last}). Hours outside the table are still paid at the last multiplier ({multiplier}×) — outside the PP 35 table.',
  },
  weeklyCap: {
    id: 'Total lembur pada hari kerja {hours} jam melebihi batas {cap} jam seminggu ({article}). Lembur pada hari istirahat mingguan dan hari libur resmi tidak termasuk batas ini.',
    en: 'Workday overtime totals {hours} hours, above the {cap}-hour weekly limit ({article}). Overtime on rest days and public holidays does not count toward this limit.',
  },
  dailyWageReplacesBasic: {
    id: 'Upah harian diisi, jadi gaji pokok bulanan diabaikan: upah sebulan = upah harian × {factor} ({article}).',
    en: 'A daily wage was given, so the monthly basic wage is ignored: monthly wage = daily wage × {factor} ({article}).',
  },

  // Severance notes
  upMinimum: {
    id: 'Setelah Putusan MK 168/PUU-XXI/2023, uang pesangon (Pasal 156 ayat (2) UU 13/2003) dibaca "paling sedikit": angka UP ini batas bawah, bukan batas atas.',
    en: 'Since Constitutional Court decision 168/PUU-XXI/2023, severance pay (Art. 156(2) of Law 13/2003) reads "at least": this UP figure is a floor, not a cap.',
  },
  pensionOffset: {
    id: 'PP 35/2021 Pasal 58: iuran program pensiun yang dibayar pengusaha dapat diperhitungkan sebagai bagian dari UP dan UPMK, sehingga yang dibayar tunai bisa lebih kecil.',
    en: 'PP 35/2021 Art. 58: pension contributions paid by the employer may be counted toward UP and UPMK, so the cash paid may be lower.',
  },
  noHousingAddOn: {
    id: 'Tidak ada tambahan 15% penggantian perumahan serta pengobatan dan perawatan: ketentuan itu dihapus UU Cipta Kerja dari Pasal 156 ayat (4) UU 13/2003.',
    en: 'No 15% housing and medical add-on: the Job Creation Law removed it from Art. 156(4) of Law 13/2003.',
  },
  separationPayIgnored: {
    id: 'Alasan ini ({article}) tidak memberi uang pisah, jadi uang pisah yang diisi tidak dihitung.',
    en: 'This reason ({article}) does not provide separation pay, so the separation pay entered is not counted.',
  },
  separationPayFromAgreement: {
    id: 'Alasan ini ({article}) memberi uang pisah; besarnya diatur dalam perjanjian kerja, peraturan perusahaan, atau perjanjian kerja bersama.',
    en: 'This reason ({article}) provides separation pay; its amount is set in the employment contract, company regulation or collective agreement.',
  },
  serviceLength: {
    id: 'Masa kerja {years} tahun {months} bulan {days} hari, dari tanggal mulai kerja sampai tanggal PHK. Bila tanggal ulang tahun kerja tidak ada dalam bulannya (mis. 29 Februari, 31 Januari), dipakai hari terakhir bulan itu.',
    en: 'Length of service {years} years {months} months {days} days, from the start date to the termination date. When the anniversary day does not exist in a month (e.g. 29 February, 31 January), the last day of that month is used.',
  },
  wageBasis: {
    id: 'Upah yang dipakai: upah pokok + tunjangan tetap (tunjangan tidak tetap tidak dihitung).',
    en: 'Wage used: basic wage + fixed allowances (variable allowances are not counted).',
  },
  leaveValue: {
    id: 'Satu hari cuti yang belum diambil dinilai upah sebulan ÷ {divisor} (pola {workWeek} hari kerja).',
    en: 'Each untaken leave day is valued at the monthly wage ÷ {divisor} ({workWeek}-day week).',
  },
  paidToHeirs: {
    id: 'Untuk PHK karena pekerja meninggal dunia, hak ini diberikan kepada ahli waris.',
    en: 'When employment ends because the worker died, these rights go to the heirs.',
  },
  statutoryMinimum: {
    id: 'Ini hak minimum menurut peraturan; perjanjian kerja, peraturan perusahaan, PKB, atau kebiasaan yang lebih baik tetap berlaku. Bukan nasihat hukum.',
    en: 'These are statutory minimums; a contract, company regulation, collective agreement or custom that gives more still applies. Not legal advice.',
  },

  // THR notes
  thrNotEntitledShort: {
    id: 'Masa kerja {months} bulan penuh: kurang dari 1 bulan, belum berhak THR ({article}).',
    en: '{months} completed months of service: under 1 month, not yet entitled to THR ({article}).',
  },
  thrProRata: {
    id: 'Masa kerja {months} bulan penuh: THR = {months}/12 × upah sebulan ({article}).',
    en: '{months} completed months of service: THR = {months}/12 × monthly wage ({article}).',
  },
  thrFull: {
    id: 'Masa kerja {months} bulan penuh (12 bulan atau lebih): THR = 1 bulan upah ({article}).',
    en: '{months} completed months of service (12 or more): THR = 1 month\'s wage ({article}).',
  },
  thrMonthsMethod: {
    id: 'Masa kerja dihitung dalam bulan penuh sampai {until}; sisa hari tidak dibulatkan ke atas.',
    en: 'Service is counted in completed months up to {until}; leftover days are not rounded up.',
  },
  thrDismissedEntitled: {
    id: 'PHK oleh pengusaha {days} hari sebelum hari raya (paling lama {grace} hari): tetap berhak THR ({article}). Masa kerja dihitung sampai tanggal PHK.',
    en: 'Dismissed by the employer {days} days before the holiday (at most {grace} days): still entitled to THR ({article}). Service is counted up to the dismissal date.',
  },
  thrDismissedTooEarly: {
    id: 'PHK oleh pengusaha {days} hari sebelum hari raya (lebih dari {grace} hari): tidak berhak THR untuk hari raya ini ({article}).',
    en: 'Dismissed by the employer {days} days before the holiday (more than {grace} days): not entitled to THR for this holiday ({article}).',
  },
  thrPkwtEnded: {
    id: 'PKWT (kontrak) berakhir sebelum hari raya: tidak berhak THR untuk hari raya ini ({article}).',
    en: 'The fixed-term contract (PKWT) ended before the holiday: not entitled to THR for this holiday ({article}).',
  },
  thrResigned: {
    id: 'Mengundurkan diri sebelum hari raya: tidak berhak THR untuk hari raya ini (penjelasan Kemnaker, Maret 2025).',
    en: 'Resigned before the holiday: not entitled to THR for this holiday (Ministry of Manpower guidance, March 2025).',
  },
  thrDeadline: {
    id: 'THR wajib dibayar paling lambat 7 hari sebelum hari raya (Permenaker 6/2016 Pasal 5 ayat (4)).',
    en: 'THR must be paid at least 7 days before the holiday (Permenaker 6/2016 Art. 5(4)).',
  },
  thrWageBasis: {
    id: 'Upah sebulan untuk THR: upah bersih tanpa tunjangan, atau upah pokok + tunjangan tetap. Pekerja harian lepas dan borongan memakai rata-rata upah.',
    en: 'Monthly wage for THR: the clean wage, or basic wage + fixed allowances. Casual daily and piece-rate workers use an average wage.',
  },
} as const satisfies Record<string, Bilingual>;

/** Message keys. */
export type MessageKey = keyof typeof MESSAGES;

/** Values for `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Fills a message template in the given language (field keys become field labels). */
export function message(key: MessageKey, lang: Lang = 'id', params: MessageParams = {}): string {
  return fill(MESSAGES[key][lang], params, (f) => (Object.hasOwn(FIELD_LABELS, f) ? fieldLabel(f as FieldKey, lang) : undefined));
}

/** A Say that words calculator messages in `lang`. */
export function sayIn(lang: Lang): Say {
  return (key, params) => message(key, lang, params);
}

/** Label of an input field in the given language. */
export function fieldLabel(field: FieldKey, lang: Lang = 'id'): string {
  return FIELD_LABELS[field][lang];
}

/** The calculators, by the name of their core function's subject. */
export type CalcId = 'overtime' | 'severance' | 'thr';

/** Messages every form can raise while reading what a person typed. */
const FORM_KEYS = ['required', 'chooseOne', 'unreadableMoney', 'invalidMoney', 'moneyTooLarge', 'statutoryMinimum'] as const;

/** Which messages each calculator (and its form) can produce: the page sends only these to the browser. */
export const MESSAGE_GROUPS: Record<CalcId, readonly MessageKey[]> = {
  overtime: [
    ...FORM_KEYS, 'invalidWorkWeek', 'invalidDays', 'invalidDayType', 'invalidHours', 'shortestDayNeedsSixDay', 'noOvertimeDays',
    'workdayOverDailyCap', 'beyondTable', 'weeklyCap', 'dailyWageReplacesBasic',
  ],
  severance: [
    ...FORM_KEYS, 'invalidDate', 'dateOrder', 'unknownReason', 'invalidLeaveDays', 'invalidWorkWeek',
    'upMinimum', 'pensionOffset', 'noHousingAddOn', 'separationPayIgnored', 'separationPayFromAgreement', 'serviceLength',
    'wageBasis', 'leaveValue', 'paidToHeirs',
  ],
  thr: [
    ...FORM_KEYS, 'invalidDate', 'dateOrder', 'invalidContract', 'invalidEndedBy', 'endedByRequired',
    'thrNotEntitledShort', 'thrProRata', 'thrFull', 'thrMonthsMethod', 'thrDismissedEntitled', 'thrDismissedTooEarly',
    'thrPkwtEnded', 'thrResigned', 'thrDeadline', 'thrWageBasis',
  ],
};

/** One calculator's message templates and all field labels in one language, for `makeSay` in the browser. */
export function messagesFor(calc: CalcId, lang: Lang): { messages: Partial<Record<MessageKey, string>>; fields: Record<FieldKey, string> } {
  const messages = Object.fromEntries(MESSAGE_GROUPS[calc].map((k) => [k, MESSAGES[k][lang]]));
  const fields = Object.fromEntries(Object.keys(FIELD_LABELS).map((k) => [k, fieldLabel(k as FieldKey, lang)])) as Record<FieldKey, string>;
  return { messages, fields };
}

/** Options every calculator accepts as its second argument: output language (default 'id') and, for tests or a future law, the legal parameter set. */
export type CalcOptions = { lang?: Lang; legal?: LegalParameters };
