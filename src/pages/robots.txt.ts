// /robots.txt: everything public may be crawled; the sitemap lists what should be indexed.
// Print-only pages are not disallowed on purpose: crawlers must fetch them to see their `noindex`.
import type { APIRoute } from 'astro';
import { config } from '../lib/config.ts';
import { absoluteUrl } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(['User-agent: *', 'Disallow: /admin/', '', `Sitemap: ${absoluteUrl(config.url, '/sitemap-index.xml')}`, ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
