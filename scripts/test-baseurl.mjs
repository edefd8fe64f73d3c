// Builds the site under a sub-path, as an intranet copy would be served, and
// runs the browser suite against it: every page, asset and link must resolve,
// and search must find and deep-link under the sub-path. The copy cites the
// public site (CANONICAL_URL), and a real nginx serves it with deploy/nginx.conf
// (tests/nginx/), with one moved page planted for this build only.
import {execFileSync} from 'node:child_process';

const BASE_URL = '/kennisbank/';
const OUT = 'build-kennisbank';
const env = {
  ...process.env,
  BASE_URL,
  SITE_URL: 'https://intranet.example.org',
  // A copy names the public site in its canonical links and citations (tests/browser/adressen.test.ts).
  CANONICAL_URL: 'https://kennisbank.example/',
  // A moved page, planted in this build only (never in src/config/redirects.ts): tests/nginx follows
  // it with an anchor through nginx's 301 and through the page left at the old address.
  REDIRECTS_EXTRA: JSON.stringify([{from: '/handleiding/oude-houding', to: '/handleiding/houding'}]),
  BUILD_DIR: OUT,
  // The tests' name for it: Vitest overwrites process.env.BASE_URL with Vite's base.
  TEST_BASE_URL: BASE_URL,
  // No axe here: the root-URL pass runs it on every page, and paths do not change its findings.
  // Every other page check (status, h1, lang, console, requests, links) runs again.
  AXE_MODES: '',
  // Paths are what this pass proves: a browser opens two pages of each section (site.test.ts: sample),
  // and every link and asset of every page is fetched without one.
  SITE_PAGES: 'steekproef',
  // A separate generated-files dir keeps this build from clobbering the main one.
  DOCUSAURUS_GENERATED_FILES_DIR_NAME: '.docusaurus-kennisbank',
  // Webpack's persistent cache is keyed by locale, not by that dir: it would resolve
  // @generated to the main build's files and render pages with the wrong baseUrl.
  DOCUSAURUS_NO_PERSISTENT_CACHE: 'true',
};
const run = (cmd, args) => execFileSync(cmd, args, {stdio: 'inherit', env});
run('npx', ['docusaurus', 'build', '--out-dir', OUT]);
// Everything that reads the build through BUILD_DIR and TEST_BASE_URL.
const files = [
  ...['site', 'zoeken', 'zoeken-index', 'pagina-voet', 'urls', 'boek', 'beheer', 'paginastijl', 'adressen'].map(
    (f) => `tests/browser/${f}.test.ts`,
  ),
  'tests/nginx/nginx.test.ts',
];
run('npx', ['vitest', 'run', '--project', 'browser', '--project', 'nginx', ...files]);
