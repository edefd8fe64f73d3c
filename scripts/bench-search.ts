/**
 * npm run bench:search — the zoeken plugin (FlexSearch + own Dutch encoder)
 * beside lunr + lunr-languages (nl), on the same documents:
 *   1. the real site (docs + kenniscafés, current edition, nl),
 *   2. a generated corpus of 5,000 Dutch pages made from the real pages'
 *      vocabulary (deterministic seed).
 * Prints index build time, index bytes raw/gzip, query latency p50/p95 in Node,
 * success@1/@5 on tests/search-queries.json, and (if build/ exists) the time
 * from keypress to rendered results in Chromium.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import {createRequire} from 'node:module';
import lunr from 'lunr';
import {DEFAULT_OPTIONS} from '../src/plugins/zoeken/options';
import {buildSearchIndex, type PageInput} from '../src/plugins/zoeken/server/buildIndex';
import {BLOG_TYPE, pagesFromFolder, synonymsFrom} from '../src/plugins/zoeken/server/collect';
import {evaluate, type ReaderQuery} from '../src/plugins/zoeken/server/evaluate';
import {createSearcher} from '../src/plugins/zoeken/shared/searcher';
import {words} from '../src/plugins/zoeken/shared/normalize';
import type {SearchIndexFile} from '../src/plugins/zoeken/shared/types';

const require_ = createRequire(__filename);
type LunrPlugin = (l: typeof lunr) => void;
(require_('lunr-languages/lunr.stemmer.support') as LunrPlugin)(lunr);
(require_('lunr-languages/lunr.nl') as LunrPlugin)(lunr);
const lunrNl = (lunr as unknown as {nl: lunr.Builder.Plugin}).nl;

const ROOT = path.resolve(__dirname, '..');
const {queries} = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/search-queries.json'), 'utf8')) as {queries: ReaderQuery[]};

function realPages(): {pages: PageInput[]; frontMatters: Record<string, unknown>[]} {
  const docs = pagesFromFolder(path.join(ROOT, 'docs'));
  const blog = pagesFromFolder(path.join(ROOT, 'blog'), 'kenniscafes/');
  return {pages: [...docs.pages, ...blog.pages.map((p) => ({...p, type: BLOG_TYPE}))], frontMatters: docs.frontMatters};
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 5,000 pages whose words follow the real site's word frequencies. */
function generatedPages(real: readonly PageInput[], count: number, seed = 20241): PageInput[] {
  const rand = mulberry32(seed);
  const bag: string[] = [];
  for (const p of real) bag.push(...(p.title + ' ' + p.body).split(/\s+/).filter((w) => /^[\p{L}]{2,}[.,]?$/u.test(w)));
  const pick = () => bag[Math.floor(rand() * bag.length)] as string;
  const phrase = (n: number) => Array.from({length: n}, pick).join(' ').replace(/[.,]/g, '');
  const types = ['handleiding', 'spanningsveld', 'onderzoek', 'werkblad', 'begrip', 'ouders'];
  const pages: PageInput[] = [];
  for (let i = 0; i < count; i++) {
    const sections = 3 + Math.floor(rand() * 5);
    let body = phrase(40 + Math.floor(rand() * 60)) + '\n';
    for (let s = 0; s < sections; s++) {
      body += `\n## ${phrase(2 + Math.floor(rand() * 3))} {#s${s}}\n\n${phrase(60 + Math.floor(rand() * 140))}\n`;
    }
    pages.push({path: `gen/p${i}`, title: phrase(2 + Math.floor(rand() * 4)), type: types[i % types.length] as string, body});
  }
  return pages;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function latency(run: (q: string) => unknown, qs: string[], rounds: number): {p50: number; p95: number} {
  for (const q of qs) run(q); // warm up
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const q of qs) {
      const t = performance.now();
      run(q);
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  return {p50: percentile(times, 50), p95: percentile(times, 95)};
}

/** What a reader types, keystroke by keystroke ("gas", "gast", …) and the full questions. */
function typedQueries(): string[] {
  const out: string[] = [];
  for (const {q} of queries) {
    out.push(q);
    for (let i = 3; i < q.length; i += 3) out.push(q.slice(0, i));
  }
  return out;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

interface Row {
  engine: string;
  buildMs: number;
  raw: number;
  gzip: number;
  note: string;
  p50: number;
  p95: number;
  at1?: number;
  at5?: number;
}

function lunrSanitise(q: string): string {
  return q.replace(/[:~^+\-*]/g, ' ').trim();
}

function benchCorpus(label: string, pages: PageInput[], frontMatters: Record<string, unknown>[], withQuality: boolean): Row[] {
  // zoeken: server build (JSON file) + browser-side FlexSearch build from it.
  let t = performance.now();
  const file: SearchIndexFile = buildSearchIndex({
    locale: 'nl',
    version: 'current',
    edition: 'Editie 2024',
    pages,
    synonyms: synonymsFrom(frontMatters),
    thesaurus: DEFAULT_OPTIONS.thesaurus,
  });
  const serverMs = performance.now() - t;
  const json = JSON.stringify(file);
  t = performance.now();
  const searcher = createSearcher([JSON.parse(json) as SearchIndexFile]);
  const clientMs = performance.now() - t;
  const qs = typedQueries();
  const zl = latency((q) => searcher.search(q, {limit: 8}), qs, label.startsWith('5') ? 3 : 10);
  const zoeken: Row = {
    engine: 'zoeken (FlexSearch)',
    buildMs: serverMs + clientMs,
    raw: Buffer.byteLength(json),
    gzip: zlib.gzipSync(json).length,
    note: `build ${serverMs.toFixed(0)} ms at build time + ${clientMs.toFixed(0)} ms in the browser; the file holds the documents too`,
    ...zl,
  };

  // lunr + lunr-languages nl over the same section records.
  const docs = file.sections.map((s, id) => ({id: String(id), title: file.pages[s.p]?.t ?? '', heading: s.h, text: s.x}));
  const pathOf = (ref: string) => {
    const s = file.sections[Number(ref)];
    const p = s ? file.pages[s.p] : undefined;
    return p && s ? `${p.u}${s.a ? `#${s.a}` : ''}` : '';
  };
  t = performance.now();
  const idx = lunr(function () {
    this.use(lunrNl);
    this.ref('id');
    this.field('title', {boost: 10});
    this.field('heading', {boost: 4});
    this.field('text');
    for (const d of docs) this.add(d);
  });
  const lunrMs = performance.now() - t;
  const lunrJson = JSON.stringify(idx);
  const docsJson = JSON.stringify(docs);
  const lunrSearch = (q: string): string[] => {
    try {
      const seen = new Set<string>();
      const out: string[] = [];
      for (const r of idx.search(lunrSanitise(q))) {
        const p = pathOf(r.ref);
        const page = p.split('#')[0] as string;
        if (seen.has(page)) continue;
        seen.add(page);
        out.push(p);
      }
      return out;
    } catch {
      return [];
    }
  };
  const ll = latency(lunrSearch, qs, label.startsWith('5') ? 3 : 10);
  const lunrRow: Row = {
    engine: 'lunr + lunr-languages (nl)',
    buildMs: lunrMs,
    raw: Buffer.byteLength(lunrJson) + Buffer.byteLength(docsJson),
    gzip: zlib.gzipSync(lunrJson).length + zlib.gzipSync(docsJson).length,
    note: `index ${kb(Buffer.byteLength(lunrJson))} (gzip ${kb(zlib.gzipSync(lunrJson).length)}) + documents for titles/snippets ${kb(Buffer.byteLength(docsJson))}`,
    ...ll,
  };
  if (withQuality) {
    const zq = evaluate(queries, (q) => searcher.search(q, {limit: 5}).map((h) => h.record.path));
    const lq = evaluate(queries, (q) => lunrSearch(q));
    Object.assign(zoeken, {at1: zq.successAt1, at5: zq.successAt5});
    Object.assign(lunrRow, {at1: lq.successAt1, at5: lq.successAt5});
    if (process.env.BENCH_VERBOSE) {
      console.log('zoeken misses', zq.misses);
      console.log('lunr misses', lq.misses);
    }
  }
  console.log(`\n## ${label}: ${pages.length} pages, ${file.sections.length} sections, ${words(pages.map((p) => p.body).join(' ')).length} words`);
  console.log('| engine | build | index raw | index gzip | query p50 | query p95 | success@1 | success@5 |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of [zoeken, lunrRow]) {
    const q = r.at1 === undefined ? '– | –' : `${r.at1.toFixed(2)} | ${r.at5?.toFixed(2)}`;
    console.log(`| ${r.engine} | ${r.buildMs.toFixed(0)} ms | ${kb(r.raw)} | ${kb(r.gzip)} | ${r.p50.toFixed(3)} ms | ${r.p95.toFixed(3)} ms | ${q} |`);
  }
  for (const r of [zoeken, lunrRow]) console.log(`- ${r.engine}: ${r.note}`);
  return [zoeken, lunrRow];
}

async function browserKeypress(): Promise<void> {
  const buildDir = path.join(ROOT, 'build');
  if (!fs.existsSync(path.join(buildDir, 'search-index-nl-current.json'))) {
    console.log('\n(browser: no build/ with a search index; run `npx docusaurus build` first)');
    return;
  }
  const {launchBrowser} = await import('../tests/lib/browser');
  const {serveBuild} = await import('../tests/lib/server');
  const server = await serveBuild(buildDir, '/');
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.root}/handleiding`, {waitUntil: 'load'});
    await page.locator('button[data-zoeken-ready]').waitFor();
    const measure = async (q: string) => {
      await page.locator('dialog[open] [role="combobox"]').fill('');
      const t = await page.evaluate(
        (query) =>
          new Promise<number>((resolve) => {
            const input = document.querySelector('dialog[open] [role="combobox"]') as HTMLInputElement;
            const list = document.getElementById(input.getAttribute('aria-controls') ?? '') as HTMLElement;
            const start = performance.now();
            const obs = new MutationObserver(() => {
              if (list.querySelector('[role="option"]')) {
                obs.disconnect();
                requestAnimationFrame(() => resolve(performance.now() - start));
              }
            });
            obs.observe(list, {childList: true, subtree: true});
            const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
            setter?.call(input, query);
            input.dispatchEvent(new Event('input', {bubbles: true}));
          }),
        q,
      );
      return t;
    };
    const t0 = Date.now();
    await page.keyboard.press('/');
    await page.locator('dialog[open] [role="combobox"]').waitFor();
    await page.waitForFunction(() => !document.querySelector('dialog[open] [role="status"]')?.textContent?.includes('laden'));
    const ready = Date.now() - t0;
    const first = await measure('gastvrij');
    const warm: number[] = [];
    for (const q of ['ouders', 'spanning', 'geinteresseerd', 'grenzen stellen', 'werkblad', 'houding', 'casusregie', 'samenwerking']) {
      warm.push(await measure(q));
    }
    warm.sort((a, b) => a - b);
    console.log('\n## Browser (Chromium, real site build, /handleiding)');
    console.log(`- first query after opening the dialog (the index starts loading when the dialog opens): ${first.toFixed(0)} ms`);
    console.log(`- opening the dialog to index ready: ${ready.toFixed(0)} ms`);
    console.log(`- later keypresses to rendered results: p50 ${percentile(warm, 50).toFixed(1)} ms, max ${warm[warm.length - 1]?.toFixed(1)} ms (${warm.length} queries)`);
    console.log('- lunr in the browser was not measured; its Node figures above stand beside ours.');
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  const real = realPages();
  benchCorpus('Real site', real.pages, real.frontMatters, true);
  benchCorpus('5,000 generated Dutch pages', generatedPages(real.pages, 5000), [], false);
  await browserKeypress();
}

void main();
