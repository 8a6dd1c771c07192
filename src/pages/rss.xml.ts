// /rss.xml: the whole site, newest stories first, full text.
import type { APIRoute } from 'astro';
import { getFeedResponse } from '../data/feed.ts';
import { config } from '../lib/config.ts';
import { ROUTES } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  getFeedResponse({ title: config.name, description: config.description, feedPath: ROUTES.rss, pagePath: ROUTES.home });
