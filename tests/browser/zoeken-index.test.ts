/**
 * The committed reader queries against the index files the build really ships,
 * for every locale and edition: the same questions must find the same places on
 * the English site (whose docs are mostly the Dutch text) and, where the 2021
 * edition has the page, in that edition too.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {evaluate, type ReaderQuery} from '../../src/plugins/zoeken/server/evaluate';
import {createSearcher} from '../../src/plugins/zoeken/shared/searcher';
import type {SearchIndexFile} from '../../src/plugins/zoeken/shared/types';
import {BUILD_DIR} from '../lib/site';

const {queries} = JSON.parse(fs.readFileSync(path.resolve('tests/search-queries.json'), 'utf8')) as {queries: ReaderQuery[]};

const indexes = [
  {dir: BUILD_DIR, locale: 'nl'},
  {dir: path.join(BUILD_DIR, 'en'), locale: 'en'},
].flatMap(({dir, locale}) =>
  ['current', '2021'].map((version) => ({locale, version, file: path.join(dir, `search-index-${locale}-${version}.json`)})),
);

describe('committed queries on the built search indexes', () => {
  it.each(indexes)('$locale / $version', ({version, file}) => {
    expect(fs.existsSync(file), `${file} ontbreekt`).toBe(true);
    const index = JSON.parse(fs.readFileSync(file, 'utf8')) as SearchIndexFile;
    const prefix = version === 'current' ? '' : `${version}/`;
    const pages = new Set(index.pages.map((p) => p.u));
    // A question counts for an edition when that edition has a page it should find.
    const applicable = queries
      .map((q) => ({...q, expect: q.expect.map((e) => prefix + e).filter((e) => pages.has(e.split('#')[0]!))}))
      .filter((q) => q.expect.length > 0);
    expect(applicable.length).toBeGreaterThanOrEqual(version === 'current' ? queries.length : 10);
    const searcher = createSearcher([index]);
    const result = evaluate(applicable, (q) => searcher.search(q, {limit: 5}).map((h) => h.record.path));
    expect(result.successAt5, JSON.stringify(result.misses, null, 1)).toBeGreaterThanOrEqual(0.9);
  });
});
