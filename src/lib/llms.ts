// The course for AI assistants: llms.txt (the map, per the llms.txt proposal) and the Markdown of every page.
import type { CourseData, Lab, Lesson } from './content';
import { pageToMarkdown, type TwinOptions } from './markdown-twin';
import { glossaryUrl, labMarkdownUrl, labUrl, lessonMarkdownUrl, lessonUrl, pathWithBase } from './urls';

/** Absolute URL of a site path (base included) on the deployed site. */
const abs = (path: string, site: URL | undefined) => new URL(path, site).href;

export function twinOptions(data: CourseData, site: URL | undefined): TwinOptions {
  return { siteUrl: abs(pathWithBase('/'), site), terms: new Map(data.glossary.map((t) => [t.id, t.term])) };
}

export function lessonMarkdown(lesson: Lesson, data: CourseData, site: URL | undefined): string {
  return pageToMarkdown(
    {
      title: lesson.title,
      description: lesson.data.description,
      url: abs(lessonUrl(lesson.id), site),
      objectives: lesson.data.objectives,
      quiz: lesson.data.quiz,
      body: lesson.entry.body ?? '',
    },
    twinOptions(data, site),
  );
}

export function labMarkdown(lab: Lab, data: CourseData, site: URL | undefined): string {
  return pageToMarkdown(
    { title: lab.data.title, description: lab.data.description, url: abs(labUrl(lab.id), site), body: lab.body ?? '' },
    twinOptions(data, site),
  );
}

/** llms.txt: the course's title and summary, then every module's lessons, the labs and the glossary, linked to their Markdown. */
export function llmsTxt(data: CourseData, site: URL | undefined): string {
  const lines = [`# ${data.course.title}`, '', `> ${data.course.description}`, ''];
  lines.push(
    `Taught by ${data.course.instructor}. Each page below is Markdown; the whole course in one file is ${abs(pathWithBase('/llms-full.txt'), site)}.`,
    '',
  );
  for (const group of data.nav) {
    if (!group.lessons.length) continue;
    lines.push(`## ${group.module.title}`, '', group.module.summary, '');
    for (const l of group.lessons) lines.push(`- [${l.title}](${abs(lessonMarkdownUrl(l.id), site)}): ${l.data.description}`);
    lines.push('');
  }
  if (data.labs.length) {
    lines.push('## Labs', '');
    for (const lab of data.labs)
      lines.push(`- [${lab.data.title}](${abs(labMarkdownUrl(lab.id), site)}): ${lab.data.description}`);
    lines.push('');
  }
  if (data.glossary.length)
    lines.push('## Optional', '', `- [Glossary](${abs(glossaryUrl(), site)}): ${data.glossary.length} terms`, '');
  return lines.join('\n');
}

/** llms-full.txt: every lesson, then every lab, in course order. */
export function llmsFullTxt(data: CourseData, site: URL | undefined): string {
  return [
    `# ${data.course.title}\n\n> ${data.course.description}\n`,
    ...data.lessons.map((l) => lessonMarkdown(l, data, site)),
    ...data.labs.map((lab) => labMarkdown(lab, data, site)),
  ].join('\n---\n\n');
}
