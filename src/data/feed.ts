// Feed data: renders each story's full body once per build (components included, through
// Astro's Container API) and turns it into an RSS response. The decisions live in src/lib/feed.ts.
import { getContainerRenderer } from '@astrojs/mdx/container-renderer';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { getImage } from 'astro:assets';
import { loadRenderers } from 'astro:container';
import { render } from 'astro:content';
import { storyComponents } from '../components/mdx/index.ts';
import { config } from '../lib/config.ts';
import { escapeXml, renderFeed, toFeedHtml, type FeedChannel, type FeedEntry } from '../lib/feed.ts';
import { isVisible } from '../lib/stories.ts';
import { absoluteUrl, ROUTES } from '../lib/urls.ts';
import { useTranslations } from '../i18n/index.ts';
import { getStories, getTaxonomy, type Story } from './content.ts';

let containerPromise: Promise<AstroContainer> | undefined;
/** One container for the whole build: creating it loads the MDX renderer. */
function getContainer(): Promise<AstroContainer> {
  containerPromise ??= loadRenderers([getContainerRenderer()]).then((renderers) => AstroContainer.create({ renderers }));
  return containerPromise;
}

/** Rendered feed HTML per story id; the site, topic and place feeds share it, so a story renders once per build. */
const htmlCache = new Map<string, Promise<string>>();

/** The story as a reader sees it on the page: lede, cover (the page's JPEG fallback), then the body. */
async function renderStoryHtml(story: Story): Promise<string> {
  const { data } = story;
  const t = useTranslations(data.lang ?? config.lang);
  const base = absoluteUrl(config.url, ROUTES.story(story.id));
  const container = await getContainer();
  const { Content } = await render(story);
  const body = await container.renderToString(Content, { props: { components: storyComponents } });
  let cover = '';
  if (data.cover) {
    // Same transform as the 1080w JPEG in the page's <picture>, so the build emits no extra file.
    const img = await getImage({ src: data.cover.src, width: 1080, format: 'jpg', quality: 55 });
    const credit = data.cover.credit ? `<figcaption>${escapeXml(t('story.coverCredit', { credit: data.cover.credit }))}</figcaption>` : '';
    cover = `<figure><img src="${escapeXml(img.src)}" alt="${escapeXml(data.cover.alt)}" width="${img.attributes.width}" height="${img.attributes.height}">${credit}</figure>`;
  }
  return toFeedHtml(`<p><strong>${escapeXml(data.lede)}</strong></p>${cover}${body}`, base);
}

/** Feed HTML for one story, rendered at most once per build. */
export function getStoryFeedHtml(story: Story): Promise<string> {
  let html = htmlCache.get(story.id);
  if (!html) {
    html = renderStoryHtml(story);
    htmlCache.set(story.id, html);
  }
  return html;
}

/** What a feed endpoint describes: its title and description, its own path and the page it mirrors, and which stories it carries. */
export interface FeedRequest {
  title: string;
  description: string;
  /** Root-relative path of the feed, e.g. `/topik/upah/rss.xml`. */
  feedPath: string;
  /** Root-relative path of the HTML page with the same stories. */
  pagePath: string;
  /** Which published stories belong in this feed (all when omitted). */
  filter?: (story: Story) => boolean;
}

/** The RSS response for one feed: newest `config.feeds.items` published stories, full content. Drafts never appear, not even in `astro dev`. */
export async function getFeedResponse(request: FeedRequest): Promise<Response> {
  const stories = (await getStories()).filter((s) => isVisible(s, false) && (request.filter?.(s) ?? true)).slice(0, config.feeds.items);
  const { authors, topics } = await getTaxonomy();
  const entries: FeedEntry[] = await Promise.all(
    stories.map(async (story) => ({
      url: absoluteUrl(config.url, ROUTES.story(story.id)),
      title: story.data.title,
      lede: story.data.lede,
      date: story.data.date,
      updated: story.data.updated,
      authors: story.data.authors.map((id) => authors.get(id)?.data.name ?? id),
      categories: story.data.topics.map((id) => topics.get(id)?.data.label ?? id),
      lang: story.data.lang ?? config.lang,
      html: await getStoryFeedHtml(story),
    })),
  );
  const channel: FeedChannel = {
    title: request.title,
    description: request.description,
    pageUrl: absoluteUrl(config.url, request.pagePath),
    feedUrl: absoluteUrl(config.url, request.feedPath),
    lang: config.lang,
  };
  const xml = await renderFeed(channel, entries, config.feeds.items);
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
}
