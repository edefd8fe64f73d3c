/**
 * wijzigingen: what changed, for readers and organisations.
 * - an errata page per frozen edition (/2021/errata), from src/data/errata/<editie>.yml;
 * - a feed of major changes per edition and locale, in Atom and JSON Feed (/wijzigingen/2024/atom.xml),
 *   linked from every page's head;
 * - a small content API (/api/<locale>/<jaar>/paginas.json and begrippen.json) and the URL
 *   manifest (/api/urls.json);
 * - an OpenSearch description (/opensearch.xml), linked from every page's head.
 * The change notes themselves are front matter (`wijzigingen`), completed by
 * markdown.parseFrontMatter; the remark plugin (./remark) puts an erratum notice on corrected pages.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {HtmlTags, LoadContext, Plugin} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {siteEditions} from '../../content/editions';
import type {Erratum} from '../../content/errata';
import {loadSiteData, type Bron} from '../../content/siteData';
import {errataPerEditie, isVastgezet} from '../../content/vastgezet';
import {vandaag} from '../../content/datum';
import {CURRENT_EDITION, DEFAULT_LOCALE, LOCALES, URLS, type Locale} from '../../content/vocabulary';
import {readManifest} from '../../urls/manifest';
import {blogContentOf, docsContentOf, themeOf} from '../shared/plugin';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {begrippenBestand, paginasBestand, urlLijst} from './server/api';
import {errataPaginaData} from './server/errataPagina';
import {errataItems, maakFeed, paginaItems, type FeedItem} from './server/feed';
import {openSearchXml} from './server/opensearch';
import {verzamel, type EditiePaginas} from './server/verzamel';
import {
  OPENSEARCH_PAD,
  URL_LIJST_PAD,
  absoluut,
  apiPad,
  editieJaar,
  errataPad,
  feedPad,
  localePrefix,
  siteBaseUrl,
} from './shared/paden';
import {tekst} from './shared/teksten';
import type {ErrataPaginaData} from './shared/types';

export {validateOptions} from './options';

interface Content {
  errata: Map<string, Erratum[]>;
  bronnen: Bron[];
}

interface Uitvoer {
  /** Path below the locale's output folder → file contents. */
  lokaal: Map<string, string>;
  /** Path below the site's root output folder (the API names its locale) → file contents. */
  root: Map<string, string>;
}

export default function wijzigingenPlugin(context: LoadContext, options: PluginOptions): Plugin<Content> {
  const {siteDir, siteConfig, i18n} = context;
  const locale = i18n.currentLocale;
  const t = context.codeTranslations;
  const editions = siteEditions(siteDir);
  // The docs plugin's labels are translated per locale ("Edition 2021"); until it loaded, the vocabulary's.
  const labels = new Map(editions.map((e) => [e.name as string, e.label as string]));
  const label = (name: string) => labels.get(name) ?? name;
  // Docusaurus localises the base URL per locale build (/en/); the paths here name their locale themselves.
  const base = siteBaseUrl(context.baseUrl, locale);
  /** Absolute URL of a path in this locale ("/handleiding" → https://…/en/handleiding). */
  const inLocale = (pad: string) => absoluut(siteConfig.url, base, `${localePrefix(locale)}${pad}`);
  const uitvoer: Uitvoer = {lokaal: new Map(), root: new Map()};
  let own: Content = {errata: new Map(), bronnen: []};

  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    getPathsToWatch() {
      return [path.join(siteDir, 'src/data/errata/*')];
    },
    async loadContent() {
      const {data} = loadSiteData(siteDir);
      // Invalid errata stop the build earlier (content-validation, the same check as npm run check).
      own = {
        errata: errataPerEditie(
          siteDir,
          data.bronnen.map((b) => b.key),
        ),
        bronnen: data.bronnen,
      };
      return own;
    },
    async allContentLoaded({allContent, actions}) {
      const docs = docsContentOf(allContent, options.docsPluginId, PLUGIN_NAME);
      const perEditie = verzamel(docs, blogContentOf(allContent, options.blogPluginId), CURRENT_EDITION);
      for (const v of docs.loadedVersions) labels.set(v.versionName, v.label);
      uitvoer.lokaal.clear();
      uitvoer.root.clear();
      for (const editie of perEditie) {
        const vastgezet = isVastgezet(editie.editie);
        let items: FeedItem[];
        if (vastgezet) {
          const data: ErrataPaginaData = errataPaginaData(own.errata.get(editie.editie) ?? [], editie, own.bronnen);
          const modulePath = await actions.createData(`errata-${editie.editie}.json`, JSON.stringify(data));
          actions.addRoute({
            path: normalizeUrl([context.baseUrl, errataPad(editie.editie)]),
            component: '@theme/ErrataPagina',
            exact: true,
            modules: {data: modulePath},
          });
          items = errataItems(
            data.errata,
            {errataUrl: inLocale(errataPad(editie.editie)), label: editie.label, url: inLocale},
            t,
          );
        } else {
          items = paginaItems(editie, inLocale, t);
        }
        writeFeed(editie, vastgezet, items);
        writeApi(editie, vastgezet);
      }
      uitvoer.lokaal.set(
        OPENSEARCH_PAD,
        openSearchXml({
          korteNaam: 'Kennisbank GO',
          beschrijving: tekst(t, 'kennisbank.opensearch.beschrijving'),
          taal: LOCALES[locale as Locale]?.htmlLang ?? locale,
          zoekUrl: inLocale(URLS.zoeken),
          eigenUrl: inLocale(OPENSEARCH_PAD),
          icoon: absoluut(siteConfig.url, base, `/${String(siteConfig.favicon ?? 'img/favicon.svg')}`),
        }),
      );
      if (locale === DEFAULT_LOCALE) {
        // The promise of stable URLs, published: what urls.json lists, as absolute URLs of this build.
        const site = absoluut(siteConfig.url, base, '/');
        const manifest = readManifest(path.join(siteDir, 'urls.json'));
        const lijst = urlLijst(manifest, site, (p) => absoluut(siteConfig.url, base, p));
        uitvoer.root.set(URL_LIJST_PAD, `${JSON.stringify(lijst, null, 2)}\n`);
      }
    },
    injectHtmlTags() {
      // context.baseUrl already has the locale: /en/ on the English site.
      const href = (p: string) => normalizeUrl([context.baseUrl, p]);
      const tags: HtmlTags = [
        {
          tagName: 'link',
          attributes: {
            rel: 'search',
            type: 'application/opensearchdescription+xml',
            title: tekst(t, 'kennisbank.kop.zoeken'),
            href: href(OPENSEARCH_PAD),
          },
        },
      ];
      for (const e of editions) {
        const titel = feedTitel(e.name);
        tags.push(
          {
            tagName: 'link',
            attributes: {
              rel: 'alternate',
              type: 'application/atom+xml',
              title: titel,
              href: href(feedPad(e.name, 'atom')),
            },
          },
          {
            tagName: 'link',
            attributes: {
              rel: 'alternate',
              type: 'application/feed+json',
              title: titel,
              href: href(feedPad(e.name, 'json')),
            },
          },
        );
      }
      return {headTags: tags};
    },
    async postBuild({outDir}) {
      // The root output folder: the locale's folder without its prefix (build/en → build).
      const prefix = localePrefix(locale);
      const dir = path.resolve(outDir);
      const rootDir = prefix && path.basename(dir) === prefix.slice(1) ? path.dirname(dir) : dir;
      const write = async (dir: string, files: Map<string, string>) => {
        for (const [rel, text] of files) {
          const full = path.join(dir, rel);
          await fs.mkdir(path.dirname(full), {recursive: true});
          await fs.writeFile(full, text, 'utf8');
        }
      };
      await write(dir, uitvoer.lokaal);
      await write(rootDir, uitvoer.root);
    },
  };

  function feedTitel(edition: string): string {
    const editie = label(edition).toLowerCase();
    return isVastgezet(edition)
      ? tekst(t, 'kennisbank.wijzigingen.feed.titelVastgezet', {editie})
      : tekst(t, 'kennisbank.wijzigingen.feed.titel', {editie});
  }

  function writeFeed(editie: EditiePaginas, vastgezet: boolean, items: FeedItem[]) {
    const labelKlein = editie.label.toLowerCase();
    const {atom, json} = maakFeed({
      titel: feedTitel(editie.editie),
      beschrijving: vastgezet
        ? tekst(t, 'kennisbank.wijzigingen.feed.beschrijvingVastgezet', {editie: labelKlein})
        : tekst(t, 'kennisbank.wijzigingen.feed.beschrijving', {editie: labelKlein}),
      taal: LOCALES[locale as Locale]?.htmlLang ?? locale,
      home: inLocale(vastgezet ? errataPad(editie.editie) : '/'),
      urls: {atom: inLocale(feedPad(editie.editie, 'atom')), json: inLocale(feedPad(editie.editie, 'json'))},
      items,
      max: options.feedItems,
      leegDatum: vandaag(),
    });
    uitvoer.lokaal.set(feedPad(editie.editie, 'atom'), atom);
    uitvoer.lokaal.set(feedPad(editie.editie, 'json'), `${json}\n`);
  }

  function writeApi(editie: EditiePaginas, vastgezet: boolean) {
    const invoer = {editie, jaar: editieJaar(editie.editie), taal: locale, vastgezet, url: inLocale};
    uitvoer.root.set(apiPad(locale, editie.editie, 'paginas'), `${JSON.stringify(paginasBestand(invoer), null, 2)}\n`);
    uitvoer.root.set(
      apiPad(locale, editie.editie, 'begrippen'),
      `${JSON.stringify(begrippenBestand(invoer), null, 2)}\n`,
    );
  }
}
