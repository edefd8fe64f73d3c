/**
 * Every package the code imports is declared in package.json. A package that
 * works only because npm hoisted it for another package breaks the day that
 * package drops it. Site and build code (src/ outside tests, the config, the
 * sidebars) loads its packages at build time: they belong in `dependencies`.
 * Tests, scripts and type-only imports may use either list. Imports are read
 * with the TypeScript compiler (scripts/lib/imports.ts), not with a regex.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  codeFiles,
  docusaurusAliases,
  formatUndeclared,
  importsOf,
  packageOf,
  undeclaredImports,
  type PackageJson,
} from '../lib/imports';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURE = path.join(__dirname, '__fixtures__/imports');
const isAlias = docusaurusAliases(ROOT);

/** What the site builds from, as opposed to tests and tools. */
const isSiteCode = (file: string): boolean =>
  file === 'docusaurus.config.ts' ||
  file === 'sidebars.ts' ||
  (file.startsWith('src/') && !file.includes('/__tests__/') && !file.includes('/__fixtures__/'));

const readPackage = (dir: string): PackageJson =>
  JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as PackageJson;

function check(rootDir: string, parts: readonly string[]): string[] {
  const files = parts.flatMap((p) => codeFiles(path.join(rootDir, p)));
  return undeclaredImports({rootDir, files, pkg: readPackage(rootDir), isSiteCode, isAlias}).map(formatUndeclared);
}

describe('reading imports (TypeScript compiler)', () => {
  const refs = importsOf(path.join(FIXTURE, 'src/plugins/x/index.ts'));
  const specs = refs.map((r) => r.specifier);

  it('finds import, require.resolve, import() and import types, and nothing in comments or strings', () => {
    expect(specs).toEqual([
      'zod',
      'unist-util-visit',
      'unified',
      'mdast',
      '@docusaurus/types',
      'node:fs',
      'path',
      '@docusaurus/Link',
      '@theme/Heading',
      './helper',
      'katex/dist/katex.min.css',
      '@scope/lazy/sub',
      '@docusaurus/logger',
    ]);
  });

  it('knows which imports are erased by the compiler', () => {
    expect(refs.filter((r) => r.typeOnly).map((r) => r.specifier)).toEqual([
      'mdast',
      '@docusaurus/types',
      '@docusaurus/logger',
    ]);
  });

  it.each([
    ['@docusaurus/utils/lib/urlUtils', '@docusaurus/utils'],
    ['katex/dist/katex.min.css', 'katex'],
    ['unified', 'unified'],
    ['node:fs', undefined],
    ['path', undefined],
    ['./helper', undefined],
    ['@docusaurus/Link', undefined],
    ['@theme/Bronnen', undefined],
    ['@site/src/content/vocabulary', undefined],
    ['@generated/docusaurus.config', undefined],
  ])('%s comes from the package %s', (spec, pkg) => {
    expect(packageOf(spec, isAlias)).toBe(pkg);
  });
});

describe('undeclared packages (guard: a fixture that imports what it does not declare)', () => {
  it('names file, line and package, and says where to declare it', () => {
    expect(check(FIXTURE, ['src', 'tests'])).toEqual([
      'src/plugins/x/index.ts:3 importeert "unist-util-visit", maar package.json noemt het niet: npm install --save-exact unist-util-visit (in dependencies als de site of de build het laadt, anders met --save-dev).',
      'src/plugins/x/index.ts:4 laadt "unified" bij het bouwen of in de site, maar package.json noemt het alleen in devDependencies: zet het in dependencies (npm install --save-exact unified).',
      'src/plugins/x/index.ts:6 importeert typen uit "@docusaurus/types", maar package.json noemt "@docusaurus/types" noch "@types/docusaurus__types": installeer het pakket dat de typen levert met npm install --save-exact --save-dev.',
      'src/plugins/x/index.ts:15 importeert "katex", maar package.json noemt het niet: npm install --save-exact katex (in dependencies als de site of de build het laadt, anders met --save-dev).',
      'src/plugins/x/index.ts:16 importeert "@scope/lazy", maar package.json noemt het niet: npm install --save-exact @scope/lazy (in dependencies als de site of de build het laadt, anders met --save-dev).',
      'src/plugins/x/index.ts:17 importeert typen uit "@docusaurus/logger", maar package.json noemt "@docusaurus/logger" noch "@types/docusaurus__logger": installeer het pakket dat de typen levert met npm install --save-exact --save-dev.',
      'tests/x.ts:4 importeert "yaml", maar package.json noemt het niet: npm install --save-exact yaml (in dependencies als de site of de build het laadt, anders met --save-dev).',
    ]);
  });
});

describe('this repository', () => {
  it('declares every package that src/, scripts/, tests/, the config and the sidebars import', () => {
    expect(
      check(ROOT, [
        'src',
        'scripts',
        'tests',
        'docusaurus.config.ts',
        'sidebars.ts',
        'vitest.config.mts',
        'eslint.config.mjs',
      ]),
    ).toEqual([]);
  }, 60_000);

  it('pins every declared version exactly (an upgrade is a reviewed change, not a fresh install)', () => {
    const pkg = readPackage(ROOT);
    const loose = Object.entries({...pkg.dependencies, ...pkg.devDependencies})
      .filter(([, v]) => !/^\d+\.\d+\.\d+(?:-[\w.]+)?$/.test(v))
      .map(([name, v]) => `${name}@${v}`);
    expect(loose).toEqual([]);
  });
});
