/**
 * "Links that never break": urls.json lists every public URL of the site.
 * After a build, each listed URL must still resolve — as a page, a file, an
 * anchor on a page, or a client redirect — and every URL the build has must
 * be listed, so URL changes show up in review. Pure file reading, no browser.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Pages whose heading ids are public too (organisations link to single terms). */
export const ANCHOR_PAGES = ['/begrippen', '/en/begrippen'];

const FEEDS = ['/kenniscafes/rss.xml', '/kenniscafes/atom.xml', '/en/kenniscafes/rss.xml', '/en/kenniscafes/atom.xml'];

function stripBase(pathname: string, baseUrl: string): string {
  const p = pathname.startsWith(baseUrl) ? `/${pathname.slice(baseUrl.length)}` : pathname;
  return p.length > 1 ? p.replace(/\/+$/, '') : '/';
}

function sitemapUrls(file: string, baseUrl: string): string[] {
  if (!fs.existsSync(file)) return [];
  return [...fs.readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => stripBase(new URL(m[1]!).pathname, baseUrl));
}

/** The HTML file that serves a page path, the way deploy/nginx.conf looks it up. */
export function htmlFileFor(buildDir: string, urlPath: string): string | undefined {
  const rel = urlPath === '/' ? '' : urlPath.slice(1);
  for (const candidate of [`${rel}.html`, path.join(rel, 'index.html')]) {
    const full = path.join(buildDir, candidate);
    if (rel !== '' || candidate === 'index.html') {
      if (fs.existsSync(full) && fs.statSync(full).isFile()) return full;
    }
  }
  return undefined;
}

/** Ids of the content's own headings (Docusaurus gives them class "anchor"), not of the page chrome. */
export function anchorsIn(html: string): string[] {
  const ids: string[] = [];
  for (const m of html.matchAll(/<h[2-6]\b[^>]*>/g)) {
    if (!/\bclass=["']?[^"'>]*\banchor\b/.test(m[0])) continue;
    const id = /\sid=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/.exec(m[0]);
    if (id) ids.push(id[1] ?? id[2] ?? id[3]!);
  }
  return ids;
}

/** Every public URL of a build, sorted: sitemap pages of both locales, begrippen anchors, worksheet files, downloads, feeds. */
export function collectPublicUrls(buildDir: string, baseUrl = '/'): string[] {
  const urls = new Set<string>([
    ...sitemapUrls(path.join(buildDir, 'sitemap.xml'), baseUrl),
    ...sitemapUrls(path.join(buildDir, 'en/sitemap.xml'), baseUrl),
  ]);
  for (const page of ANCHOR_PAGES) {
    const file = htmlFileFor(buildDir, page);
    if (file) for (const id of anchorsIn(fs.readFileSync(file, 'utf8'))) urls.add(`${page}#${id}`);
  }
  for (const dir of ['werkbladen', 'en/werkbladen']) {
    const full = path.join(buildDir, dir);
    if (!fs.existsSync(full)) continue;
    for (const f of fs.readdirSync(full)) if (/\.(pdf|docx)$/.test(f)) urls.add(`/${dir}/${f}`);
  }
  // Downloads (the handleiding as PDF/EPUB, the worksheets zip, literature exports): organisations link to them too.
  for (const dir of ['downloads', 'en/downloads']) {
    const full = path.join(buildDir, dir);
    if (!fs.existsSync(full)) continue;
    for (const f of fs.readdirSync(full)) if (fs.statSync(path.join(full, f)).isFile()) urls.add(`/${dir}/${f}`);
  }
  for (const feed of FEEDS) if (fs.existsSync(path.join(buildDir, feed))) urls.add(feed);
  return [...urls].sort();
}

function hasId(html: string, id: string): boolean {
  return [...html.matchAll(/\sid=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)].some((m) => (m[1] ?? m[2] ?? m[3]) === id);
}

export type Resolution = {ok: true; via: 'pagina' | 'bestand' | 'redirect'} | {ok: false};

const REDIRECT = /<meta\s+http-equiv=["']?refresh["']?\s+content=["']?0;\s*url=([^"'>\s]+)/i;

/** Whether a manifest URL still works in a build, and how. */
export function resolveInBuild(buildDir: string, url: string, baseUrl = '/', depth = 0): Resolution {
  const [pathPart, anchor] = url.split('#') as [string, string | undefined];
  const html = htmlFileFor(buildDir, pathPart);
  if (html) {
    const text = fs.readFileSync(html, 'utf8');
    const redirect = REDIRECT.exec(text);
    if (redirect && depth < 3) {
      // A client-redirects page: it covers the old URL when its target resolves.
      const target = stripBase(new URL(redirect[1]!, 'http://x' + baseUrl).pathname, baseUrl);
      const next = resolveInBuild(buildDir, anchor ? `${target}#${anchor}` : target, baseUrl, depth + 1);
      return next.ok ? {ok: true, via: 'redirect'} : next;
    }
    if (anchor === undefined || hasId(text, anchor)) {
      return {ok: true, via: 'pagina'};
    }
    return {ok: false};
  }
  const file = path.join(buildDir, pathPart);
  if (anchor === undefined && fs.existsSync(file) && fs.statSync(file).isFile()) return {ok: true, via: 'bestand'};
  return {ok: false};
}

export interface ManifestReport {
  /** In the manifest, gone from the build, no redirect. */
  kwijt: string[];
  /** In the build, not yet in the manifest. */
  nieuw: string[];
}

export function compareManifest(manifest: readonly string[], buildDir: string, baseUrl = '/'): ManifestReport {
  const listed = new Set(manifest);
  return {
    kwijt: manifest.filter((u) => !resolveInBuild(buildDir, u, baseUrl).ok),
    nieuw: collectPublicUrls(buildDir, baseUrl).filter((u) => !listed.has(u)),
  };
}

export function formatManifestReport({kwijt, nieuw}: ManifestReport): string[] {
  return [
    ...kwijt.map(
      (u) =>
        `URL "${u}" staat in urls.json, maar bestaat niet meer in de build en geen redirect vangt hem op. Organisaties linken hiernaar: zet de pagina terug, of voeg in src/config/redirects.ts een redirect toe ({from: '${u.split('#')[0]}', to: '/nieuwe-plek'}). Mag de URL echt verdwijnen? Voer dan npm run urls uit.`,
    ),
    ...nieuw.map((u) => `URL "${u}" is nieuw en staat nog niet in urls.json: voer npm run urls uit en commit urls.json, zodat de nieuwe URL in de review te zien is.`),
  ];
}

export function readManifest(file: string): string[] {
  if (!fs.existsSync(file)) throw new Error(`${file} bestaat niet: bouw de site en voer npm run urls uit.`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
}

export function writeManifest(file: string, urls: readonly string[]): void {
  fs.writeFileSync(file, `${JSON.stringify(urls, null, 2)}\n`);
}
