/**
 * The current edition's Dutch index built from the real docs and kenniscafé
 * posts, and the committed reader queries: what the quality gate and the
 * byte budget are measured on.
 */
import fs from 'node:fs';
import path from 'node:path';
import {EDITIONS} from '../../../content/vocabulary';
import {DEFAULT_OPTIONS} from '../options';
import {buildSearchIndex} from '../server/buildIndex';
import {BLOG_TYPE, pagesFromFolder, synonymsFrom} from '../server/collect';
import type {ReaderQuery} from '../server/evaluate';

const ROOT = path.resolve(__dirname, '../../../..');

export const queries = (
  JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/search-queries.json'), 'utf8')) as {queries: ReaderQuery[]}
).queries;

export function realSiteIndex(): ReturnType<typeof buildSearchIndex> {
  const docs = pagesFromFolder(path.join(ROOT, 'docs'));
  const blog = pagesFromFolder(path.join(ROOT, 'blog'), 'kenniscafes/');
  return buildSearchIndex({
    locale: 'nl',
    version: 'current',
    edition: EDITIONS.current.label,
    pages: [...docs.pages, ...blog.pages.map((p) => ({...p, type: BLOG_TYPE}))],
    synonyms: synonymsFrom(docs.frontMatters),
    thesaurus: DEFAULT_OPTIONS.thesaurus,
  });
}
