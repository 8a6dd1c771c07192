// Static paths shared by the A4 and A3 poster routes.
import { createHash } from 'node:crypto';
import { getStories, getTaxonomy, type Story } from '../../../data/content.ts';
import { ROUTES } from '../../../lib/urls.ts';

/**
 * Everything a poster shows that is not code: the story's data and body (points are
 * derived from it) and its place's name. With `experimental.incrementalBuild`, Astro
 * reuses last build's page when this key and the page's code (its whole module graph,
 * which includes site.config.ts and the translations) are unchanged.
 */
export function posterCacheKey(story: Pick<Story, 'id' | 'data' | 'body'>, place: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify([1, story.id, story.data, story.body ?? '', place ?? null]))
    .digest('base64url');
}

/** One poster per published story; drafts never get one (not even in `astro dev`), and no slug may shadow the wall sheet. */
export async function getPosterPaths(): Promise<{ params: { slug: string }; props: { story: Story }; cacheKey: string }[]> {
  const stories = await getStories();
  const { places } = await getTaxonomy();
  return stories
    .filter((story) => !story.data.draft && ROUTES.poster(story.id) !== ROUTES.wallSheet)
    .map((story) => ({ params: { slug: story.id }, props: { story }, cacheKey: posterCacheKey(story, places.get(story.data.place)?.data) }));
}
