/**
 * The rules of the content check, and the site index they share. Adding a rule:
 * write src/content/rules/<naam>.ts with a test on in-memory Markdown, and add
 * it to RULES below.
 */
import fs from 'node:fs';
import path from 'node:path';
import {headings, parseMarkdown} from '../markdown';
import type {Problem} from '../problems';
import type {ContentSite} from '../validate';
import {DATA_FILES, bronFiles, bronKeys} from '../siteData';
import {loadErrata} from '../errata';
import {vastgezetteEdities} from '../vastgezet';
import {errataPad} from '../../plugins/wijzigingen/shared/paden';
import {LOCALE_PREFIXES, URLS, editionPath} from '../vocabulary';
import {afbeeldingen} from './afbeeldingen';
import {interneLinks, normalisePath} from './interne-links';
import {kenniscafe} from './kenniscafe';
import {koppen} from './koppen';
import {leesbaarheid} from './leesbaarheid';
import {persoonsgegevens, scanPersonalData} from './persoonsgegevens';
import type {AllowlistEntry, Rule, RuleContext, RuleFile, SiteUrls} from './types';
import {placeholdersIn, sjabloon} from './sjabloon';
import {spelling, type Spelling} from './spelling';
import {veiligeHtml} from './veilige-html';

export const RULES: readonly Rule[] = [
  interneLinks,
  afbeeldingen,
  veiligeHtml,
  persoonsgegevens,
  koppen,
  kenniscafe,
  sjabloon,
  leesbaarheid,
  spelling,
];

/** Default image budget: 300 kB keeps a page light on a slow intranet connection. */
export const DEFAULT_IMAGE_BUDGET = 300 * 1024;

/** Data files the personal-data rule scans too: every source file (src/data/bronnen/*.yml), the blog's authors and tags. */
const scannedDataFiles = (siteDir: string): string[] => [...bronFiles(siteDir), DATA_FILES.authors, DATA_FILES.tags];

function walkFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walkFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

const idsOf = (f: {tree?: RuleFile['tree']}): Set<string> => new Set(f.tree ? headings(f.tree).map((h) => h.id) : []);

/**
 * Every URL a content link may point to, from the sources alone (no build):
 * pages, static files and the files plugins will write (`publicFiles`,
 * src/config/publicFiles.ts).
 */
export function buildSiteUrls(site: ContentSite, publicFiles: readonly string[] = []): SiteUrls {
  const pages = new Map<string, Set<string> | null>();
  const fileUrls = new Map<string, string>();
  const add = (url: string, anchors: Set<string> | null, file?: string) => {
    const u = normalisePath(url);
    pages.set(u, anchors);
    if (file) fileUrls.set(file, u);
  };
  for (const p of site.pages) {
    if (typeof p.data.slug !== 'string' || p.locale !== 'nl') continue;
    const url = p.kind === 'doc' ? editionPath(p.edition, p.data.slug) : `${URLS.blog}/${p.data.slug}`;
    add(url, idsOf(p), p.file);
  }
  // The errata page of every frozen edition (plugin wijzigingen); its anchors are the errata's ids.
  for (const e of vastgezetteEdities(site.siteDir)) {
    const {errata} = loadErrata(site.siteDir, e.name, bronKeys(site.data));
    add(errataPad(e.name), new Set(errata.map((x) => x.id)));
  }
  // Pages of the blog plugin itself; anchors there are not the content's.
  for (const sub of ['', '/tags', '/archive', '/authors']) add(URLS.blog + sub, null);
  for (const tag of site.data.tags) add(`${URLS.blog}/tags/${tag}`, null);
  // src/pages: Markdown pages have known headings; React pages do not.
  const pagesDir = path.join(site.siteDir, 'src/pages');
  for (const rel of walkFiles(pagesDir)) {
    const m = /^(.*?)(?:\/?index)?\.(mdx?|tsx|jsx|js)$/.exec(rel);
    if (!m || rel.split('/').some((s) => s.startsWith('_')) || rel.includes('.module.')) continue;
    const file = `src/pages/${rel}`;
    if (/\.mdx?$/.test(rel)) {
      let anchors = new Set<string>();
      try {
        anchors = idsOf({
          tree: parseMarkdown(fs.readFileSync(path.join(pagesDir, rel), 'utf8'), rel.endsWith('.mdx') ? 'mdx' : 'md'),
        });
      } catch {
        // A page that does not parse has no known anchors; the build reports its syntax.
      }
      add(`/${m[1]}`, anchors, file);
    } else add(`/${m[1]}`, null, file);
  }
  const files = new Set<string>([
    ...publicFiles,
    ...walkFiles(path.join(site.siteDir, 'static')).map((rel) => `/${rel}`),
  ]);
  // Every locale mirrors every page under its prefix (untranslated pages fall back to Dutch).
  for (const [url, anchors] of [...pages])
    for (const prefix of LOCALE_PREFIXES) if (prefix) pages.set(normalisePath(`${prefix}${url}`), anchors);
  for (const f of [...files]) for (const prefix of LOCALE_PREFIXES) if (prefix) files.add(`${prefix}${f}`);
  return {pages, fileUrls, files};
}

export interface CheckOptions {
  imageBudget?: number;
  /** Files plugins write that links may point to (src/config/publicFiles.ts). */
  publicFiles?: readonly string[];
  allowlist?: readonly AllowlistEntry[];
  /** The spell checker; checkSite loads it (rules/spelling.ts). */
  spelling?: Spelling;
  /** The site's URLs when the caller built them already (checkSite also checks the search's reader questions against them). */
  urls?: SiteUrls;
}

/** Placeholders of every template in templates/ (none when a site has no templates). */
export function templatePlaceholders(siteDir: string): string[] {
  const dir = path.join(siteDir, 'templates');
  if (!fs.existsSync(dir)) return [];
  return [
    ...new Set(
      fs
        .readdirSync(dir)
        .filter((n) => n.endsWith('.md'))
        .flatMap((n) => placeholdersIn(fs.readFileSync(path.join(dir, n), 'utf8'))),
    ),
  ];
}

export function loadAllowlist(): AllowlistEntry[] {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'personal-data.allowlist.json'), 'utf8')) as AllowlistEntry[];
}

export function ruleContext(site: ContentSite, options: CheckOptions = {}): RuleContext {
  return {
    urls: options.urls ?? buildSiteUrls(site, options.publicFiles),
    fileSize(rel) {
      try {
        const st = fs.statSync(path.join(site.siteDir, rel));
        return st.isFile() ? st.size : undefined;
      } catch {
        return undefined;
      }
    },
    imageBudget: options.imageBudget ?? DEFAULT_IMAGE_BUDGET,
    allowlist: options.allowlist ?? loadAllowlist(),
    placeholders: templatePlaceholders(site.siteDir),
    glossaries: site.glossaries,
    spelling: options.spelling,
  };
}

/** Runs every rule on every page that parsed (the loader reports those that did not). */
export function runRules(site: ContentSite, options: CheckOptions = {}): Problem[] {
  const ctx = ruleContext(site, options);
  const problems: Problem[] = [];
  for (const page of site.pages) {
    if (!page.tree) continue;
    const f = page as RuleFile;
    for (const rule of RULES) {
      if (rule.appliesTo && !rule.appliesTo(f)) continue;
      problems.push(...rule.check(f, ctx));
    }
  }
  for (const rel of scannedDataFiles(site.siteDir)) {
    const full = path.join(site.siteDir, rel);
    if (fs.existsSync(full)) problems.push(...scanPersonalData(rel, fs.readFileSync(full, 'utf8'), ctx.allowlist));
  }
  return problems;
}
