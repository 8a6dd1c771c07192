// UI strings for the print feature: Indonesian (reference keys) and English.
// Keys are flat and dotted, prefixed by the feature (e.g. 'print.title').

/** Indonesian strings. */
export const id = {
  'print.poster.title': 'Poster: {title}',
  'print.poster.description': 'Poster satu halaman siap cetak untuk papan pengumuman: {title}',
  'print.poster.heading': 'Poster untuk papan pengumuman',
  'print.wall.title': 'Mading edisi {number}',
  'print.wall.description': '{count} berita terbaru dalam satu lembar siap cetak untuk papan pengumuman.',
  'print.wall.heading': 'Lembar mading: berita terbaru dalam satu halaman',
  'print.wall.edition': 'Edisi {number} · {date}',
  'print.wall.note': '{union} · Semua berita: {url}',
  'print.wall.empty': 'Belum ada berita untuk dicetak.',
  'print.paper.A4': 'A4',
  'print.paper.A3': 'A3',
  'print.otherPaper': 'Versi kertas {paper}',
  'print.button': 'Cetak sekarang',
  'print.howTo': 'Cara mencetak: pilih Cetak di menu peramban (Ctrl+P di komputer; di ponsel: menu ⋮ → Bagikan → Cetak). Pilih kertas {paper}, tegak, skala 100% atau "Ukuran sebenarnya", tanpa header dan footer. Hitam-putih sudah cukup; semuanya muat di satu halaman.',
  'print.preview': 'Pratinjau hasil cetak',
  'print.backToStory': 'Baca beritanya',
  'print.qrLabel': 'Kode QR menuju {url}',
  'print.contact': 'Kontak: {contact}',
  'print.pageUrl': 'Alamat halaman ini:',
} as const;

/** English strings: exactly the Indonesian keys. */
export const en = {
  'print.poster.title': 'Poster: {title}',
  'print.poster.description': 'A one-page, ready-to-print poster for the notice board: {title}',
  'print.poster.heading': 'Poster for the notice board',
  'print.wall.title': 'Wall sheet no. {number}',
  'print.wall.description': 'The {count} latest stories on one ready-to-print sheet for the notice board.',
  'print.wall.heading': 'Wall sheet: the latest stories on one page',
  'print.wall.edition': 'Edition {number} · {date}',
  'print.wall.note': '{union} · All stories: {url}',
  'print.wall.empty': 'No stories to print yet.',
  'print.paper.A4': 'A4',
  'print.paper.A3': 'A3',
  'print.otherPaper': '{paper} paper version',
  'print.button': 'Print now',
  'print.howTo': 'How to print: choose Print in your browser menu (Ctrl+P on a computer; on a phone: menu ⋮ → Share → Print). Choose {paper} paper, portrait, scale 100% or "Actual size", no headers and footers. Black and white is fine; everything fits on one page.',
  'print.preview': 'Print preview',
  'print.backToStory': 'Read the story',
  'print.qrLabel': 'QR code linking to {url}',
  'print.contact': 'Contact: {contact}',
  'print.pageUrl': 'Address of this page:',
} as const satisfies Record<keyof typeof id, string>;
