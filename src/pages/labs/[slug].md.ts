// /labs/<slug>.md: the lab as Markdown, for AI assistants.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourseData, type Lab } from '../../lib/content';
import { labMarkdown } from '../../lib/llms';

export const getStaticPaths = (async () => {
  const { labs } = await getCourseData();
  return labs.map((lab) => ({ params: { slug: lab.id }, props: { lab } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const body = labMarkdown((props as { lab: Lab }).lab, await getCourseData(), site);
  return new Response(body, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
