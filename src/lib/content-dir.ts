// The content folder (COURSE_CONTENT_DIR, default ./content) and the routes a module id may not take.
import { resolve } from 'node:path';

export const contentDir = resolve(process.env.COURSE_CONTENT_DIR || 'content');

export const RESERVED_ROUTES = ['labs', 'glossary', 'syllabus', 'search', '404', 'pagefind', '_astro'];
