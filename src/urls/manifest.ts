/**
 * "Links that never break": urls.json lists every public URL of the site.
 * After a build, each listed URL must still resolve — as a page, a file, an
 * anchor on a page, or a client redirect. A removed or moved URL without a
 * redirect fails; a new URL never does (the deploy workflow adds it to
 * urls.json). Which files and anchors are public, the build reports
 * (src/urls/declared.ts). Pure file reading, no browser.
 */
import fs from 'node:fs';
import path from 'node:path';
import {LOCALE_PREFIXES} from '../content/vocabulary';
import type {PublicFiles} from './declared';

function stripBase(pathname: string, baseUrl: string): string {
  const p = pathname.startsWith(baseUrl) ? `/${pathname.slice(baseUrl.length)}` : pathname;
  return p.length > 1 ? p.replace(/\/+$/, '') : '/';
}

function sitemapUrls(file: string, baseUrl: string): string[] {
  if (!fs.existsSync(file)) return [];
  return [...fs.readFileSync(file, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    stripBase(new URL(m[1]!).pathname, baseUrl),
  );
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

/** Every public URL of a build, sorted: sitemap pages of every locale, declared pages, anchors and files that the build has. */
export function collectPublicUrls(buildDir: string, declared: PublicFiles, baseUrl = '/'): string[] {
  const urls = new Set<string>();
  for (const prefix of LOCALE_PREFIXES) {
    for (const u of sitemapUrls(path.join(buildDir, prefix, 'sitemap.xml'), baseUrl)) urls.add(u);
    for (const page of declared.pages) if (htmlFileFor(buildDir, `${prefix}${page}`)) urls.add(`${prefix}${page}`);
    for (const page of declared.anchorPages) {
      const file = htmlFileFor(buildDir, `${prefix}${page}`);
      if (file) for (const id of anchorsIn(fs.readFileSync(file, 'utf8'))) urls.add(`${prefix}${page}#${id}`);
    }
    for (const f of declared.files) {
      const full = path.join(buildDir, `${prefix}${f}`);
      if (fs.existsSync(full) && fs.statSync(full).isFile()) urls.add(`${prefix}${f}`);
    }
  }
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
  /** In the manifest, gone from the build, no redirect: this fails. */
  kwijt: string[];
  /** In the build, not yet in the manifest: fine, the deploy workflow adds them. */
  nieuw: string[];
}

export function compareManifest(
  manifest: readonly string[],
  buildDir: string,
  declared: PublicFiles,
  baseUrl = '/',
): ManifestReport {
  const listed = new Set(manifest);
  return {
    kwijt: manifest.filter((u) => !resolveInBuild(buildDir, u, baseUrl).ok),
    nieuw: collectPublicUrls(buildDir, declared, baseUrl).filter((u) => !listed.has(u)),
  };
}

/** What blocks a change: URLs that organisations link to and that no longer work. */
export function formatRemovals({kwijt}: Pick<ManifestReport, 'kwijt'>): string[] {
  return kwijt.map(
    (u) =>
      `URL "${u}" staat in urls.json, maar bestaat niet meer in de build en geen redirect vangt hem op. Organisaties linken hiernaar: zet de pagina terug, of voeg in src/config/redirects.ts een redirect toe ({from: '${u.split('#')[0]}', to: '/nieuwe-plek'}). Mag de URL echt verdwijnen? Haal hem dan in dezelfde wijziging uit urls.json.`,
  );
}

export function readManifest(file: string): string[] {
  if (!fs.existsSync(file)) throw new Error(`${file} bestaat niet: bouw de site en voer npm run urls uit.`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as string[];
}

export function writeManifest(file: string, urls: readonly string[]): void {
  fs.writeFileSync(file, `${JSON.stringify(urls, null, 2)}\n`);
}
