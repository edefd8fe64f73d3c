/**
 * Pages read straight from a docs folder on disk, and the real site's index
 * built from them: what the quality gates, byte budgets and the benchmark
 * measure. (The plugin itself gets its pages from Docusaurus: server/collect.ts.)
 */
import fs from 'node:fs';
import path from 'node:path';
import {formatOf, frontMatterData, parseMarkdown} from '../../../src/content/markdown';
import {EDITIONS} from '../../../src/content/vocabulary';
import {readZoekvragen} from '../../../src/content/zoekvragen';
import {readZoekwoorden} from '../../../src/content/zoekwoorden';
import {DEFAULT_OPTIONS} from '../../../src/plugins/zoeken/options';
import {buildSearchIndex, type PageInput} from '../../../src/plugins/zoeken/server/buildIndex';
import {BLOG_TYPE, indexedDescription, stringField, synonymsFrom} from '../../../src/plugins/zoeken/server/collect';
import type {QuerySet, ReaderQuery} from './evaluate';

export const ROOT = path.resolve(__dirname, '../../..');

/** Reads a docs folder as the plugin would index it (slug from front matter or file path). */
export function pagesFromFolder(
  dir: string,
  prefix = '',
): {pages: PageInput[]; frontMatters: Record<string, unknown>[]} {
  const pages: PageInput[] = [];
  const frontMatters: Record<string, unknown>[] = [];
  const walk = (d: string) => {
    for (const entry of fs.readdirSync(d, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith('_')) {
        const raw = fs.readFileSync(full, 'utf8');
        const fm = frontMatterData(parseMarkdown(raw, formatOf(full)));
        frontMatters.push(fm);
        const slug =
          stringField(fm, 'slug') ??
          `/${path
            .relative(dir, full)
            .replace(/\.mdx?$/, '')
            .replace(/(^|\/)index$/, '')}`;
        pages.push({
          path: `${prefix}${slug.replace(/^\//, '')}`,
          title: stringField(fm, 'title') ?? slug,
          description: indexedDescription(stringField(fm, 'description'), fm),
          type: stringField(fm, 'type') ?? 'info',
          body: raw,
          format: formatOf(full),
        });
      }
    }
  };
  walk(dir);
  return {pages, frontMatters};
}

/** The real docs and kenniscafé posts (current edition, nl). */
export function realPages(): {pages: PageInput[]; frontMatters: Record<string, unknown>[]} {
  const docs = pagesFromFolder(path.join(ROOT, 'docs'));
  const blog = pagesFromFolder(path.join(ROOT, 'blog'), 'kenniscafes/');
  return {pages: [...docs.pages, ...blog.pages.map((p) => ({...p, type: BLOG_TYPE}))], frontMatters: docs.frontMatters};
}

/** The current edition's Dutch index of the real site. */
export function realSiteIndex(pages = realPages()): ReturnType<typeof buildSearchIndex> {
  return buildSearchIndex({
    locale: 'nl',
    version: 'current',
    edition: EDITIONS.current.label,
    pages: pages.pages,
    synonyms: synonymsFrom(pages.frontMatters),
    zoekwoorden: readZoekwoorden(ROOT, DEFAULT_OPTIONS.zoekwoorden).entries,
    reflectionAnchors: DEFAULT_OPTIONS.reflectieAnkers,
    zoekvragen: readZoekvragen(ROOT, DEFAULT_OPTIONS.zoekvragen).entries,
  });
}

/** A query set file: {queries: [{q, expect}]}. */
export function readQueries(file: string): ReaderQuery[] {
  return (JSON.parse(fs.readFileSync(path.resolve(ROOT, file), 'utf8')) as {queries: ReaderQuery[]}).queries;
}

/** The committed reader queries. */
export const queries = readQueries('tests/search-queries.json');

/**
 * The query sets: the committed queries, the reader questions of issue 24 in
 * their tuning half and their held-out half (only ever measured in aggregate:
 * see measure() in evaluate.ts), and the development set written later for
 * tuning beside the tuning half (tests/zoeken-vragen/README.md).
 */
export const QUERY_SETS: readonly QuerySet[] = [
  {label: 'committed', file: 'tests/search-queries.json', queries, heldOut: false},
  {
    label: 'tuning half',
    file: 'tests/zoeken-vragen/afstemming.json',
    queries: readQueries('tests/zoeken-vragen/afstemming.json'),
    heldOut: false,
  },
  {
    label: 'development set',
    file: 'tests/zoeken-vragen/ontwikkeling.json',
    queries: readQueries('tests/zoeken-vragen/ontwikkeling.json'),
    heldOut: false,
  },
  {
    label: 'held-out half',
    file: 'tests/zoeken-vragen/controle.json',
    queries: readQueries('tests/zoeken-vragen/controle.json'),
    heldOut: true,
  },
];
