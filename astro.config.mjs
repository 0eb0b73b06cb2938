// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import expressiveCode from 'astro-expressive-code';
import tailwindcss from '@tailwindcss/vite';
import { resolveSiteConfig } from './src/lib/site-config.ts';
import { contentDir } from './src/lib/content-dir.ts';
import { baseLinks, focusableCode, includedCode, mermaidDiagrams, scrollableTables, termChecks } from './src/markdown/plugins.ts';
import { courseBuildChecks } from './src/integrations/build-checks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

const { site, base } = resolveSiteConfig(process.env);

export default defineConfig({
  // Tests build several configurations side by side, each with its own output and cache.
  outDir: process.env.ASTRO_OUT_DIR || './dist',
  cacheDir: process.env.ASTRO_CACHE_DIR || './node_modules/.astro',
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: satteri({
      mdastPlugins: [
        baseLinks(base),
        includedCode(),
        mermaidDiagrams(),
        scrollableTables(),
        termChecks(`${contentDir}/glossary.yaml`),
      ],
    }),
  },
  integrations: [
    expressiveCode({
      themes: ['github-light', 'github-dark'],
      themeCssSelector: (theme) => (theme.type === 'dark' ? '[data-theme="dark"]' : '[data-theme="light"]'),
      useDarkModeMediaQuery: false,
      styleOverrides: { borderRadius: '0.5rem', codeFontSize: '0.875rem', uiFontSize: '0.875rem' },
      plugins: [focusableCode()],
      // Our own copy button (CodeCopy.astro) reads the code from the page instead of a second copy in data-code.
      frames: { showCopyToClipboardButton: false },
      textMarkers: false,
    }),
    mdx(),
    sitemap(),
    courseBuildChecks(),
    pagefindIndex(),
  ],
  vite: { plugins: [tailwindcss()] },
});
