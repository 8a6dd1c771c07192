// Content queries for pages: the one place that talks to astro:content.
// Pure decisions (sorting, drafts, paging) live in src/lib/stories.ts.
import { createHash } from 'node:crypto';
import { getCollection, type CollectionEntry } from 'astro:content';
import { getNeighbours, isVisible, sortStories } from '../lib/stories.ts';

export type Story = CollectionEntry<'stories'>;
export type Author = CollectionEntry<'authors'>;
export type Topic = CollectionEntry<'topics'>;
export type Place = CollectionEntry<'places'>;

/**
 * True only under `astro dev`. Vite's `DEV` follows NODE_ENV, which a test runner
 * sets to "test" even for a production build, so drafts would leak into `dist/`;
 * the mode is "production" for every `astro build`.
 */
const isDevServer = import.meta.env.MODE === 'development';

/** Published stories, newest first (drafts too in `astro dev`). */
export async function getStories(): Promise<Story[]> {
  const all = await getCollection('stories');
  return sortStories(all.filter((s) => isVisible(s, isDevServer)));
}

/** Lookup tables for authors, topics and places by id. */
export function getTaxonomy(): Promise<Taxonomy> {
  // Every story, poster and list page asks for these; a static build's content cannot change mid-build, so build them once.
  // In `astro dev` they are rebuilt per request so edits show up.
  if (import.meta.env.DEV) return loadTaxonomy();
  return (taxonomy ??= loadTaxonomy());
}

/** Authors, topics and places by id. */
export interface Taxonomy {
  authors: Map<string, Author>;
  topics: Map<string, Topic>;
  places: Map<string, Place>;
}

let taxonomy: Promise<Taxonomy> | undefined;

async function loadTaxonomy(): Promise<Taxonomy> {
  const [authors, topics, places] = await Promise.all([getCollection('authors'), getCollection('topics'), getCollection('places')]);
  return {
    authors: new Map(authors.map((a) => [a.id, a])),
    topics: new Map(topics.map((t) => [t.id, t])),
    places: new Map(places.map((p) => [p.id, p])),
  };
}

/**
 * Everything a story page shows that is not code or the rendered MDX: the story's
 * data and body, its neighbours' ids and titles, and the authors, topics and place it
 * names. With `experimental.incrementalBuild`, Astro reuses last build's page when this
 * key, the page's code (its whole module graph: components, site.config.ts,
 * translations) and the entry's render hash are unchanged. Add here anything new the
 * page reads from other entries.
 */
export function storyCacheKey(story: Story, sorted: readonly Story[], taxonomy: Taxonomy): string {
  const { newer, older } = getNeighbours(sorted, story.id);
  const { data } = story;
  return createHash('sha256')
    .update(
      JSON.stringify([
        1,
        story.id,
        data,
        story.body ?? '',
        [newer?.id, newer?.data.title],
        [older?.id, older?.data.title],
        data.authors.map((id) => taxonomy.authors.get(id)?.data ?? null),
        data.topics.map((id) => taxonomy.topics.get(id)?.data ?? null),
        taxonomy.places.get(data.place)?.data ?? null,
      ]),
    )
    .digest('base64url');
}
