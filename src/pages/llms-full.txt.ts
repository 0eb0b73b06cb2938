// /llms-full.txt: every lesson and lab in course order, as Markdown.
import type { APIRoute } from 'astro';
import { getCourseData } from '../lib/content';
import { llmsFullTxt } from '../lib/llms';

export const GET: APIRoute = async ({ site }) =>
  new Response(llmsFullTxt(await getCourseData(), site), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
