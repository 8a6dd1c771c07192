// Static paths shared by the A4 and A3 poster routes.
import { getStories, type Story } from '../../../data/content.ts';
import { ROUTES } from '../../../lib/urls.ts';

/** One poster per published story; drafts never get one (not even in `astro dev`), and no slug may shadow the wall sheet. */
export async function getPosterPaths(): Promise<{ params: { slug: string }; props: { story: Story } }[]> {
  const stories = await getStories();
  return stories
    .filter((story) => !story.data.draft && ROUTES.poster(story.id) !== ROUTES.wallSheet)
    .map((story) => ({ params: { slug: story.id }, props: { story } }));
}
