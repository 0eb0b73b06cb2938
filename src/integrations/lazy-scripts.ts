// A Vite plugin: `import url from 'lazy-script:SearchPanel'` gives the built URL of src/components/SearchPanel.lazy.ts
// as its own chunk, to load later with import(url). Vite's own dynamic import() would put its preload helper (about 1 KB gzip)
// into every page's first load; this keeps first-load JavaScript to what a page needs to be read.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

const PREFIX = 'lazy-script:';

export function lazyScripts(componentsDir = resolve('src/components')): Plugin {
  return {
    name: 'course-lazy-scripts',
    resolveId(id) {
      return id.startsWith(PREFIX) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return undefined;
      const file = resolve(componentsDir, `${id.slice(PREFIX.length + 1)}.lazy.ts`);
      // The dev server compiles source files on request: hand it the file's own URL.
      if (this.environment.mode === 'dev')
        return `export default ${JSON.stringify(`${this.environment.config.base}@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
