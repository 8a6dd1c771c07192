// UI strings for the safety feature (content check messages about hostile or
// broken files): Indonesian (reference keys) and English. Problem keys keep the
// `err.` prefix the content check uses, each with its `.fix`.

/** Indonesian strings. */
export const id = {
  'err.controlChar': 'Ada karakter tersembunyi ({value}) di baris ini.',
  'err.controlChar.fix': 'Hapus karakter itu; biasanya ikut tersalin dari Word, PDF atau aplikasi pesan. Karakter tak terlihat bisa menyamarkan isi tautan atau nama, jadi tidak diizinkan.',
  'err.symlink': '“{value}” adalah tautan simbolik (symlink), bukan berkas biasa.',
  'err.symlink.fix': 'Ganti dengan salinan berkasnya. Symlink bisa menunjuk ke berkas di luar folder konten, jadi tidak diterima.',
  'err.slug': 'Nama berkas atau folder “{value}” tidak bisa dipakai sebagai alamat berita.',
  'err.slug.fix': 'Pakai huruf kecil, angka dan tanda hubung saja, misalnya `mogok-pabrik-tenun-bandung`.',
  'err.image.metadata': 'Foto “{value}” masih menyimpan data tersembunyi ({kinds}): bisa berisi lokasi, waktu, jenis ponsel atau nama pemiliknya.',
  'err.image.metadata.fix': 'Hapus data itu sebelum diunggah, karena berkas asli tersimpan di repositori: cara termudah, buka fotonya lalu ambil tangkapan layar dan unggah tangkapan layar itu; atau pakai aplikasi penghapus metadata (misalnya Scrambled Exif di Android).',
  'err.internal': 'Berkas ini tidak bisa diperiksa sampai selesai: {reason}.',
  'err.internal.fix': 'Periksa berkas ini dengan teliti (mungkin rusak atau terpotong). Jika berkasnya tampak benar, laporkan pesan ini ke pengelola situs.',
} as const;

/** English strings: exactly the Indonesian keys. */
export const en = {
  'err.controlChar': 'There is a hidden character ({value}) on this line.',
  'err.controlChar.fix': 'Delete it; it usually comes along when copying from Word, a PDF or a chat app. Invisible characters can disguise what a link or a name says, so they are not allowed.',
  'err.symlink': '“{value}” is a symbolic link (symlink), not a regular file.',
  'err.symlink.fix': 'Replace it with a copy of the file. A symlink can point outside the content folder, so it is refused.',
  'err.slug': 'The file or folder name “{value}” cannot be used as a story address.',
  'err.slug.fix': 'Use lowercase letters, digits and hyphens only, for example `mogok-pabrik-tenun-bandung`.',
  'err.image.metadata': 'The photo “{value}” still carries hidden data ({kinds}): it can hold the location, time, phone model or owner’s name.',
  'err.image.metadata.fix': 'Remove it before uploading, because the original file is kept in the repository: the simplest way is to open the photo, take a screenshot and upload the screenshot; or use a metadata remover app (for example Scrambled Exif on Android).',
  'err.internal': 'This file could not be checked to the end: {reason}.',
  'err.internal.fix': 'Look the file over carefully (it may be damaged or cut short). If it looks right, report this message to the site maintainers.',
} as const satisfies Record<keyof typeof id, string>;
