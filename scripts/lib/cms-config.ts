// The CMS configuration (/admin/config.yml), derived from the zod schemas so the
// two can never drift: every field, required flag, length and count limit comes
// from the schema; only labels and hints (src/i18n/features/cms.ts) and the few
// meanings a schema can't express (which collection an id points to) live here.
import type { CmsConfig, Field } from '@sveltia/cms';
import { z } from 'zod';
import { isUiLang, translate, translations, type UiKey, type Vars } from '../../src/i18n/index.ts';
import { STORY_COMPONENTS } from '../../src/lib/mdx-safety.ts';
import { ID_PATTERN, IsoDateSchema } from '../../src/schemas/common.ts';
import type { SiteConfig } from '../../src/schemas/site-config.ts';
import { createStorySchema } from '../../src/schemas/story.ts';
import { AuthorSchema, PlaceSchema, TopicSchema } from '../../src/schemas/taxonomy.ts';

/** The subset of JSON Schema that zod emits for our content schemas. */
export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  enum?: (string | number | boolean | null)[];
  default?: unknown;
  format?: string;
  contentMediaType?: string;
  anyOf?: JsonSchema[];
}

/** The cover image path as the CMS sees it (Astro's `image()` in the content layer). */
const ImageSrcSchema = z.string().trim().min(1);

/** Collections the CMS edits, the schema behind each, and where their files live. */
export const CMS_COLLECTIONS = {
  stories: { schema: createStorySchema(ImageSrcSchema), dir: 'stories', identifier: 'title' },
  authors: { schema: AuthorSchema, dir: 'authors', identifier: 'name' },
  topics: { schema: TopicSchema, dir: 'topics', identifier: 'label' },
  places: { schema: PlaceSchema, dir: 'places', identifier: 'name' },
} as const;

/** A collection the CMS edits. */
export type CmsCollectionName = keyof typeof CMS_COLLECTIONS;

/** Which collection an id field points to: the schema only knows it is an id. */
export const RELATIONS: Partial<Record<CmsCollectionName, Record<string, CmsCollectionName>>> = {
  stories: { authors: 'authors', place: 'places', topics: 'topics' },
};

/** How a related entry is shown and searched in a relation picker. */
const RELATION_DISPLAY: Record<CmsCollectionName, { display: string[]; search: string[] }> = {
  stories: { display: ['title'], search: ['title'] },
  authors: { display: ['name'], search: ['name'] },
  topics: { display: ['label'], search: ['label', 'description'] },
  places: { display: ['{{name}} ({{province}})'], search: ['name', 'province'] },
};

/** Strings longer than this get a multi-line box. */
const TEXTAREA_FROM = 160;
/** Phone photos are shrunk to this longest side and re-encoded as WebP (which drops EXIF/GPS) in the browser, before upload. */
export const UPLOAD_MAX_SIDE = 2000;
/**
 * The CMS refuses (with a warning) an image still above this after shrinking: a
 * 2000 px photo is a few hundred KB, so anything bigger is not a photo, or the
 * browser could not shrink it. Far below `npm run check`'s 15 MB build ceiling.
 */
export const MAX_UPLOAD_BYTES = 2_000_000;

/**
 * A story body the CMS will save: no braces, no `<` that opens a tag other than our components, no
 * import/export lines and no level-1 headings. `npm run check` stays the real gate;
 * this stops the commonest mistakes in the editor, before a review round trip.
 */
export function storyBodyPattern(components: readonly string[] = Object.keys(STORY_COMPONENTS)): string {
  const tags = components.join('|');
  return [
    '^',
    '(?![\\s\\S]*[{}])',
    // `<` then a space is plain text to MDX; any other `<` opens a tag, and only ours are allowed.
    `(?![\\s\\S]*<(?!\\s|/?(?:${tags})[\\s>/]))`,
    '(?![\\s\\S]*(?:^|\\n)[ \\t]*(?:import|export)\\b)',
    '(?![\\s\\S]*(?:^|\\n)#[ \\t])',
  ].join('');
}

/** The input JSON Schema of a content schema, with dates and image paths marked so the CMS can pick a widget. */
export function toFieldSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, {
    io: 'input',
    unrepresentable: 'any',
    override: (ctx) => {
      const json = ctx.jsonSchema as JsonSchema;
      if (ctx.zodSchema === IsoDateSchema) {
        delete json.anyOf;
        json.type = 'string';
        json.format = 'date';
      }
      if (ctx.zodSchema === ImageSrcSchema) json.contentMediaType = 'image/*';
    },
  }) as JsonSchema;
}

/** Options for `createCmsConfig`. */
export interface CmsConfigOptions {
  /** The validated site config (repo, branch, open authoring, URL, name). */
  site: SiteConfig;
  /** Language of labels and hints; defaults to the site's. */
  lang?: string;
  /** The content folder, relative to the repository root. */
  contentDir?: string;
}

/** Look up a CMS string, failing loudly when a schema field has no label or hint yet. */
function makeLookup(lang: string) {
  const table = (isUiLang(lang) ? translations[lang] : translations.id) as Record<string, string>;
  const missing: string[] = [];
  const t = (key: string, vars?: Vars): string => {
    if (!Object.hasOwn(table, key)) {
      missing.push(key);
      return key;
    }
    return translate(lang, key as UiKey, vars);
  };
  return { t, has: (key: string) => Object.hasOwn(table, key), missing };
}

/** Turn one property of a schema into a CMS field. */
function toField(
  collection: CmsCollectionName,
  path: string[],
  json: JsonSchema,
  required: boolean,
  t: (key: string, vars?: Vars) => string,
  has: (key: string) => boolean,
): Field {
  const name = path[path.length - 1];
  const key = `cms.${collection}.${path.join('.')}`;
  const limits = { min: json.minLength ?? json.minItems ?? 0, max: json.maxLength ?? json.maxItems ?? '', maxSize: `${MAX_UPLOAD_BYTES / 1_000_000} MB`, side: UPLOAD_MAX_SIDE };
  const base = { name, label: t(key), hint: t(`${key}.hint`, limits), required };
  const isId = (s?: JsonSchema) => s?.type === 'string' && s.pattern === ID_PATTERN.source;

  if (json.format === 'date') {
    return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', ...(required ? { default: '{{now}}' } : {}) } as Field;
  }
  if (json.contentMediaType?.startsWith('image/')) {
    return { ...base, widget: 'image', choose_url: false, accept: 'image/jpeg,image/png,image/webp,image/avif' } as Field;
  }
  if (json.type === 'boolean') {
    return { ...base, widget: 'boolean', default: json.default === true } as Field;
  }
  if (json.enum) {
    const options = json.enum.map((value) => ({ value, label: has(`${key}.option.${value}`) ? t(`${key}.option.${value}`) : String(value) }));
    return { ...base, widget: 'select', options } as Field;
  }
  if (isId(json) || (json.type === 'array' && isId(json.items))) {
    const target = RELATIONS[collection]?.[path.join('.')];
    if (!target) throw new Error(`cms-config: “${collection}.${path.join('.')}” holds ids but RELATIONS does not say which collection they point to.`);
    const multiple = json.type === 'array';
    const { display, search } = RELATION_DISPLAY[target];
    return {
      ...base,
      widget: 'relation',
      collection: target,
      value_field: '{{slug}}',
      display_fields: display,
      search_fields: search,
      ...(multiple ? { multiple: true, min: json.minItems ?? 0, ...(json.maxItems !== undefined ? { max: json.maxItems } : {}) } : {}),
    } as Field;
  }
  if (json.type === 'array' && json.items?.type === 'string') {
    const item = json.items;
    return {
      ...base,
      widget: 'list',
      ...(json.minItems !== undefined ? { min: json.minItems } : {}),
      ...(json.maxItems !== undefined ? { max: json.maxItems } : {}),
      label_singular: t(`${key}.item`),
      field: {
        name: 'item',
        label: t(`${key}.item`),
        widget: 'string',
        ...(item.minLength !== undefined ? { minlength: item.minLength } : {}),
        ...(item.maxLength !== undefined ? { maxlength: item.maxLength } : {}),
      },
    } as Field;
  }
  if (json.type === 'object' && json.properties) {
    const fields = Object.entries(json.properties).map(([child, sub]) =>
      toField(collection, [...path, child], sub, json.required?.includes(child) ?? false, t, has),
    );
    return { ...base, widget: 'object', collapsed: false, fields } as Field;
  }
  if (json.type === 'string') {
    const multiline = (json.maxLength ?? 0) > TEXTAREA_FROM;
    return {
      ...base,
      widget: multiline ? 'text' : 'string',
      ...(json.minLength !== undefined ? { minlength: json.minLength } : {}),
      ...(json.maxLength !== undefined ? { maxlength: json.maxLength } : {}),
    } as Field;
  }
  throw new Error(`cms-config: no CMS widget for “${collection}.${path.join('.')}” (${JSON.stringify(json)}).`);
}

/** Every front-matter field of a collection as CMS fields, in schema order. */
export function createCollectionFields(collection: CmsCollectionName, lang = 'id'): Field[] {
  const { t, has, missing } = makeLookup(lang);
  const json = toFieldSchema(CMS_COLLECTIONS[collection].schema);
  const fields = Object.entries(json.properties ?? {}).map(([name, sub]) => toField(collection, [name], sub, json.required?.includes(name) ?? false, t, has));
  if (missing.length) throw new Error(`cms-config: add these labels/hints to src/i18n/features/cms.ts (id and en): ${missing.join(', ')}`);
  return fields;
}

/** The Markdown body of a story, with the editor limited to what stories may contain. */
function storyBodyField(t: (key: string) => string): Field {
  return {
    name: 'body',
    label: t('cms.stories.body'),
    hint: t('cms.stories.body.hint'),
    widget: 'markdown',
    required: true,
    // No level-1 heading (the headline is one), no code blocks, no raw HTML.
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: ['image'],
    linked_images: false,
    pattern: [storyBodyPattern(), t('cms.stories.body.pattern')],
  } as Field;
}

/**
 * The whole CMS configuration: a GitHub backend with the editorial workflow
 * (every change is a pull request an editor merges), open authoring for people
 * without write access, stories as `<slug>/index.mdx` with uploads beside them.
 */
export function createCmsConfig(options: CmsConfigOptions): CmsConfig {
  const { site } = options;
  const lang = options.lang ?? site.lang;
  const contentDir = (options.contentDir ?? 'content').replace(/\/+$/, '');
  const { t, missing } = makeLookup(lang);
  const collectionLabels = (name: string) => ({
    label: t(`cms.collection.${name}`),
    label_singular: t(`cms.collection.${name}.singular`),
    description: t(`cms.collection.${name}.description`),
  });
  const storyFields = [...createCollectionFields('stories', lang), storyBodyField(t)];
  const stories = {
    folder: `${contentDir}/${CMS_COLLECTIONS.stories.dir}`,
    extension: 'mdx',
    format: 'yaml-frontmatter',
    // Uploads land beside index.mdx and are referenced as `photo.webp`, which
    // Astro's image() resolves relative to the story: the same asset pipeline.
    media_folder: '',
    public_folder: '',
    identifier_field: CMS_COLLECTIONS.stories.identifier,
    summary: '{{title}}',
    sortable_fields: ['date', 'title'],
    thumbnail: 'cover.src',
    fields: storyFields,
  };
  const dataCollection = (name: Exclude<CmsCollectionName, 'stories'>, icon: string) => ({
    name,
    ...collectionLabels(name),
    icon,
    folder: `${contentDir}/${CMS_COLLECTIONS[name].dir}`,
    extension: 'yaml',
    format: 'yaml',
    identifier_field: CMS_COLLECTIONS[name].identifier,
    slug: `{{${CMS_COLLECTIONS[name].identifier}}}`,
    fields: createCollectionFields(name, lang),
  });

  const config: CmsConfig = {
    backend: {
      name: 'github',
      repo: site.cms.repo,
      branch: site.cms.branch,
      // One commit per story on the main branch when an editor publishes.
      squash_merges: true,
      ...(site.cms.openAuthoring ? { open_authoring: true, auth_scope: 'public_repo' as const } : {}),
      ...(site.cms.authBaseUrl ? { base_url: site.cms.authBaseUrl } : {}),
    },
    publish_mode: 'editorial_workflow',
    // Required by the CMS; nothing reads it. Images must go beside their story,
    // and `npm run check` explains how when one lands here.
    media_folder: `${contentDir}/_uploads`,
    public_folder: '/_uploads',
    media_libraries: {
      default: {
        config: {
          max_file_size: MAX_UPLOAD_BYTES,
          slugify_filename: true,
          transformations: { raster_image: { format: 'webp', quality: 80, width: UPLOAD_MAX_SIDE, height: UPLOAD_MAX_SIDE } },
        },
      },
      // Stock photo services are third-party requests: off.
      stock_assets: false,
    },
    app_title: t('cms.admin.title', { site: site.name }),
    site_url: site.url,
    logo: { src: '/favicon.svg' },
    show_preview_links: true,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', maxlength: 80 },
    output: { omit_empty_optional_fields: true },
    collections: [
      {
        name: 'stories',
        ...collectionLabels('stories'),
        icon: 'article',
        path: '{{slug}}/index',
        create: true,
        preview_path: 'berita/{{dirname}}/',
        ...stories,
      },
      {
        name: 'stories_single',
        ...collectionLabels('storiesSingle'),
        icon: 'description',
        path: '{{slug}}',
        create: false,
        preview_path: 'berita/{{slug}}/',
        ...stories,
      },
      dataCollection('authors', 'person'),
      dataCollection('topics', 'sell'),
      dataCollection('places', 'location_on'),
    ],
  } as CmsConfig;
  if (missing.length) throw new Error(`cms-config: add these strings to src/i18n/features/cms.ts (id and en): ${missing.join(', ')}`);
  return config;
}
