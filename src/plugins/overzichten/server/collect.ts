/**
 * Pure functions that turn the docs plugin's loaded docs into the small indexes
 * pages need at runtime: "what changed since 2021" per doc id (shown on the
 * 2021 edition) and the list of spanningsvelden (the /spanningsvelden overview).
 */
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {CURRENT_EDITION} from '../../../content/vocabulary';
import {PLUGIN_NAME} from '../options';
import type {KennisbankIndex, Sinds2021Entry, SpanningsveldEntry} from '../shared';

/** The part of a loaded doc (plugin-content-docs DocMetadata) this module reads. */
export interface DocLike {
  id: string;
  title: string;
  description: string;
  permalink: string;
  source: string;
  frontMatter: Record<string, unknown>;
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** id → what changed, for every doc of the current edition that has `sinds2021`. */
export function collectSinds2021(currentDocs: readonly DocLike[]): Record<string, Sinds2021Entry> {
  const out: Record<string, Sinds2021Entry> = {};
  for (const d of currentDocs) {
    const tekst = d.frontMatter.sinds2021;
    if (typeof tekst === 'string' && tekst.trim() !== '') {
      out[d.id] = {tekst: tekst.trim(), permalink: d.permalink, title: d.title};
    }
  }
  return out;
}

/** Every doc of type spanningsveld, sorted by title (Dutch collation). */
export function collectSpanningsvelden(currentDocs: readonly DocLike[]): SpanningsveldEntry[] {
  return currentDocs
    .filter((d) => d.frontMatter.type === 'spanningsveld')
    .map((d) => ({
      id: d.id,
      title: d.title,
      description: d.description,
      permalink: d.permalink,
      thema: strings(d.frontMatter.thema),
      doelgroep: strings(d.frontMatter.doelgroep),
    }))
    .sort((a, b) => a.title.localeCompare(b.title, 'nl'));
}

export function buildIndex(currentDocs: readonly DocLike[]): KennisbankIndex {
  return {sinds2021: collectSinds2021(currentDocs), spanningsvelden: collectSpanningsvelden(currentDocs)};
}

/** The overviews of the current edition, from the docs plugin's loaded content. */
export function indexOfCurrentEdition(docs: Pick<DocsContent, 'loadedVersions'>): KennisbankIndex {
  const current = docs.loadedVersions.find((v) => v.versionName === CURRENT_EDITION);
  if (!current) {
    throw new Error(
      `[${PLUGIN_NAME}] de huidige editie ("${CURRENT_EDITION}") van de docs is niet gevonden; staat de docs-plugin in docusaurus.config.ts?`,
    );
  }
  return buildIndex(current.docs);
}
