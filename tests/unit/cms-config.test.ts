// The CMS config is generated from the zod schemas; these tests fail on any drift.
// Required flags and limits are checked against what the schemas actually accept
// (parsing probes), not against the JSON Schema the generator reads, so a bug in
// the derivation can't hide behind itself.
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { CMS_COLLECTIONS, createCmsConfig, createCollectionFields, MAX_UPLOAD_BYTES, RELATIONS, storyBodyPattern, type CmsCollectionName } from '../../scripts/lib/cms-config.ts';
import { translations } from '../../src/i18n/index.ts';
import { checkStoryBody } from '../../src/lib/mdx-safety.ts';
import { defineSiteConfig } from '../../src/lib/site-config.ts';
import { STORY_FIELDS } from '../../src/schemas/story.ts';
import site from '../../site.config.ts';

type Field = Record<string, unknown> & { name: string; label: string; hint?: string; widget: string; required?: boolean; fields?: Field[]; field?: Field };

/** The smallest valid entry of each collection: probes start from here. */
const VALID: Record<CmsCollectionName, Record<string, unknown>> = {
  stories: { title: 'Judul berita uji', lede: 'Ringkasan berita uji yang cukup panjang.', date: '2026-10-01', authors: ['redaksi'], place: 'karawang', topics: ['upah'] },
  authors: { name: 'Kenanga', bio: 'Operator jahit dan anggota serikat.' },
  topics: { label: 'Upah', description: 'Upah minimum dan potongan gaji.' },
  places: { name: 'Karawang', province: 'Jawa Barat' },
};
/** A valid value for optional groups, so their own fields can be probed. */
const GROUPS: Record<string, Record<string, unknown>> = {
  'stories.cover': { src: './sampul.jpg', alt: 'Gerbang pabrik' },
  'stories.poster': {},
};

const accepts = (schema: z.ZodType, data: unknown) => schema.safeParse(data).success;
const setAt = (obj: Record<string, unknown>, path: string[], value: unknown) => {
  const copy = structuredClone(obj);
  let cur = copy;
  for (const k of path.slice(0, -1)) cur = (cur[k] ??= {}) as Record<string, unknown>;
  if (value === undefined) delete cur[path[path.length - 1]];
  else cur[path[path.length - 1]] = value;
  return copy;
};
/** A value of `n` items/characters for a field, valid in every other way. */
const sized = (f: Field, n: number): unknown => {
  if (f.widget === 'relation') return Array.from({ length: n }, (_, i) => `id-${i}`);
  if (f.widget === 'list') return Array.from({ length: n }, () => 'Poin yang cukup panjang.');
  return 'a'.repeat(n);
};

const collections = Object.keys(CMS_COLLECTIONS) as CmsCollectionName[];

describe('fields follow the schemas', () => {
  it('stories list every front-matter field, in the order of STORY_FIELDS, then the body', () => {
    const config = createCmsConfig({ site });
    const stories = config.collections!.find((c) => 'name' in c && c.name === 'stories') as unknown as { fields: Field[] };
    expect(stories.fields.map((f) => f.name)).toEqual([...STORY_FIELDS, 'body']);
  });

  describe.each(collections)('%s', (collection) => {
    const schema = CMS_COLLECTIONS[collection].schema as z.ZodType;
    const fields = createCollectionFields(collection) as unknown as Field[];
    const shape = (schema as unknown as { shape: Record<string, unknown> }).shape;

    it('has exactly the schema’s fields, with the same names', () => {
      expect(fields.map((f) => f.name)).toEqual(Object.keys(shape));
      expect(accepts(schema, VALID[collection])).toBe(true);
    });

    // Every field, nested ones included, with the path the probes use.
    const all: { path: string[]; field: Field; base: Record<string, unknown> }[] = [];
    for (const f of fields) {
      all.push({ path: [f.name], field: f, base: VALID[collection] });
      for (const sub of f.fields ?? []) {
        const group = GROUPS[`${collection}.${f.name}`];
        all.push({ path: [f.name, sub.name], field: sub, base: { ...VALID[collection], [f.name]: group } });
      }
    }

    it.each(all.map((a) => [a.path.join('.'), a] as const))('%s: required in the CMS exactly when the schema requires it', (_name, { path, field, base }) => {
      const withoutIt = accepts(schema, setAt(base, path, undefined));
      expect(field.required, path.join('.')).toBe(!withoutIt);
    });

    it.each(all.filter((a) => a.field.minlength !== undefined || a.field.maxlength !== undefined || a.field.min !== undefined || a.field.max !== undefined).map((a) => [a.path.join('.'), a] as const))(
      '%s: the CMS limits are the schema’s limits',
      (_name, { path, field, base }) => {
        const min = (field.minlength ?? field.min) as number | undefined;
        const max = (field.maxlength ?? field.max) as number | undefined;
        const ok = (n: number) => {
          const value = sized(field, n);
          // Relations point at ids that exist only in the content check; the schema checks their shape.
          return accepts(schema, setAt(base, path, value));
        };
        if (max !== undefined) {
          expect(ok(max), `${path.join('.')} at ${max}`).toBe(true);
          expect(ok(max + 1), `${path.join('.')} at ${max + 1}`).toBe(false);
        }
        if (min !== undefined && min > 0) {
          expect(ok(min), `${path.join('.')} at ${min}`).toBe(true);
          expect(ok(min - 1), `${path.join('.')} at ${min - 1}`).toBe(false);
        }
      },
    );

    it('strings without limits in the CMS have none in the schema either', () => {
      for (const { path, field, base } of all.filter((a) => ['string', 'text'].includes(a.field.widget))) {
        if (field.maxlength === undefined) expect(accepts(schema, setAt(base, path, 'a'.repeat(5000))), path.join('.')).toBe(true);
      }
    });
  });

  it('every id field is a relation to the right collection, so ids can’t be mistyped', () => {
    const stories = createCollectionFields('stories') as unknown as Field[];
    const byName = Object.fromEntries(stories.map((f) => [f.name, f]));
    expect(RELATIONS.stories).toEqual({ authors: 'authors', place: 'places', topics: 'topics' });
    expect(byName.authors).toMatchObject({ widget: 'relation', collection: 'authors', multiple: true, value_field: '{{slug}}' });
    expect(byName.place).toMatchObject({ widget: 'relation', collection: 'places', value_field: '{{slug}}' });
    expect(byName.place.multiple).toBeUndefined();
    expect(byName.topics).toMatchObject({ widget: 'relation', collection: 'topics', multiple: true, value_field: '{{slug}}' });
  });

  it('dates, images, flags and choices get the matching widgets', () => {
    const stories = createCollectionFields('stories') as unknown as Field[];
    const byName = Object.fromEntries(stories.map((f) => [f.name, f]));
    expect(byName.date).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', default: '{{now}}', required: true });
    expect(byName.updated).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', required: false });
    expect(byName.updated.default).toBeUndefined();
    expect(byName.cover.fields!.find((f) => f.name === 'src')).toMatchObject({ widget: 'image', choose_url: false });
    expect(byName.draft).toMatchObject({ widget: 'boolean', default: false, required: false });
    expect(byName.lang).toMatchObject({ widget: 'select', required: false, options: [{ value: 'id', label: 'Bahasa Indonesia' }, { value: 'en', label: 'English' }] });
  });
});

describe('labels and hints are written for workers, in both languages', () => {
  it.each(['id', 'en'])('%s: every field has a label and a hint, none left as a key or placeholder', (lang) => {
    const config = createCmsConfig({ site, lang });
    const walk = (fields: Field[]): void => {
      for (const f of fields) {
        expect(f.label, f.name).toBeTruthy();
        expect(f.label, f.name).not.toMatch(/^cms\.|\{\w+\}/);
        if (f.widget !== 'hidden') expect(f.hint ?? '', f.name).not.toMatch(/^cms\.|\{(min|max|maxSize|side)\}/);
        walk(f.fields ?? []);
      }
    };
    for (const c of config.collections!) {
      const col = c as unknown as { name: string; label: string; description: string; fields: Field[] };
      expect(col.label).not.toMatch(/^cms\./);
      expect(col.description).toBeTruthy();
      walk(col.fields);
    }
  });

  it('Indonesian is the default, and the English table has the same keys', () => {
    const stories = createCollectionFields('stories') as unknown as Field[];
    expect(stories.slice(0, 3).map((f) => f.label)).toEqual(['Judul', 'Ringkasan', 'Tanggal terbit']);
    expect(stories[0].hint).toContain('8–120');
    const cms = (table: Record<string, string>) => Object.keys(table).filter((k) => k.startsWith('cms.')).sort();
    expect(cms(translations.en)).toEqual(cms(translations.id));
  });
});

describe('collections, media and review', () => {
  const config = createCmsConfig({ site }) as unknown as Record<string, unknown> & { collections: Record<string, unknown>[]; backend: Record<string, unknown> };
  const col = (name: string) => config.collections.find((c) => c.name === name)!;

  it('stories are <slug>/index.mdx with uploads beside them', () => {
    expect(col('stories')).toMatchObject({ folder: 'content/stories', path: '{{slug}}/index', extension: 'mdx', format: 'yaml-frontmatter', media_folder: '', public_folder: '', create: true });
    expect(col('stories_single')).toMatchObject({ folder: 'content/stories', path: '{{slug}}', extension: 'mdx', create: false });
  });

  it('authors, topics and places are YAML files named by id', () => {
    for (const [name, id] of [['authors', 'name'], ['topics', 'label'], ['places', 'name']]) {
      expect(col(name)).toMatchObject({ folder: `content/${name}`, extension: 'yaml', format: 'yaml', identifier_field: id });
    }
    expect(config.slug).toMatchObject({ encoding: 'ascii', clean_accents: true });
  });

  it('uploads are shrunk to WebP in the browser and oversized ones refused; no stock-photo services', () => {
    expect(config.media_libraries).toEqual({
      default: { config: { max_file_size: MAX_UPLOAD_BYTES, slugify_filename: true, transformations: { raster_image: { format: 'webp', quality: 80, width: 2000, height: 2000 } } } },
      stock_assets: false,
    });
    expect(config.output).toEqual({ omit_empty_optional_fields: true });
  });

  it('every change goes through review: editorial workflow on GitHub, open authoring from forks', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toEqual({ name: 'github', repo: site.cms.repo, branch: site.cms.branch, squash_merges: true, open_authoring: true, auth_scope: 'public_repo' });
  });

  it.each([
    [{ openAuthoring: false }, { open_authoring: undefined, auth_scope: undefined, base_url: undefined }],
    [{ authBaseUrl: 'https://auth.serikat.or.id' }, { open_authoring: true, base_url: 'https://auth.serikat.or.id' }],
    [{ repo: 'serikat-lain/berita', branch: 'utama' }, { repo: 'serikat-lain/berita', branch: 'utama' }],
  ])('the backend follows site.config.ts cms: %j', (cms, expected) => {
    const other = defineSiteConfig({ ...site, cms: { ...site.cms, ...cms } });
    const backend = createCmsConfig({ site: other }).backend as Record<string, unknown>;
    for (const [k, v] of Object.entries(expected)) expect(backend[k], k).toBe(v);
  });
});

describe('the story body pattern matches what the content check refuses', () => {
  const pattern = new RegExp(storyBodyPattern());
  it.each([
    // body, the CMS saves it, the content check accepts it
    ['Upah naik sepuluh persen.', true, true],
    ['Upah naik {10%} tahun ini.', false, false],
    ['Upah masih < UMK.', true, true],
    ['Upah <5 juta.', false, false],
    ['Huruf <b>tebal</b>.', false, false],
    ['Kurang dari UMK & tidak adil.', true, true],
    ['<PullQuote by="Sari">Kami bukan mesin.</PullQuote>', true, true],
    ['<Figure caption="Gerbang.">\n\n![Gerbang pabrik](./foto.jpg)\n\n</Figure>', true, true],
    ['<FactBox title="Aturan">\n\n- Satu\n\n</FactBox>', true, true],
    ['<script>alert(1)</script>', false, false],
    ['<iframe src="https://x"></iframe>', false, false],
    ['Baris satu.\n\nimport x from "y"', false, false],
    ['export const a = 1', false, false],
    ['Importir nakal.', true, true],
    ['# Judul bagian', false, false],
    ['## Judul bagian', true, true],
    ['#TolakPHK sekarang', true, true],
    ['Catatan <!-- rahasia -->', false, false],
    // Stricter than the check on purpose: braces inside code are fine for MDX but rare in a worker's story.
    ['Kode `{contoh}` di sini.', false, true],
  ])('%j → CMS %s, check %s', (body, cms, check) => {
    expect(pattern.test(body)).toBe(cms);
    expect(checkStoryBody(body).problems.length === 0).toBe(check);
  });
});
