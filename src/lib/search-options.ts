// Pagefind's client options, shared by the search UI and the relevance test so both rank alike.
export const PAGEFIND_OPTIONS = {
  excerptLength: 22,
  // Less weight on raw term counts and page length, so short glossary records and focused sections compete.
  ranking: { termFrequency: 0.8, pageLength: 0.5, termSaturation: 1.2 },
} as const;
