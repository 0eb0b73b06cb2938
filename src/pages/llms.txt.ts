// /llms.txt: the course map for AI assistants (https://llmstxt.org/).
import type { APIRoute } from 'astro';
import { getCourseData } from '../lib/content';
import { llmsTxt } from '../lib/llms';

export const GET: APIRoute = async ({ site }) =>
  new Response(llmsTxt(await getCourseData(), site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
