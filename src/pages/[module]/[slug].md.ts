// /<module>/<slug>.md: the lesson as Markdown, for AI assistants.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourseData, type Lesson } from '../../lib/content';
import { lessonMarkdown } from '../../lib/llms';

export const getStaticPaths = (async () => {
  const { lessons } = await getCourseData();
  return lessons.map((lesson) => ({ params: { module: lesson.module, slug: lesson.slug }, props: { lesson } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const body = lessonMarkdown((props as { lesson: Lesson }).lesson, await getCourseData(), site);
  return new Response(body, { headers: { 'content-type': 'text/markdown; charset=utf-8' } });
};
