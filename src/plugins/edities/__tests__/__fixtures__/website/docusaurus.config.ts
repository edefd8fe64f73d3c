/**
 * A small site with the edities plugin: its lifecycle test reads it, and tests/browser/edities.test.ts
 * builds a copy of it before and after adding a newer edition. Like the real site, the current
 * edition's year comes from one place (here editie.json; there src/content/vocabulary.ts) and the
 * archived editions from versions.json, which `docusaurus docs:version` writes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Config} from '@docusaurus/types';

/** The repository's root, found upwards: the browser test builds a copy of this folder elsewhere in it. */
function repoRoot(dir: string): string {
  for (let d = dir; d !== path.dirname(d); d = path.dirname(d)) {
    if (fs.existsSync(path.join(d, 'src/plugins/edities/index.ts'))) return d;
  }
  throw new Error(`Geen kennisbank-repository boven ${dir}`);
}
const root = repoRoot(__dirname);
const {strictBuild} = require(path.join(root, 'src/config/strict.ts')) as typeof import('../../../../../config/strict');
const {twinSitemapPatterns} = require(
  path.join(root, 'src/plugins/edities/shared/vastPad.ts'),
) as typeof import('../../../shared/vastPad');

const jaar = (JSON.parse(fs.readFileSync(path.join(__dirname, 'editie.json'), 'utf8')) as {jaar: string}).jaar;
const versionsFile = path.join(__dirname, 'versions.json');
const archived: string[] = fs.existsSync(versionsFile) ? JSON.parse(fs.readFileSync(versionsFile, 'utf8')) : [];

const config: Config = {
  title: 'Edities-proefsite',
  url: 'https://proef.example',
  baseUrl: '/',
  trailingSlash: false,
  ...strictBuild,
  i18n: {defaultLocale: 'nl', locales: ['nl']},
  presets: [
    [
      'classic',
      {
        docs: false,
        blog: false,
        theme: {},
        sitemap: {ignorePatterns: twinSitemapPatterns('/', `/${jaar}`, [''])},
      },
    ],
  ],
  plugins: [
    [
      path.join(root, 'src/plugins/edities/index.ts'),
      {
        routeBasePath: '/',
        sidebarPath: path.join(__dirname, 'sidebars.ts'),
        lastVersion: 'current',
        versions: {
          current: {label: `Editie ${jaar}`, banner: 'none'},
          ...Object.fromEntries(archived.map((v) => [v, {label: `Editie ${v}`, path: v, banner: 'unmaintained'}])),
        },
        vastPad: `/${jaar}`,
      },
    ],
  ],
};

export default config;
