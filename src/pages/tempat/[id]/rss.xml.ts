// /tempat/<id>/rss.xml: one feed per place (switch: config.feeds.perPlace).
import type { APIRoute, GetStaticPaths } from 'astro';
import { getFeedResponse } from '../../../data/feed.ts';
import { getTaxonomy, type Place } from '../../../data/content.ts';
import { config } from '../../../lib/config.ts';
import { ROUTES } from '../../../lib/urls.ts';
import { useTranslations } from '../../../i18n/index.ts';

export const getStaticPaths = (async () => {
  if (!config.feeds.perPlace) return [];
  const { places } = await getTaxonomy();
  return [...places.values()].map((place) => ({ params: { id: place.id }, props: { place } }));
}) satisfies GetStaticPaths;

interface Props { place: Place }

export const GET: APIRoute<Props> = ({ props: { place } }) => {
  const t = useTranslations(config.lang);
  const vars = { name: place.data.name, province: place.data.province, site: config.name };
  return getFeedResponse({
    title: t('feeds.placeTitle', vars),
    description: t('feeds.placeDescription', vars),
    feedPath: ROUTES.placeRss(place.id),
    pagePath: ROUTES.place(place.id),
    filter: (story) => story.data.place === place.id,
  });
};
