import { z } from 'zod';

/** Languages the UI ships strings for. */
export const UI_LANGS = ['id', 'en'] as const;
/** A language the site's interface can speak. */
export const UiLangSchema = z.enum(UI_LANGS, { error: 'config.lang' });

/** The one file a union edits when it forks Mading: `site.config.ts` at the repo root. */
export const SiteConfigSchema = z.object({
  /** The site's name, shown in the header, feeds, posters and social cards. */
  name: z.string({ error: 'config.required' }).trim().min(2, { error: 'config.name' }).max(60, { error: 'config.name' }),
  /** A short name for tight spaces (poster footer, app title). Defaults to `name`. */
  shortName: z.string().trim().min(1).max(24).optional(),
  /** One sentence about the site for search engines and feeds. */
  description: z.string({ error: 'config.required' }).trim().min(20, { error: 'config.description' }).max(200, { error: 'config.description' }),
  /** The site's default language (`id` or `en`). Stories may set their own. */
  lang: UiLangSchema.default('id'),
  /** The public address of the site, with https://, no path. Used for feeds, canonical links and QR codes. */
  url: z
    .url({ error: 'config.url' })
    .refine((u) => /^https?:\/\/[^/]+\/?$/.test(u), { error: 'config.url' })
    .transform((u) => u.replace(/\/$/, '')),
  /** The union that publishes the site. */
  union: z.object({
    /** Full name, e.g. "Federasi Serikat Pekerja Contoh". */
    name: z.string().trim().min(2),
    /** Abbreviation, e.g. "FSPC". */
    shortName: z.string().trim().min(1).max(16).optional(),
  }),
  /** How readers and writers reach the desk. At least an email. */
  contact: z.object({
    /** The newsroom's address, shown on every page footer and poster. */
    email: z.email({ error: 'config.email' }),
    /** A WhatsApp or phone number written as people should dial it. */
    phone: z.string().trim().optional(),
    /** A postal or secretariat address. */
    address: z.string().trim().optional(),
  }),
  /** Print and wall-board settings. */
  print: z
    .object({
      /** The line under every poster and printed page. */
      footer: z.string().trim().min(2).max(160),
      /** The call to action on posters when a story has none. */
      callToAction: z.string().trim().min(2).max(120),
      /** How many stories the wall-sheet edition (/cetak/mading/) carries. */
      wallSheetCount: z.number().int().min(1).max(8).default(4),
    }),
  /** Feed settings. */
  feeds: z
    .object({
      /** How many stories a feed carries, newest first. */
      items: z.number().int().min(5).max(500).default(30),
      /** One feed per topic at /topik/<id>/rss.xml. */
      perTopic: z.boolean().default(true),
      /** One feed per place at /tempat/<id>/rss.xml. */
      perPlace: z.boolean().default(true),
    })
    .default({ items: 30, perTopic: true, perPlace: true }),
  /** Stories on one page of the archive and list pages. */
  pageSize: z.number().int().min(5).max(50).default(10),
  /** Story slugs pinned to the top of the home page (newest first when empty). */
  featured: z.array(z.string()).max(3).default([]),
  /** Switch whole features on or off. */
  features: z
    .object({
      /** Pagefind search at /cari/. */
      search: z.boolean().default(true),
      /** Rights calculators at /alat/. */
      calculators: z.boolean().default(true),
      /** The no-account story form at /kirim/. */
      submitForm: z.boolean().default(true),
      /** Share links (WhatsApp, Telegram, Facebook, X) under stories. */
      share: z.boolean().default(true),
    })
    .default({ search: true, calculators: true, submitForm: true, share: true }),
  /** The git-based CMS at /admin/. */
  cms: z
    .object({
      /** Turn the CMS on. */
      enabled: z.boolean().default(true),
      /** The git host's repository, "owner/name". */
      repo: z.string().regex(/^[\w.-]+\/[\w.-]+$/, { error: 'config.repo' }),
      /** The branch stories are published to. */
      branch: z.string().default('main'),
      /** Let people without write access submit through pull requests from forks. */
      openAuthoring: z.boolean().default(true),
      /** The OAuth proxy the CMS signs in through (Netlify's by default). */
      authBaseUrl: z.url().optional(),
    }),
});

/** The site config as written by a maintainer. */
export type SiteConfigInput = z.input<typeof SiteConfigSchema>;
/** The site config with defaults resolved. */
export type SiteConfig = z.output<typeof SiteConfigSchema>;
