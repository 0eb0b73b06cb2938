// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import expressiveCode, { createAstroRenderer } from 'astro-expressive-code';
import tailwindcss from '@tailwindcss/vite';
import { resolveSiteConfig } from './src/lib/site-config.ts';
import { contentDir, forgetOtherContent } from './src/lib/content-dir.ts';
import {
  baseLinks,
  compactCodeBlocks,
  compactCodeTokens,
  focusableCode,
  includedCode,
  mermaidDiagrams,
  scrollableTables,
  termChecks,
} from './src/markdown/plugins.ts';
import { lessonChecks } from './src/markdown/checks.ts';
import { courseBuildChecks } from './src/integrations/build-checks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { lazyScripts } from './src/integrations/lazy-scripts.ts';
import { courseModules } from './src/integrations/course-modules.ts';

const { site, base } = resolveSiteConfig(process.env);
forgetOtherContent(contentDir);

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
        // First: it checks the URLs as authors wrote them, before the base is added.
        lessonChecks({ publicDir: 'public' }),
        baseLinks(base),
        includedCode(),
        mermaidDiagrams(),
        scrollableTables(),
        termChecks(),
      ],
    }),
  },
  integrations: [
    expressiveCode({
      themes: ['github-light', 'github-dark'],
      plugins: [focusableCode(), compactCodeTokens(), compactCodeBlocks()],
      // Our own copy button (CodeCopy.astro) reads the code from the page instead of a second copy in data-code.
      frames: { showCopyToClipboardButton: false },
      textMarkers: false,
      customCreateAstroRenderer: async (options) => {
        const renderer = await createAstroRenderer(options);
        // Its one script makes scrolling code focusable, which focusableCode() already does at build time: ship no JS.
        renderer.hashedScripts.length = 0;
        // Its stylesheet (9.6 KB: a reset, both themes' variables, features off here) gives way to code-blocks.css,
        // which ArticleLayout bundles with the article's CSS, for the markup compactCodeBlocks() leaves.
        renderer.hashedStyles.length = 0;
        return renderer;
      },
    }),
    mdx(),
    sitemap(),
    courseBuildChecks(),
    pagefindIndex(),
  ],
  vite: {
    plugins: [
      tailwindcss(),
      lazyScripts(),
      courseModules(),
      {
        // What every page runs shares one chunk (one request, one gzip stream) instead of one file per module.
        name: 'course-site-chunk',
        configEnvironment: (name, config) => {
          if (name !== 'client') return;
          const output = {
            codeSplitting: {
              groups: [
                {
                  name: 'site',
                  test: /src[\\/](components[\\/][\w-]+\.client|components[\\/](progress-store|when-near)|lib[\\/](progress|urls))\.ts$/,
                },
              ],
            },
          };
          config.build = { ...config.build, rolldownOptions: { ...config.build?.rolldownOptions, output } };
        },
      },
    ],
  },
});
