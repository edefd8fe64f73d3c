/**
 * The plugin through its lifecycle, as Docusaurus runs it (loadContent, allContentLoaded,
 * injectHtmlTags, postBuild) for both locales of a site under a base URL, with this site's
 * errata and URL manifest and a small set of loaded docs: the routes it adds, the tags in every
 * page's head, and the files it writes where they belong. The pure parts have their own tests.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {AllContent, HtmlTagObject, LoadContext, PluginContentLoadedActions, RouteConfig} from '@docusaurus/types';
import {afterAll, describe, expect, it} from 'vitest';
import {leesAtom, leesJsonFeed} from '../../../../tests/lib/feeds';
import plugin from '../index';
import {normalizeOptions} from '../options';
import {begrippenSchema, paginasSchema, urlLijstSchema} from '../server/api';
import type {ErrataPaginaData} from '../shared/types';

const SITE = path.resolve(__dirname, '../../../..');
const out = fs.mkdtempSync(path.join(os.tmpdir(), 'wijzigingen-build-'));
afterAll(() => fs.rmSync(out, {recursive: true, force: true}));

const doc = (version: string, id: string, slug: string, fm: Record<string, unknown>) => ({
  id,
  title: String(fm.title),
  slug,
  permalink: `${version === 'current' ? '' : `/${version}`}${slug}`,
  source: `@site/${version === 'current' ? 'docs' : `versioned_docs/version-${version}`}/${id}.md`,
  unlisted: false,
  frontMatter: {slug, ...fm},
});

const allContent = {
  'docusaurus-plugin-content-docs': {
    default: {
      loadedVersions: [
        {
          versionName: 'current',
          label: 'Editie 2024',
          docs: [
            doc('current', 'handleiding/houding', '/handleiding/houding', {
              title: 'Houding',
              type: 'handleiding',
              kort_gezegd: 'Goed samenwerken begint bij een houding.',
              wijzigingen: [{datum: '2026-12-05', tekst: 'Gastvrij zijn gaat nu ook over binnenlopen.'}],
            }),
            doc('current', 'begrippen/gezinshuis', '/begrippen/gezinshuis', {
              title: 'Gezinshuis',
              type: 'begrip',
              term: 'gezinshuis',
              aliases: ['gezinshuizen'],
              definitie: 'Een gezin dat zorgt voor kinderen die uit huis zijn geplaatst.',
            }),
          ],
        },
        {
          versionName: '2021',
          label: 'Editie 2021',
          docs: [
            doc('2021', 'handleiding/index', '/handleiding', {
              title: 'Inleiding',
              type: 'handleiding',
              wijzigingen: [
                {datum: '2026-12-05', tekst: 'De startpagina zegt wat waar is.', erratum: 'vastgezet-met-errata'},
              ],
            }),
          ],
        },
      ],
    },
  },
  'docusaurus-plugin-content-blog': {default: {blogPosts: []}},
} as unknown as AllContent;

async function build(locale: 'nl' | 'en') {
  const baseUrl = locale === 'nl' ? '/kennisbank/' : '/kennisbank/en/';
  const context = {
    siteDir: SITE,
    baseUrl,
    siteConfig: {url: 'https://intranet.example.org', baseUrl, favicon: 'img/favicon.svg'},
    i18n: {currentLocale: locale, defaultLocale: 'nl', locales: ['nl', 'en'], localeConfigs: {}},
    codeTranslations: locale === 'en' ? {'kennisbank.wijzigingen.feed.titel': 'Changes in the {editie}'} : {},
  } as unknown as LoadContext;
  const p = plugin(context, normalizeOptions({}));
  const routes: RouteConfig[] = [];
  const data = new Map<string, string>();
  const actions = {
    createData: async (name: string, value: string) => {
      data.set(name, value);
      return `@generated/${name}`;
    },
    addRoute: (r: RouteConfig) => routes.push(r),
    setGlobalData: () => undefined,
  } as unknown as PluginContentLoadedActions;
  await p.loadContent!();
  await p.allContentLoaded!({allContent, actions});
  const head = (p.injectHtmlTags!({content: undefined as never}) as {headTags: HtmlTagObject[]}).headTags;
  // As Docusaurus passes it: the locale's folder, with a trailing slash.
  const outDir = locale === 'nl' ? out : `${path.join(out, 'en')}/`;
  await p.postBuild!({outDir} as never);
  return {routes, data, head};
}

const nl = await build('nl');
const en = await build('en');
const read = (rel: string) => fs.readFileSync(path.join(out, rel), 'utf8');

describe('wijzigingen plugin', () => {
  it('adds the errata page of the frozen edition, per locale, with its errata as data', () => {
    expect(nl.routes.map((r) => [r.path, r.component])).toEqual([['/kennisbank/2021/errata', '@theme/ErrataPagina']]);
    expect(en.routes.map((r) => r.path)).toEqual(['/kennisbank/en/2021/errata']);
    const page = JSON.parse(nl.data.get('errata-2021.json')!) as ErrataPaginaData;
    expect(page.errata.map((e) => e.id)).toContain('band-erkennen');
    expect(page.errata[0]!.datum >= page.errata.at(-1)!.datum).toBe(true);
  });

  it('names the OpenSearch description and every edition feed in every page head, under the base URL', () => {
    const links = nl.head.map((t) => [t.attributes?.rel, t.attributes?.type, t.attributes?.href]);
    expect(links).toEqual([
      ['search', 'application/opensearchdescription+xml', '/kennisbank/opensearch.xml'],
      ['alternate', 'application/atom+xml', '/kennisbank/wijzigingen/2024/atom.xml'],
      ['alternate', 'application/feed+json', '/kennisbank/wijzigingen/2024/feed.json'],
      ['alternate', 'application/atom+xml', '/kennisbank/wijzigingen/2021/atom.xml'],
      ['alternate', 'application/feed+json', '/kennisbank/wijzigingen/2021/feed.json'],
    ]);
    expect(en.head[1]!.attributes?.href).toBe('/kennisbank/en/wijzigingen/2024/atom.xml');
    expect(en.head[1]!.attributes?.title).toBe('Changes in the editie 2024');
  });

  it('writes the feeds per locale, with absolute links', () => {
    const atom = leesAtom(read('wijzigingen/2024/atom.xml'));
    expect(atom.items.map((i) => i.url)).toEqual(['https://intranet.example.org/kennisbank/handleiding/houding']);
    expect(leesAtom(read('en/wijzigingen/2024/atom.xml')).items[0]!.url).toBe(
      'https://intranet.example.org/kennisbank/en/handleiding/houding',
    );
    const errata = leesJsonFeed(read('wijzigingen/2021/feed.json'));
    expect(errata.items.length).toBeGreaterThan(10);
    expect(errata.items[0]!.id).toMatch(/^https:\/\/intranet\.example\.org\/kennisbank\/2021\/errata#/);
  });

  it('writes the API at /api/<locale>/<year>/ in the site root for both locales, in the documented shape', () => {
    const paginas = paginasSchema.parse(JSON.parse(read('api/nl/2024/paginas.json')));
    expect(paginas).toMatchObject({editie: '2024', taal: 'nl', vastgezet: false});
    expect(paginas.paginas[1]).toEqual({
      id: 'handleiding/houding',
      titel: 'Houding',
      type: 'handleiding',
      url: 'https://intranet.example.org/kennisbank/handleiding/houding',
      vaste_url: 'https://intranet.example.org/kennisbank/2024/handleiding/houding',
      kort_gezegd: 'Goed samenwerken begint bij een houding.',
      laatst_gewijzigd: '2026-12-05',
      wijzigingen: [{datum: '2026-12-05', tekst: 'Gastvrij zijn gaat nu ook over binnenlopen.'}],
    });
    const begrippen = begrippenSchema.parse(JSON.parse(read('api/en/2024/begrippen.json')));
    expect(begrippen.begrippen).toEqual([
      {
        term: 'gezinshuis',
        aliases: ['gezinshuizen'],
        definitie: 'Een gezin dat zorgt voor kinderen die uit huis zijn geplaatst.',
        url: 'https://intranet.example.org/kennisbank/en/begrippen/gezinshuis',
        vaste_url: 'https://intranet.example.org/kennisbank/en/2024/begrippen/gezinshuis',
      },
    ]);
    const oud = paginasSchema.parse(JSON.parse(read('api/nl/2021/paginas.json')));
    expect(oud).toMatchObject({editie: '2021', vastgezet: true});
    expect(oud.paginas[0]!.wijzigingen[0]!.erratum).toBe('vastgezet-met-errata');
    expect(fs.existsSync(path.join(out, 'en/api'))).toBe(false);
  });

  it('publishes the URL manifest once, as absolute URLs of this build', () => {
    const lijst = urlLijstSchema.parse(JSON.parse(read('api/urls.json')));
    const manifest = JSON.parse(fs.readFileSync(path.join(SITE, 'urls.json'), 'utf8')) as string[];
    expect(lijst.site).toBe('https://intranet.example.org/kennisbank/');
    expect(lijst.urls).toHaveLength(manifest.length);
    expect(lijst.urls).toContain('https://intranet.example.org/kennisbank/handleiding/houding');
  });

  it('writes an OpenSearch description per locale that searches that locale', () => {
    expect(read('opensearch.xml')).toContain(
      'template="https://intranet.example.org/kennisbank/zoeken?q={searchTerms}"',
    );
    expect(read('en/opensearch.xml')).toContain(
      'template="https://intranet.example.org/kennisbank/en/zoeken?q={searchTerms}"',
    );
  });
});
