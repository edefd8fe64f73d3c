/**
 * The plugin's postBuild, run as Docusaurus runs it after a build of one locale: it checks the list
 * against the site's routes and writes the pages for old addresses, their script and `_redirects`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {afterEach, describe, expect, it} from 'vitest';
import doorverwijzingenPlugin, {SCRIPT_FILE} from '../index';
import {normalizeOptions} from '../options';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, {recursive: true, force: true});
});

function contextFor(locale: 'nl' | 'en'): LoadContext {
  return {
    siteConfig: {url: 'https://k.example', baseUrl: locale === 'nl' ? '/kennisbank/' : '/kennisbank/en/'},
    i18n: {
      currentLocale: locale,
      defaultLocale: 'nl',
      locales: ['nl', 'en'],
      localeConfigs: {nl: {htmlLang: 'nl'}, en: {htmlLang: 'en'}},
    },
    codeTranslations: locale === 'en' ? {'kennisbank.doorverwijzing.titel': 'This page has moved'} : {},
  } as unknown as LoadContext;
}

async function postBuild(locale: 'nl' | 'en', redirects: unknown, routesPaths: string[]) {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'doorverwijzingen-'));
  dirs.push(outDir);
  const plugin = doorverwijzingenPlugin(contextFor(locale), normalizeOptions({redirects})) as Plugin<void>;
  await plugin.postBuild!({outDir, routesPaths} as never);
  return outDir;
}

const routes = ['/kennisbank/', '/kennisbank/handleiding', '/kennisbank/handleiding/houding', '/kennisbank/404.html'];
const moved = [{from: '/handleiding/oude-houding', to: '/handleiding/houding'}];

describe('doorverwijzingen postBuild', () => {
  it('writes the page at the old address, its script and _redirects (default locale)', async () => {
    const out = await postBuild('nl', moved, routes);
    const page = fs.readFileSync(path.join(out, 'handleiding/oude-houding.html'), 'utf8');
    expect(page).toContain('data-naar="/kennisbank/handleiding/houding"');
    expect(page).toContain(`src="/kennisbank/${SCRIPT_FILE}"`);
    expect(page).toContain('Deze pagina is verhuisd');
    const script = fs.readFileSync(path.join(out, SCRIPT_FILE), 'utf8');
    expect(script).toContain('location.replace');
    expect(script).toContain('location.hash');
    const rules = fs.readFileSync(path.join(out, '_redirects'), 'utf8');
    expect(rules).toMatch(/^\/kennisbank\/handleiding\/oude-houding {2}\/kennisbank\/handleiding\/houding {2}301$/m);
    expect(rules).toMatch(
      /^\/kennisbank\/en\/handleiding\/houding\/ {2}\/kennisbank\/en\/handleiding\/houding {2}301$/m,
    );
    expect(rules).not.toMatch(/404\.html/);
  });

  it('writes the English page in English, below /en, and no second _redirects', async () => {
    const out = await postBuild(
      'en',
      moved,
      routes.map((r) => r.replace('/kennisbank/', '/kennisbank/en/')),
    );
    const page = fs.readFileSync(path.join(out, 'handleiding/oude-houding.html'), 'utf8');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('This page has moved');
    expect(page).toContain('data-naar="/kennisbank/en/handleiding/houding"');
    expect(fs.existsSync(path.join(out, '_redirects'))).toBe(false);
  });

  it('stops the build, in Dutch, for a redirect to a page that does not exist or from one that does', async () => {
    await expect(postBuild('nl', [{from: '/oud', to: '/bestaat-niet'}], routes)).rejects.toThrow(
      /src\/config\/redirects\.ts[\s\S]*"\/oud" verwijst naar "\/bestaat-niet", maar die pagina bestaat niet/,
    );
    await expect(postBuild('nl', [{from: '/handleiding', to: '/handleiding/houding'}], routes)).rejects.toThrow(
      /"\/handleiding" is nog een pagina van de site/,
    );
  });
});
