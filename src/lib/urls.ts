/** Routes are Indonesian by default and always end in a slash (static hosts serve folder/index.html). */
export const ROUTES = {
  home: '/',
  story: (slug: string) => `/berita/${slug}/`,
  topic: (id: string) => `/topik/${id}/`,
  topics: '/topik/',
  place: (id: string) => `/tempat/${id}/`,
  places: '/tempat/',
  author: (id: string) => `/penulis/${id}/`,
  archive: (page = 1) => (page <= 1 ? '/arsip/' : `/arsip/${page}/`),
  search: '/cari/',
  poster: (slug: string) => `/cetak/${slug}/`,
  posterA3: (slug: string) => `/cetak/${slug}/a3/`,
  wallSheet: '/cetak/mading/',
  wallSheetA3: '/cetak/mading/a3/',
  tools: '/alat/',
  tool: (id: 'lembur' | 'pesangon' | 'thr') => `/alat/${id}/`,
  page: (id: string) => `/${id}/`,
  feeds: '/langganan/',
  rss: '/rss.xml',
  topicRss: (id: string) => `/topik/${id}/rss.xml`,
  placeRss: (id: string) => `/tempat/${id}/rss.xml`,
  submit: '/kirim/',
} as const;

/** Join the site origin and a root-relative path into an absolute URL. */
export function absoluteUrl(site: string, pathname: string): string {
  return new URL(pathname, site.endsWith('/') ? site : `${site}/`).href;
}
