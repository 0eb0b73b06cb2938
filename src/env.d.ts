/** URLs of scripts built as their own chunks and loaded on demand (src/integrations/lazy-scripts.ts). */
declare module 'lazy-script:*' {
  const url: string;
  export default url;
}

/** The course's module titles in course order, for the search filters (src/integrations/course-modules.ts). */
declare module 'virtual:course-modules' {
  const titles: string[];
  export default titles;
}
