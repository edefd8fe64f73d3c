/**
 * Pure: one edition's SearchIndexFile in, the files of its index folder out
 * (meta, term shards, one fragment per section; formats in shared/types.ts).
 * The term rows (server/terms.ts: each term's pages and sections with their
 * BM25F weights) are cut into alphabetical shards, so a query fetches only
 * the few it needs.
 */
import {createHash} from 'node:crypto';
import {isNarrow, MAX_COMPLETIONS, shardOf} from '../shared/routing';
import {
  INDEX_FORMAT,
  INDEX_ROOT,
  META_FILE,
  recordFileName,
  shardFileName,
  textFileName,
  type IndexMeta,
  type RecordCard,
  type RecordFragment,
  type SearchIndexFile,
  type ShardData,
  type ShardRow,
} from '../shared/types';
import {termRows} from './terms';

/**
 * Raw JSON bytes a shard grows to before the next one starts (about 1 KiB
 * gzipped). Small shards keep a query's download small; the price is a longer
 * list of bounds in meta.json (5,000 pages: some 1,200 shards, 9 KiB gzip).
 * `npm run bench:search` shows both ends.
 */
export const DEFAULT_SHARD_BYTES = 1_500;

export interface EditionFiles {
  /** Folder below the site root, unique per content ("assets/zoekindex/nl-current-1a2b3c4d5e"). */
  dir: string;
  meta: IndexMeta;
  shards: ShardData[];
  records: RecordFragment[];
  /** Every file of the folder, name → JSON text. */
  files: Map<string, string>;
}

/** Cuts sorted rows into shards of about `bytes` raw JSON each. */
export function cutShards(rows: readonly ShardRow[], bytes: number): ShardRow[][] {
  const shards: ShardRow[][] = [];
  let current: ShardRow[] = [];
  let size = 0;
  for (const row of rows) {
    const rowBytes = JSON.stringify(row).length + 1;
    if (current.length > 0 && size + rowBytes > bytes) {
      shards.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += rowBytes;
  }
  if (current.length > 0 || shards.length === 0) shards.push(current);
  return shards;
}

/**
 * For every prefix (two letters or more) of the vocabulary whose words span
 * too many shards to fetch, its most frequent words, filed under the shard
 * the prefix routes to: so "be" completes from one fetch, as "begeleidin" does.
 */
export function wideCompletions(
  rows: readonly ShardRow[],
  bounds: readonly string[],
): Map<number, Record<string, string[]>> {
  const byPrefix = new Map<string, Array<[string, number]>>();
  for (const [term, count] of rows) {
    if (count === 0) continue;
    for (let n = 2; n < term.length; n++) {
      const prefix = term.slice(0, n);
      let words = byPrefix.get(prefix);
      if (!words) {
        // Narrow here means narrow for all longer prefixes too.
        if (isNarrow(prefix, [bounds])) break;
        words = [];
        byPrefix.set(prefix, words);
      }
      words.push([term, count]);
    }
  }
  const out = new Map<number, Record<string, string[]>>();
  for (const [prefix, words] of byPrefix) {
    const top = words
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_COMPLETIONS)
      .map(([w]) => w);
    const i = shardOf(prefix, bounds);
    const table = out.get(i) ?? {};
    table[prefix] = top;
    out.set(i, table);
  }
  return out;
}

export function editionFiles(file: SearchIndexFile, options: {shardBytes?: number} = {}): EditionFiles {
  const rows = termRows(file);
  const shardRows = cutShards(rows, options.shardBytes ?? DEFAULT_SHARD_BYTES);
  const sectionsPerPage = file.pages.map(() => 0);
  for (const s of file.sections) sectionsPerPage[s.p] = (sectionsPerPage[s.p] ?? 0) + 1;
  file.sections.forEach((s, i) => {
    const prev = file.sections[i - 1];
    if (prev && prev.p > s.p)
      throw new Error(
        `Zoekindex: sectie ${i} hoort bij pagina ${s.p}, na pagina ${prev.p}; secties moeten per pagina op volgorde staan.`,
      );
  });
  const types = Array.from(new Set(file.pages.map((p) => p.y))).sort();
  const meta: IndexMeta = {
    format: INDEX_FORMAT,
    locale: file.locale,
    version: file.version,
    edition: file.edition,
    sections: sectionsPerPage,
    types,
    pageTypes: file.pages.map((p) => types.indexOf(p.y)),
    shards: shardRows.map((r) => r[0]?.[0] ?? ''),
    asks: file.sections.flatMap((s, i) => (s.r ? [i] : [])),
  };
  const completions = wideCompletions(rows, meta.shards);
  const shards: ShardData[] = shardRows.map((r, i) => {
    const c = completions.get(i);
    return c ? {rows: r, completions: c} : {rows: r};
  });
  const records: RecordFragment[] = file.sections.map((s, i) => {
    const page = file.pages[s.p] ?? {u: '', t: '', y: '', d: ''};
    // The page's first section shows its description first, as the page does.
    const first = i === 0 || (file.sections[i - 1] as {p: number}).p !== s.p;
    const x = first && page.d ? `${page.d} ${s.x}`.trim() : s.x;
    return {u: page.u, t: page.t, y: page.y, a: s.a, h: s.h, x};
  });
  const files = new Map<string, string>();
  files.set(META_FILE, JSON.stringify(meta));
  shards.forEach((s, i) => files.set(shardFileName(i), JSON.stringify(s)));
  records.forEach((r, i) => {
    const card: RecordCard = [r.u, r.t, r.y, r.a, r.h];
    files.set(recordFileName(i), JSON.stringify(card));
    files.set(textFileName(i), JSON.stringify(r.x));
  });
  const hash = createHash('sha256');
  for (const [name, content] of files) hash.update(name).update('\0').update(content).update('\0');
  const dir = `${INDEX_ROOT}/${file.locale}-${file.version}-${hash.digest('hex').slice(0, 10)}`;
  return {dir, meta, shards, records, files};
}
