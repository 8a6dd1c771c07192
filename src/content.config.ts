// Composes the schemas in src/schemas/ with loaders over content/ (the CMS writes there).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { createStorySchema } from './schemas/story.ts';
import { AuthorSchema, PageSchema, PlaceSchema, TopicSchema } from './schemas/taxonomy.ts';

/** The content folder; the benchmark and tests point it elsewhere. */
const root = process.env.MADING_CONTENT_DIR ?? './content';

/** `foo.mdx` and `foo/index.mdx` both become the story `foo`. */
const storyId = ({ entry }: { entry: string }) => entry.replace(/\.mdx?$/i, '').replace(/\/index$/i, '').toLowerCase();
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx?)$/i, '').toLowerCase();

export const collections = {
  stories: defineCollection({
    loader: glob({ pattern: '**/[^_]*.mdx', base: `${root}/stories`, generateId: storyId }),
    schema: ({ image }) => createStorySchema(image()),
  }),
  authors: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/authors`, generateId: fileId }), schema: AuthorSchema }),
  topics: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/topics`, generateId: fileId }), schema: TopicSchema }),
  places: defineCollection({ loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/places`, generateId: fileId }), schema: PlaceSchema }),
  pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${root}/pages`, generateId: fileId }), schema: PageSchema }),
};
