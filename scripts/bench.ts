/**
 * npm run bench — Lighthouse scores for the home page and one docs page, and
 * the JS/CSS a reader downloads for one docs page, beside Docusaurus's plain
 * classic template built with the same version. Prints a table; exits 0.
 * Uses the existing build/ (run `npm run build` first) and Debian's Chromium.
 */
import {execFile, execFileSync} from 'node:child_process';
import {promisify} from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import {CHROME_ARGS, chromePath, launchBrowser} from '../tests/lib/browser';
import {serveBuild} from '../tests/lib/server';

const ROOT = path.resolve(__dirname, '..');
const BUILD = path.join(ROOT, 'build');
const BASELINE = path.join(ROOT, 'bench/classic-baseline');
// A folder of its own under the system's temp dir: never inside the site (its build would be served) and never a fixed path.
const BASELINE_BUILD = path.join(os.tmpdir(), 'kennisbank-classic-baseline');
const DOCS_PAGE = '/handleiding/houding';

interface Bytes {
  js: {raw: number; gzip: number; files: number};
  css: {raw: number; gzip: number; files: number};
}

async function pageBytes(url: string): Promise<Bytes> {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const bodies: Promise<{type: string; body: Buffer}>[] = [];
  page.on('response', (res) => {
    const type = res.request().resourceType();
    if (type === 'script' || type === 'stylesheet') bodies.push(res.body().then((body) => ({type, body})));
  });
  await page.goto(url, {waitUntil: 'networkidle'});
  const all = await Promise.all(bodies);
  await browser.close();
  const sum = (t: string) => {
    const files = all.filter((b) => b.type === t);
    return {
      raw: files.reduce((n, b) => n + b.body.length, 0),
      gzip: files.reduce((n, b) => n + zlib.gzipSync(b.body, {level: 9}).length, 0),
      files: files.length,
    };
  };
  return {js: sum('script'), css: sum('stylesheet')};
}

interface Lighthouse {
  scores: Record<string, number>;
  /** First contentful paint, largest contentful paint, total blocking time (ms, simulated mobile). */
  metrics: {fcp: number; lcp: number; tbt: number};
}

async function lighthouse(url: string): Promise<Lighthouse> {
  // Lighthouse's own CLI, not its API: tsx would add helpers to the functions that
  // Lighthouse serialises into the page, and they do not exist there.
  const cli = require.resolve('lighthouse/cli/index.js');
  // Lighthouse launches Chromium itself: attaching it to a chrome-launcher instance lost the tab here.
  const flags = ['--headless=new', ...CHROME_ARGS].join(' ');
  // Asynchronous on purpose: the build is served from this very process, and a
  // synchronous child would block the server Lighthouse is trying to load.
  const {stdout: json} = await promisify(execFile)(
    process.execPath,
    [cli, url, '--output=json', '--output-path=stdout', '--quiet', `--chrome-flags=${flags}`],
    {maxBuffer: 64 * 1024 * 1024, env: {...process.env, CHROME_PATH: chromePath()}},
  );
  const report = JSON.parse(json) as {
    categories: Record<string, {score: number | null}>;
    audits: Record<string, {numericValue?: number}>;
  };
  const cats = report.categories;
  const ms = (id: string) => Math.round(report.audits[id]?.numericValue ?? NaN);
  return {
    scores: Object.fromEntries(
      ['performance', 'accessibility', 'best-practices', 'seo'].map((k) => [k, Math.round((cats[k]?.score ?? 0) * 100)]),
    ),
    metrics: {fcp: ms('first-contentful-paint'), lcp: ms('largest-contentful-paint'), tbt: ms('total-blocking-time')},
  };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

async function main() {
  if (!fs.existsSync(path.join(BUILD, 'index.html'))) {
    throw new Error('build/ ontbreekt: voer eerst "npm run build" uit.');
  }
  console.log('Building the classic-template baseline …');
  execFileSync(process.execPath, [require.resolve('@docusaurus/core/bin/docusaurus.mjs'), 'build', '--out-dir', BASELINE_BUILD], {
    cwd: BASELINE,
    stdio: ['ignore', 'ignore', 'inherit'],
  });

  const site = await serveBuild(BUILD);
  const baseline = await serveBuild(BASELINE_BUILD, '/', {});
  try {
    const rows: [string, Lighthouse][] = [];
    for (const p of ['/', DOCS_PAGE]) rows.push([p, await lighthouse(site.origin + p)]);
    // The same measurement of the plain classic template shows what this machine allows.
    for (const p of ['/docs/intro']) rows.push([`classic ${p}`, await lighthouse(baseline.origin + p)]);
    const ours = await pageBytes(site.origin + DOCS_PAGE);
    const theirs = await pageBytes(baseline.origin + '/docs/intro');

    console.log('\nLighthouse (mobile preset, Chromium ' + chromePath() + ')');
    console.log('page'.padEnd(24) + 'perf  a11y  best  seo   FCP     LCP     TBT');
    for (const [p, {scores: s, metrics: m}] of rows) {
      console.log(
        p.padEnd(24) +
          [s.performance, s.accessibility, s['best-practices'], s.seo].map((n) => String(n).padEnd(6)).join('') +
          [m.fcp, m.lcp, m.tbt].map((n) => `${n} ms`.padEnd(8)).join(''),
      );
    }
    console.log(`\nBytes downloaded for one docs page (${DOCS_PAGE}) vs classic template (/docs/intro):`);
    console.log('                     raw          gzip        files');
    const line = (label: string, b: {raw: number; gzip: number; files: number}) =>
      console.log(label.padEnd(21) + kb(b.raw).padEnd(13) + kb(b.gzip).padEnd(12) + b.files);
    line('JS  kennisbank', ours.js);
    line('JS  classic', theirs.js);
    line('CSS kennisbank', ours.css);
    line('CSS classic', theirs.css);
    const delta = ours.js.gzip - theirs.js.gzip;
    console.log(`\nJS difference (gzip): ${delta >= 0 ? '+' : ''}${kb(delta)} ${delta <= 0 ? '(target met)' : '(TARGET MISSED)'}`);
  } finally {
    await site.close();
    await baseline.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
