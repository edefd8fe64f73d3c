import fs from 'node:fs';
import path from 'node:path';
import {XMLParser} from 'fast-xml-parser';

/** Paths (including the base URL) of every page a sitemap lists. */
export function sitemapPaths(file: string): string[] {
  if (!fs.existsSync(file)) {
    throw new Error(`${file} bestaat niet: bouw de site eerst met "npm run build" (npm test doet dat zelf).`);
  }
  const xml = new XMLParser().parse(fs.readFileSync(file, 'utf8')) as {urlset: {url: {loc: string} | {loc: string}[]}};
  const urls = Array.isArray(xml.urlset.url) ? xml.urlset.url : [xml.urlset.url];
  return urls.map((u) => new URL(u.loc).pathname);
}

/** Every href/src in the built HTML that points into the site, as absolute paths. */
export function builtReferences(buildDir: string, baseUrl: string): Map<string, string> {
  const refs = new Map<string, string>(); // target -> first page that uses it
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) {
        const page = '/' + path.relative(buildDir, full).split(path.sep).join('/');
        const html = fs.readFileSync(full, 'utf8');
        // The minifier drops quotes where it can, so accept quoted and bare values.
        for (const m of html.matchAll(/\s(?:href|src)=(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/g)) {
          const target = (m[1] ?? m[2] ?? m[3]!).split(/[?#]/)[0]!;
          if (target === '') continue;
          if (!target.startsWith('/')) continue; // external or relative: not ours to fetch
          if (!target.startsWith(baseUrl)) {
            refs.set(`${target} (buiten base URL ${baseUrl})`, page);
            continue;
          }
          if (!refs.has(target)) refs.set(target, page);
        }
      }
    }
  };
  walk(buildDir);
  return refs;
}

/**
 * A sample for the base-URL pass (SITE_PAGES=steekproef): per locale, edition and section (handleiding,
 * begrippen, werkbladen, …) the section's start page and one page below it. Paths are what that
 * pass proves, and pages of one section share their templates and links; every link and asset
 * of every page is still checked below, without a browser.
 */
export function sample<T extends {path: string; lang: string}>(list: readonly T[], base: string): T[] {
  const seen = new Map<string, number>();
  return list.filter(({path: p, lang}) => {
    const segs = p.slice(base.length).split('/').filter(Boolean);
    if (segs[0] === lang) segs.shift();
    const edition = /^\d{4}$/.test(segs[0] ?? '') ? segs.shift()! : '';
    // The blog's lists (archive, tags, authors, pages) are templates of their own beside the posts.
    const below =
      segs.length < 2 ? 'start' : ['archive', 'tags', 'authors', 'page'].includes(segs[1]!) ? segs[1] : 'pagina';
    const key = `${lang}|${edition}|${segs[0] ?? ''}|${below}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n === 0;
  });
}
