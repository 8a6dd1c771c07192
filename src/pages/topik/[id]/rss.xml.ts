// /topik/<id>/rss.xml: one feed per topic (switch: config.feeds.perTopic).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFeedResponse } from '../../../data/feed.ts';
import { getTaxonomy, type Topic } from '../../../data/content.ts';
import { config } from '../../../lib/config.ts';
import { ROUTES } from '../../../lib/urls.ts';
import { useTranslations } from '../../../i18n/index.ts';

export const getStaticPaths = (async () => {
  if (!config.feeds.perTopic) return [];
  const { topics } = await getTaxonomy();
  return [...topics.values()].map((topic) => ({ params: { id: topic.id }, props: { topic } }));
}) satisfies GetStaticPaths;

interface Props { topic: Topic }

export const GET: APIRoute<Props> = ({ props: { topic } }) => {
  const t = useTranslations(config.lang);
  return getFeedResponse({
    title: t('feeds.topicTitle', { label: topic.data.label, site: config.name }),
    description: topic.data.description,
    feedPath: ROUTES.topicRss(topic.id),
    pagePath: ROUTES.topic(topic.id),
    filter: (story) => story.data.topics.includes(topic.id),
  });
};
