// robots.txt pointing at the sitemap (with the base).
import type { APIRoute } from 'astro';
import { pathWithBase } from '../lib/urls';

export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(pathWithBase('/sitemap-index.xml'), site);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`);
};
