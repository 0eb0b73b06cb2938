// /labs/<slug>.ipynb: the lab as a Jupyter notebook.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCourseData, type Lab } from '../../lib/content';
import { labToNotebook } from '../../lib/notebook';
import { labUrl, pathWithBase } from '../../lib/urls';

export const getStaticPaths = (async () => {
  const { labs } = await getCourseData();
  return labs.map((lab) => ({ params: { slug: lab.id }, props: { lab } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { lab } = props as { lab: Lab };
  const { glossary } = await getCourseData();
  const siteUrl = new URL(pathWithBase('/'), site).href;
  const notebook = labToNotebook(
    { title: lab.data.title, description: lab.data.description, url: new URL(labUrl(lab.id), site).href, body: lab.body ?? '' },
    siteUrl,
    new Map(glossary.map((t) => [t.id, t.term])),
  );
  return new Response(`${JSON.stringify(notebook, null, 1)}\n`, { headers: { 'content-type': 'application/x-ipynb+json' } });
};
