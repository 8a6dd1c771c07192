// ─────────────────────────────────────────────────────────────────────────────
// Mading site configuration — the one file a union changes after forking.
// Everything else (pages, feeds, posters, search, CMS) reads it.
// `npm run check` and the build validate it and explain any mistake.
// ─────────────────────────────────────────────────────────────────────────────
import { defineSiteConfig } from './src/lib/site-config.ts';

export default defineSiteConfig({
  name: 'Mading Buruh',
  shortName: 'Mading',
  description: 'Berita buruh dari pabrik, gudang dan kantor: upah, lembur, PHK, K3, BPJS dan kehidupan serikat. Ditulis oleh pekerja, untuk pekerja.',
  lang: 'id',
  url: 'https://mading.example.org',
  union: { name: 'Federasi Serikat Pekerja Contoh', shortName: 'FSPC' },
  contact: {
    email: 'redaksi@example.org',
    phone: '0812-0000-0000 (WhatsApp)',
    address: 'Sekretariat FSPC, Jl. Contoh No. 1, Karawang',
  },
  print: {
    footer: 'Dicetak dari Mading Buruh — tempel di papan pengumuman, baca lengkap lewat kode QR.',
    callToAction: 'Ada masalah di tempat kerja? Hubungi pengurus serikat di pabrikmu.',
    wallSheetCount: 4,
  },
  feeds: { items: 30, perTopic: true, perPlace: true },
  pageSize: 10,
  featured: [],
  features: { search: true, calculators: true, submitForm: true, share: true },
  cms: { enabled: true, repo: 'serikat-contoh/mading', branch: 'main', openAuthoring: true },
});
