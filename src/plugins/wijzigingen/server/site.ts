/**
 * What the plugin knows of the build it runs in, per locale: the editions and their labels, the
 * translations, and how a path becomes an absolute URL. One place, so the feeds, the API, the
 * OpenSearch description and the head tags name the same URLs.
 */
import type {LoadContext} from '@docusaurus/types';
import {siteEditions} from '../../../content/editions';
import {isVastgezet} from '../../../content/vastgezet';
import {LOCALES, type Locale} from '../../../content/vocabulary';
import type {PluginOptions} from '../options';
import {absoluut, localePrefix, siteBaseUrl} from '../shared/paden';
import {tekst} from '../shared/teksten';
import type {UrlVan, Vertalingen} from './feed';

export interface WijzigingenSite {
  siteDir: string;
  locale: string;
  /** Docusaurus' base URL of this locale's build: /en/ on the English site. */
  baseUrl: string;
  /** The locale as an HTML language tag (the feeds' and OpenSearch's language). */
  taal: string;
  t: Vertalingen;
  options: PluginOptions;
  /** Docs version names of the site's editions ("current", "2021"). */
  edities: string[];
  /** Version name → label; the docs plugin's translated labels once it loaded (leesLabels). */
  labels: Map<string, string>;
  /** Absolute URL of a path in this locale ("/handleiding" → https://…/en/handleiding). */
  inLocale: UrlVan;
  /** Absolute URL of a path below the site's base URL, without the locale prefix. */
  opSite: UrlVan;
  /** The favicon's path below the base URL (siteConfig.favicon). */
  favicon: string;
}

export function wijzigingenSite(context: LoadContext, options: PluginOptions): WijzigingenSite {
  const {siteDir, siteConfig, i18n} = context;
  const locale = i18n.currentLocale;
  const editions = siteEditions(siteDir);
  // Docusaurus localises the base URL per locale build (/en/); the paths here name their locale themselves.
  const base = siteBaseUrl(context.baseUrl, locale);
  const opSite = (pad: string) => absoluut(siteConfig.url, base, pad);
  return {
    siteDir,
    locale,
    baseUrl: context.baseUrl,
    taal: LOCALES[locale as Locale]?.htmlLang ?? locale,
    t: context.codeTranslations,
    options,
    edities: editions.map((e) => e.name as string),
    // The docs plugin's labels are translated per locale ("Edition 2021"); until it loaded, the vocabulary's.
    labels: new Map(editions.map((e) => [e.name as string, e.label as string])),
    inLocale: (pad) => opSite(`${localePrefix(locale)}${pad}`),
    opSite,
    favicon: String(siteConfig.favicon ?? 'img/favicon.svg'),
  };
}

/** The title of an edition's feed, in the head tags and in the feed itself. */
export function feedTitel(site: WijzigingenSite, edition: string): string {
  const editie = (site.labels.get(edition) ?? edition).toLowerCase();
  return isVastgezet(edition)
    ? tekst(site.t, 'kennisbank.wijzigingen.feed.titelVastgezet', {editie})
    : tekst(site.t, 'kennisbank.wijzigingen.feed.titel', {editie});
}
