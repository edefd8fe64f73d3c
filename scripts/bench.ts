/**
 * npm run bench — every speed and size target of the site beside Docusaurus's plain classic
 * template built with the same version, in one table (figure, ours, classic, ratio, target, verdict):
 *   - JavaScript a docs page EXECUTES (scripts Chromium parsed while loading /handleiding/houding
 *     and idling 2 s), apart from what it only PREFETCHES for linked pages (<link rel=prefetch>);
 *     the prefetch figure is compared with a classic page that links to as many pages;
 *   - CSS the page applies;
 *   - Lighthouse, mobile and desktop preset, median of 5 runs: performance and TBT, and the
 *     accessibility, best-practices and SEO scores;
 *   - the search figures of `npm run bench:search` (scripts/bench-search.ts);
 *   - with `--build`: build time of 1,000 generated pages, ours vs classic (two extra builds,
 *     well over 10 minutes on a 2-core machine, so not by default).
 * Uses the existing build/ (run `npm run build` first) and Debian's Chromium. Exits 0: the
 * verdicts are for reading; byte budgets that must hold are tests (tests/browser/bundle.test.ts).
 *
 * Flags: --build (build-time figure), --runs=N (Lighthouse runs per preset, default 5),
 * --no-lighthouse, --no-search, --reuse-classic (keep the classic builds of an earlier run):
 * quicker rounds while working on one figure.
 */
import {execFile} from 'node:child_process';
import {promisify} from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as cheerio from 'cheerio';
import type {Browser} from 'playwright-core';
import {CHROME_ARGS, chromePath, launchBrowser} from '../tests/lib/browser';
import {loadPage, sumGzip} from '../tests/lib/bundle';
import {serveBuild} from '../tests/lib/server';
import {runSearchBench} from './bench-search';
import {parseBenchArgs} from './lib/benchArgs';

const ROOT = path.resolve(__dirname, '..');
// BUILD_DIR as for the browser tests: another build of the site (e.g. one locale, to try a lever).
const BUILD = path.resolve(ROOT, process.env.BUILD_DIR ?? 'build');
const BASELINE = path.join(ROOT, 'bench/classic-baseline');
const DOCS_PAGE = '/handleiding/houding';
const CLASSIC_PAGE = '/docs/intro';
const CLASSIC_LINKS_PAGE = '/docs/links';
const IDLE_MS = 2000;

const FLAGS = (() => {
  try {
    return parseBenchArgs(process.argv.slice(2));
  } catch (e) {
    console.error((e as Error).message);
    return process.exit(1);
  }
})();
const RUNS = FLAGS.runs;

const run = promisify(execFile);
const docusaurusBin = require.resolve('@docusaurus/core/bin/docusaurus.mjs');

// ------------------------------------------------------------------ classic template sites

/**
 * Sources of the sites built for comparison sit in bench/.work/ (git-ignored), so they resolve
 * this project's node_modules as bench/classic-baseline does (a symlinked node_modules gave two
 * copies of React contexts). Their builds go to the OS temp dir, never into build/.
 */
const WORK = path.join(ROOT, 'bench/.work');

function workDir(prefix: string): string {
  fs.mkdirSync(WORK, {recursive: true});
  return fs.mkdtempSync(path.join(WORK, prefix));
}

const outDir = (prefix: string) => fs.mkdtempSync(path.join(os.tmpdir(), prefix));

/**
 * A copy of bench/classic-baseline (the bare classic template) with extra docs. With `reuse`,
 * its build lives at a fixed temp path and is kept (--reuse-classic skips rebuilding it).
 */
function classicCopy(
  extraDocs: Record<string, string>,
  reuse?: string,
): {dir: string; out: string; remove: () => void} {
  const dir = workDir('classic-');
  const out = reuse ? path.join(os.tmpdir(), `kennisbank-${reuse}`) : outDir('kennisbank-classic-');
  fs.cpSync(BASELINE, dir, {recursive: true});
  for (const [name, text] of Object.entries(extraDocs)) {
    fs.mkdirSync(path.dirname(path.join(dir, 'docs', name)), {recursive: true});
    fs.writeFileSync(path.join(dir, 'docs', name), text);
  }
  return {
    dir,
    out,
    remove: () => {
      fs.rmSync(dir, {recursive: true, force: true});
      if (!reuse) fs.rmSync(out, {recursive: true, force: true});
    },
  };
}

async function docusaurusBuild(siteDir: string, outDir: string, extra: string[] = []): Promise<number> {
  const t = performance.now();
  await run(process.execPath, [docusaurusBin, 'build', '--out-dir', outDir, ...extra], {
    cwd: siteDir,
    maxBuffer: 256 * 1024 * 1024,
  });
  return performance.now() - t;
}

/** Distinct pages of this site that the built page links to (what Docusaurus may prefetch). */
function linkedPages(html: string, self: string): string[] {
  const $ = cheerio.load(html);
  const out = new Set<string>();
  $('a[href^="/"]').each((_, a) => {
    const href = ($(a).attr('href') ?? '').split('#')[0]!.replace(/\/$/, '') || '/';
    if (href !== self && !/\.[a-z0-9]+$/i.test(href)) out.add(href);
  });
  return [...out];
}

// ------------------------------------------------------------------ bytes

interface PageLoad {
  executed: {gzip: number; files: number};
  prefetched: {gzip: number; files: number};
  css: {gzip: number; files: number};
}

/** Loads a page and idles 2 s (tests/lib/bundle.ts sorts executed from prefetched). */
async function pageLoad(browser: Browser, url: string): Promise<PageLoad> {
  const files = await loadPage(browser, url, IDLE_MS);
  return {
    executed: sumGzip(files.filter((f) => f.kind === 'js' && f.used)),
    prefetched: sumGzip(files.filter((f) => !f.used)),
    css: sumGzip(files.filter((f) => f.kind === 'css' && f.used)),
  };
}

// ------------------------------------------------------------------ Lighthouse

interface Lighthouse {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  tbt: number;
}

async function lighthouse(url: string, preset: 'mobile' | 'desktop'): Promise<Lighthouse> {
  // Lighthouse's own CLI, not its API: tsx would add helpers to the functions that
  // Lighthouse serialises into the page, and they do not exist there.
  const cli = require.resolve('lighthouse/cli/index.js');
  // Lighthouse launches Chromium itself: attaching it to a chrome-launcher instance lost the tab here.
  const flags = ['--headless=new', ...CHROME_ARGS].join(' ');
  // Asynchronous on purpose: the build is served from this very process, and a
  // synchronous child would block the server Lighthouse is trying to load.
  const {stdout: json} = await run(
    process.execPath,
    [
      cli,
      url,
      '--output=json',
      '--output-path=stdout',
      '--quiet',
      `--chrome-flags=${flags}`,
      ...(preset === 'desktop' ? ['--preset=desktop'] : []),
    ],
    {maxBuffer: 64 * 1024 * 1024, env: {...process.env, CHROME_PATH: chromePath()}},
  );
  const report = JSON.parse(json) as {
    categories: Record<string, {score: number | null}>;
    audits: Record<string, {numericValue?: number}>;
  };
  const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    tbt: Math.round(report.audits['total-blocking-time']?.numericValue ?? NaN),
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;

/** Runs alternate between the two sites, so a busy moment of the machine hits both. */
async function lighthouseMedians(
  urls: {ours: string; classic: string},
  preset: 'mobile' | 'desktop',
): Promise<{ours: Lighthouse; classic: Lighthouse}> {
  const ours: Lighthouse[] = [];
  const classic: Lighthouse[] = [];
  for (let i = 0; i < RUNS; i++) {
    ours.push(await lighthouse(urls.ours, preset));
    classic.push(await lighthouse(urls.classic, preset));
    process.stdout.write(
      `  Lighthouse ${preset} ${i + 1}/${RUNS}: ours ${ours[i]!.performance} (${ours[i]!.tbt} ms), classic ${classic[i]!.performance} (${classic[i]!.tbt} ms)\n`,
    );
  }
  const med = (rs: Lighthouse[]): Lighthouse => ({
    performance: median(rs.map((r) => r.performance)),
    accessibility: Math.min(...rs.map((r) => r.accessibility)),
    'best-practices': Math.min(...rs.map((r) => r['best-practices'])),
    seo: Math.min(...rs.map((r) => r.seo)),
    tbt: median(rs.map((r) => r.tbt)),
  });
  return {ours: med(ours), classic: med(classic)};
}

// ------------------------------------------------------------------ build time

/**
 * 1,000 pages made from one template page, the handleiding's houding page, renumbered: for this
 * site with its own front matter (new id, slug and title; what the content schema requires) and
 * its links to sibling pages pointed at the handleiding folder; for the classic template with a
 * title and description only (its [[term]] markers stay plain text, its links unresolved, its
 * headings without fixed ids).
 */
function generatedDocs(count: number): {ours: Record<string, string>; classic: Record<string, string>} {
  const template = fs.readFileSync(path.join(ROOT, 'docs/handleiding/houding.md'), 'utf8');
  const [, frontMatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(template)!;
  const oursBody = body!.replaceAll('](./', '](../handleiding/');
  // The classic template's v4 flags turn off MDX 1 compatibility, so `{#id}` after a heading is
  // read as a JavaScript expression there: its headings keep their text, not their fixed ids.
  const classicBody = body!.replace(/ \{#[\w-]+\}$/gm, '');
  const ours: Record<string, string> = {};
  const classic: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    const n = String(i).padStart(4, '0');
    const title = `Gegenereerde pagina ${n}`;
    const fm = frontMatter!
      .replace(/^id: .*$/m, `id: gegenereerd-${n}`)
      .replace(/^slug: .*$/m, `slug: /gegenereerd/pagina-${n}`)
      .replace(/^title: .*$/m, `title: ${title}`)
      .replace(/^sidebar_position: .*\n/m, '');
    ours[`gegenereerd/pagina-${n}.md`] = `---\n${fm}\n---\n${oursBody}`;
    classic[`gegenereerd/pagina-${n}.md`] =
      `---\ntitle: ${title}\ndescription: ${title} voor de bouwtijdmeting.\n---\n${classicBody}`;
  }
  return {ours, classic};
}

/**
 * Build time of the same 1,000 pages: the classic template (one locale) with them, and this site
 * (its own pages, both editions, the book, one locale like the classic template) with them.
 */
async function buildTimes(): Promise<{ours: number; classic: number}> {
  const docs = generatedDocs(1000);
  const classic = classicCopy(docs.classic);
  const ours = workDir('site-');
  const oursOut = outDir('kennisbank-1000-');
  try {
    const skip = (e: string) =>
      ['node_modules', '.git', 'bench', 'test-results'].includes(e) || /^(build|\.docusaurus)/.test(e);
    for (const e of fs.readdirSync(ROOT))
      if (!skip(e)) fs.cpSync(path.join(ROOT, e), path.join(ours, e), {recursive: true});
    for (const [name, text] of Object.entries(docs.ours)) {
      fs.mkdirSync(path.dirname(path.join(ours, 'docs', name)), {recursive: true});
      fs.writeFileSync(path.join(ours, 'docs', name), text);
    }
    console.log('Building 1,000 generated pages: classic template …');
    const classicMs = await docusaurusBuild(classic.dir, classic.out);
    console.log('Building 1,000 generated pages: this site (locale nl) …');
    const oursMs = await docusaurusBuild(ours, oursOut, ['--locale', 'nl']);
    return {ours: oursMs, classic: classicMs};
  } finally {
    classic.remove();
    fs.rmSync(ours, {recursive: true, force: true});
    fs.rmSync(oursOut, {recursive: true, force: true});
  }
}

// ------------------------------------------------------------------ table

interface Row {
  figure: string;
  ours: string;
  classic: string;
  ratio: string;
  target: string;
  verdict: string;
}

const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
const verdict = (ok: boolean) => (ok ? 'met' : 'MISSED');
const ratioOf = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}` : a === 0 ? '1.00' : '—');

function compare(
  figure: string,
  ours: number,
  classic: number,
  fmt: (n: number) => string,
  target: string,
  ok: boolean,
): Row {
  return {figure, ours: fmt(ours), classic: fmt(classic), ratio: ratioOf(ours, classic), target, verdict: verdict(ok)};
}

function printTable(rows: Row[]): void {
  const cols: (keyof Row)[] = ['figure', 'ours', 'classic', 'ratio', 'target', 'verdict'];
  const width = Object.fromEntries(cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => r[c].length))])) as Record<
    keyof Row,
    number
  >;
  const line = (r: Record<keyof Row, string>) => cols.map((c) => r[c].padEnd(width[c])).join('  ');
  console.log(
    line({figure: 'figure', ours: 'ours', classic: 'classic', ratio: 'ratio', target: 'target', verdict: 'met?'}),
  );
  console.log(cols.map((c) => '-'.repeat(width[c])).join('  '));
  for (const r of rows) console.log(line(r));
}

async function main() {
  const houding = path.join(BUILD, `${DOCS_PAGE.slice(1)}.html`);
  if (!fs.existsSync(houding)) throw new Error('build/ ontbreekt: voer eerst "npm run build" uit.');
  const links = linkedPages(fs.readFileSync(houding, 'utf8'), DOCS_PAGE);

  // The bare template (one docs page) for executed JS, CSS and Lighthouse; beside it the template
  // with a page that links to as many pages as ours does, for what is prefetched.
  console.log(`Building the classic template, bare and with a page of ${links.length} links …`);
  const bare = classicCopy({}, 'classic-bare');
  const linked = classicCopy(
    {
      'links.md': `# Links\n\n${links.map((_, i) => `- [Pagina ${i + 1}](./p/pagina-${i + 1}.md)`).join('\n')}\n`,
      ...Object.fromEntries(links.map((_, i) => [`p/pagina-${i + 1}.md`, `# Pagina ${i + 1}\n\nTekst.\n`])),
    },
    `classic-links-${links.length}`,
  );
  const rows: Row[] = [];
  try {
    for (const c of [bare, linked]) {
      if (!(FLAGS.reuseClassic && fs.existsSync(path.join(c.out, '404.html')))) {
        await docusaurusBuild(c.dir, c.out);
      }
    }
    const site = await serveBuild(BUILD);
    const classic = await serveBuild(bare.out, '/', {});
    const classicLinked = await serveBuild(linked.out, '/', {});
    try {
      const browser = await launchBrowser();
      const ours = await pageLoad(browser, site.origin + DOCS_PAGE);
      const theirs = await pageLoad(browser, classic.origin + CLASSIC_PAGE);
      const theirsLinked = await pageLoad(browser, classicLinked.origin + CLASSIC_LINKS_PAGE);
      await browser.close();
      rows.push(
        compare(
          `JS executed, ${DOCS_PAGE} (gzip)`,
          ours.executed.gzip,
          theirs.executed.gzip,
          kib,
          '≤ classic',
          ours.executed.gzip <= theirs.executed.gzip,
        ),
        {...compare('  files executed', ours.executed.files, theirs.executed.files, String, '—', true), verdict: ''},
        compare(
          `Prefetched in 2 s (gzip; classic: page of ${links.length} links)`,
          ours.prefetched.gzip,
          theirsLinked.prefetched.gzip,
          kib,
          '≤ classic',
          ours.prefetched.gzip <= theirsLinked.prefetched.gzip,
        ),
        {
          ...compare('  files prefetched', ours.prefetched.files, theirsLinked.prefetched.files, String, '—', true),
          verdict: '',
        },
        compare(
          'CSS applied (gzip)',
          ours.css.gzip,
          theirs.css.gzip,
          kib,
          '≤ 1.10 × classic',
          ours.css.gzip <= 1.1 * theirs.css.gzip,
        ),
      );

      if (FLAGS.lighthouse) {
        const home = await lighthouse(site.origin + '/', 'mobile');
        for (const preset of ['mobile', 'desktop'] as const) {
          const lh = await lighthouseMedians(
            {ours: site.origin + DOCS_PAGE, classic: classic.origin + CLASSIC_PAGE},
            preset,
          );
          rows.push(
            compare(
              `Lighthouse ${preset} performance (median of ${RUNS})`,
              lh.ours.performance,
              lh.classic.performance,
              String,
              '≥ classic',
              lh.ours.performance >= lh.classic.performance,
            ),
            compare(
              `Lighthouse ${preset} TBT (median of ${RUNS})`,
              lh.ours.tbt,
              lh.classic.tbt,
              (n) => `${n} ms`,
              '≤ classic',
              lh.ours.tbt <= lh.classic.tbt,
            ),
          );
          for (const cat of ['accessibility', 'best-practices', 'seo'] as const) {
            rows.push(
              compare(
                `Lighthouse ${preset} ${cat} (lowest)`,
                lh.ours[cat],
                lh.classic[cat],
                String,
                '100',
                lh.ours[cat] === 100,
              ),
            );
          }
        }
        for (const cat of ['accessibility', 'best-practices', 'seo'] as const) {
          rows.push({
            figure: `Lighthouse mobile ${cat}, home page /`,
            ours: String(home[cat]),
            classic: '—',
            ratio: '—',
            target: '100',
            verdict: verdict(home[cat] === 100),
          });
        }
      }
    } finally {
      await site.close();
      await classic.close();
      await classicLinked.close();
    }
  } finally {
    bare.remove();
    linked.remove();
  }

  if (FLAGS.build) {
    const t = await buildTimes();
    const s = (ms: number) => `${(ms / 1000).toFixed(0)} s`;
    rows.push(
      compare('Build time, 1,000 generated pages', t.ours, t.classic, s, '≤ 1.3 × classic', t.ours <= 1.3 * t.classic),
    );
  } else {
    rows.push({
      figure: 'Build time, 1,000 generated pages',
      ours: 'not run',
      classic: '',
      ratio: '',
      target: '≤ 1.3 × classic',
      verdict: 'run with -- --build (two builds, > 10 min)',
    });
  }

  if (FLAGS.search) {
    console.log('\n# Search (npm run bench:search)');
    const s = await runSearchBench();
    const row = (figure: string, v: number | undefined, target: number, unit: (n: number) => string) =>
      rows.push({
        figure,
        ours: v === undefined ? 'no build/' : unit(v),
        classic: '—',
        ratio: '—',
        target: `≤ ${unit(target)}`,
        verdict: v === undefined ? '' : verdict(v <= target),
      });
    const kibT = (n: number) => kib(n);
    row('First search download, real site (Chromium)', s.real.browserFirst, s.target.realFirstKiB * 1024, kibT);
    row('First search download, 5,000 pages (Chromium)', s.big.browserFirst, s.target.bigFirstKiB * 1024, kibT);
    row(
      'Keypress → results p95, 5,000 pages (Chromium)',
      s.big.keypressP95,
      s.target.bigKeypressP95Ms,
      (n) => `${n.toFixed(1)} ms`,
    );
    rows.push({
      figure: 'Search success@5, committed queries',
      ours: s.successAt5.toFixed(2),
      classic: '—',
      ratio: '—',
      target: 'no drop (gate: zoeken tests)',
      verdict: '',
    });
  }

  console.log(`\nnpm run bench — ${new Date().toISOString()}, Chromium ${chromePath()}, ${os.cpus().length} cores`);
  printTable(rows);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
