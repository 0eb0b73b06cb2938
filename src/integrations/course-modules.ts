// A Vite plugin: `import modules from 'virtual:course-modules'` gives client code the module titles in course order
// (the search panel's filters), read through the one validated reader of modules.yaml.
import type { Plugin } from 'vite';
import { courseFilePath, readModules } from '../lib/course-files.ts';

const ID = 'virtual:course-modules';

export function courseModules(): Plugin {
  return {
    name: 'course-modules',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      this.addWatchFile(courseFilePath('modules'));
      return `export default ${JSON.stringify(readModules().map((m) => m.title))};`;
    },
  };
}
