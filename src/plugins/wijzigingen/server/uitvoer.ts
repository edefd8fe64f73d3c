/**
 * The plugin's output of one locale build: the errata pages of the frozen editions (routes, in
 * allContentLoaded) and the files it writes in postBuild — per edition the feeds and the content
 * API, the OpenSearch description and, once, the URL list. Files are made in memory first, so
 * postBuild only writes them.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import {normalizeUrl} from '@docusaurus/utils';
import {vandaag} from '../../../content/datum';
import {isVastgezet} from '../../../content/vastgezet';
import {DEFAULT_LOCALE, URLS} from '../../../content/vocabulary';
import {readManifest} from '../../../urls/manifest';
import {OPENSEARCH_PAD, URL_LIJST_PAD, apiPad, editieJaar, errataPad, feedPad, localePrefix} from '../shared/paden';
import {tekst} from '../shared/teksten';
import type {ErrataPaginaData} from '../shared/types';
import {begrippenBestand, paginasBestand, urlLijst} from './api';
import {errataPaginaData} from './errataPagina';
import {errataItems, maakFeed, paginaItems, type FeedItem} from './feed';
import type {WijzigingenInhoud} from './inhoud';
import {openSearchXml} from './opensearch';
import {feedTitel, type WijzigingenSite} from './site';
import type {EditiePaginas} from './verzamel';

export interface Uitvoer {
  /** Path below the locale's output folder → file contents. */
  lokaal: Map<string, string>;
  /** Path below the site's root output folder (the API names its locale) → file contents. */
  root: Map<string, string>;
}

export const legeUitvoer = (): Uitvoer => ({lokaal: new Map(), root: new Map()});

const jsonBestand = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/** Adds the errata pages and makes every file of this locale build. */
export async function maakUitvoer(
  perEditie: readonly EditiePaginas[],
  inhoud: WijzigingenInhoud,
  site: WijzigingenSite,
  actions: PluginContentLoadedActions,
): Promise<Uitvoer> {
  const uitvoer = legeUitvoer();
  for (const editie of perEditie) {
    const vastgezet = isVastgezet(editie.editie);
    const items = vastgezet
      ? await errataPagina(editie, inhoud, site, actions)
      : paginaItems(editie, site.inLocale, site.t);
    zetFeed(uitvoer, site, editie, vastgezet, items);
    zetApi(uitvoer, site, editie, vastgezet);
  }
  uitvoer.lokaal.set(OPENSEARCH_PAD, openSearchBestand(site));
  if (site.locale === DEFAULT_LOCALE) uitvoer.root.set(URL_LIJST_PAD, urlLijstBestand(site));
  return uitvoer;
}

/** The errata page of a frozen edition (a route with its data); returns the edition's feed items. */
async function errataPagina(
  editie: EditiePaginas,
  inhoud: WijzigingenInhoud,
  site: WijzigingenSite,
  actions: PluginContentLoadedActions,
): Promise<FeedItem[]> {
  const data: ErrataPaginaData = errataPaginaData(inhoud.errata.get(editie.editie) ?? [], editie, inhoud.bronnen);
  const modulePath = await actions.createData(`errata-${editie.editie}.json`, JSON.stringify(data));
  actions.addRoute({
    path: normalizeUrl([site.baseUrl, errataPad(editie.editie)]),
    component: '@theme/ErrataPagina',
    exact: true,
    modules: {data: modulePath},
  });
  return errataItems(
    data.errata,
    {errataUrl: site.inLocale(errataPad(editie.editie)), label: editie.label, url: site.inLocale},
    site.t,
  );
}

function zetFeed(
  uitvoer: Uitvoer,
  site: WijzigingenSite,
  editie: EditiePaginas,
  vastgezet: boolean,
  items: FeedItem[],
) {
  const labelKlein = editie.label.toLowerCase();
  const {atom, json} = maakFeed({
    titel: feedTitel(site, editie.editie),
    beschrijving: vastgezet
      ? tekst(site.t, 'kennisbank.wijzigingen.feed.beschrijvingVastgezet', {editie: labelKlein})
      : tekst(site.t, 'kennisbank.wijzigingen.feed.beschrijving', {editie: labelKlein}),
    taal: site.taal,
    home: site.inLocale(vastgezet ? errataPad(editie.editie) : '/'),
    urls: {atom: site.inLocale(feedPad(editie.editie, 'atom')), json: site.inLocale(feedPad(editie.editie, 'json'))},
    items,
    max: site.options.feedItems,
    leegDatum: vandaag(),
  });
  uitvoer.lokaal.set(feedPad(editie.editie, 'atom'), atom);
  uitvoer.lokaal.set(feedPad(editie.editie, 'json'), `${json}\n`);
}

function zetApi(uitvoer: Uitvoer, site: WijzigingenSite, editie: EditiePaginas, vastgezet: boolean) {
  const invoer = {editie, jaar: editieJaar(editie.editie), taal: site.locale, vastgezet, url: site.inLocale};
  uitvoer.root.set(apiPad(site.locale, editie.editie, 'paginas'), jsonBestand(paginasBestand(invoer)));
  uitvoer.root.set(apiPad(site.locale, editie.editie, 'begrippen'), jsonBestand(begrippenBestand(invoer)));
}

function openSearchBestand(site: WijzigingenSite): string {
  return openSearchXml({
    korteNaam: 'Kennisbank GO',
    beschrijving: tekst(site.t, 'kennisbank.opensearch.beschrijving'),
    taal: site.taal,
    zoekUrl: site.inLocale(URLS.zoeken),
    eigenUrl: site.inLocale(OPENSEARCH_PAD),
    icoon: site.opSite(`/${site.favicon}`),
  });
}

/** The promise of stable URLs, published: what urls.json lists, as absolute URLs of this build. */
function urlLijstBestand(site: WijzigingenSite): string {
  const manifest = readManifest(path.join(site.siteDir, 'urls.json'));
  return jsonBestand(urlLijst(manifest, site.opSite('/'), site.opSite));
}

/** Writes the files: the locale's own below outDir, the API and URL list below the root output folder. */
export async function schrijfUitvoer(outDir: string, locale: string, uitvoer: Uitvoer): Promise<void> {
  // The root output folder: the locale's folder without its prefix (build/en → build).
  const prefix = localePrefix(locale);
  const dir = path.resolve(outDir);
  const rootDir = prefix && path.basename(dir) === prefix.slice(1) ? path.dirname(dir) : dir;
  await schrijf(dir, uitvoer.lokaal);
  await schrijf(rootDir, uitvoer.root);
}

async function schrijf(dir: string, files: Map<string, string>): Promise<void> {
  for (const [rel, text] of files) {
    const full = path.join(dir, rel);
    await fs.mkdir(path.dirname(full), {recursive: true});
    await fs.writeFile(full, text, 'utf8');
  }
}
