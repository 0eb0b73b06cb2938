// The "edit this page" URL: GitHub Actions' repository and branch, else course.yaml's repository.

export function editUrl(
  relativeFile: string,
  opts: { githubRepository?: string | undefined; branch?: string | undefined; courseRepository?: string | undefined },
): string | undefined {
  const file = relativeFile.split('\\').join('/').replace(/^\.\//, '');
  if (opts.githubRepository) return `https://github.com/${opts.githubRepository}/edit/${opts.branch ?? 'main'}/${file}`;
  if (opts.courseRepository) return `${opts.courseRepository.replace(/\/+$/, '')}/edit/main/${file}`;
  return undefined;
}
