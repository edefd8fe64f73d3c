import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {HEAVY_LIBRARIES, heavyLibrariesIn} from '../heavyLibraries';

const nm = (p: string) => path.join(process.cwd(), 'node_modules', p);
const read = (p: string) => fs.readFileSync(nm(p), 'utf8');
const readDir = (dir: string): string =>
  fs
    .readdirSync(nm(dir), {recursive: true, encoding: 'utf8'})
    .filter((f) => f.endsWith('.js'))
    .map((f) => read(path.join(dir, f)))
    .join('\n');

// The "broken" inputs: each library's own code, as a bundler would put it in a chunk.
const LIBRARY_CODE: Record<string, () => string> = {
  flexsearch: () => read('flexsearch/dist/flexsearch.bundle.module.min.mjs'),
  '@citation-js/core': () => readDir('@citation-js/core/lib'),
  'katex (JavaScript)': () => read('katex/dist/katex.min.js'),
  'pdf-lib': () => read('pdf-lib/dist/pdf-lib.min.js'),
  docx: () => read('docx/dist/index.mjs'),
  jszip: () => read('jszip/dist/jszip.min.js'),
  'prismjs language table': () => read('prismjs/components.js'),
};

describe('heavyLibrariesIn', () => {
  it.each(HEAVY_LIBRARIES.map((l) => l.name))('finds %s in its own code', (name) => {
    expect(heavyLibrariesIn(LIBRARY_CODE[name]!())).toContain(name);
  });

  it('finds none in code without them (React and the site’s own client code)', () => {
    expect(heavyLibrariesIn(read('react/cjs/react.production.js'))).toEqual([]);
    expect(heavyLibrariesIn(fs.readFileSync('src/plugins/zoeken/theme/SearchBar/index.tsx', 'utf8'))).toEqual([]);
  });
});
