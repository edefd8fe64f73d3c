/** Heavy libraries in built JavaScript, for the bundle budgets (tests/browser/bundle.test.ts). */
/**
 * Libraries that belong at build time or behind a click, never in what a page runs on load,
 * each known by a string its minified code keeps.
 */
export const HEAVY_LIBRARIES: readonly {name: string; mark: string}[] = [
  {name: 'flexsearch', mark: '"flexsearch"'},
  {name: '@citation-js/core', mark: '@csl/list+object'},
  {name: 'katex (JavaScript)', mark: 'KaTeX parse error'},
  {name: 'pdf-lib', mark: '%PDF-'},
  {name: 'docx', mark: 'wordprocessingml'},
  {name: 'jszip', mark: 'Corrupted zip'},
  {name: 'prismjs language table', mark: 'components/prism-core.js'},
];

/** Names of the heavy libraries whose marks occur in this code. */
export function heavyLibrariesIn(code: string): string[] {
  return HEAVY_LIBRARIES.filter((l) => code.includes(l.mark)).map((l) => l.name);
}
