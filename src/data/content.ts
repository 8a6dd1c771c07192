// Content queries for pages: the one place that talks to astro:content.
// Pure decisions (sorting, drafts, paging) live in src/lib/stories.ts.
import { getCollection, type CollectionEntry } from 'astro:content';
import { isVisible, sortStories } from '../lib/stories.ts';

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
export async function getTaxonomy(): Promise<{ authors: Map<string, Author>; topics: Map<string, Topic>; places: Map<string, Place> }> {
  const [authors, topics, places] = await Promise.all([getCollection('authors'), getCollection('topics'), getCollection('places')]);
  return {
    authors: new Map(authors.map((a) => [a.id, a])),
    topics: new Map(topics.map((t) => [t.id, t])),
    places: new Map(places.map((p) => [p.id, p])),
  };
}
