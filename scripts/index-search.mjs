#!/usr/bin/env node
// The last step of `npm run build`: the Pagefind search index for the built site (ASTRO_OUT_DIR or dist/).
import { resolve } from 'node:path';
import { buildSearchIndex } from '../src/integrations/pagefind.ts';

const dir = resolve(process.env.ASTRO_OUT_DIR || 'dist');
const pages = await buildSearchIndex(dir);
console.log(`search: indexed ${pages} pages and the glossary in ${dir}`);
