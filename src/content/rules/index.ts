/**
 * The rules of `npm run check`, and the site index they share. Adding a rule:
 * write src/content/rules/<naam>.ts with a test on in-memory markdown, and add
 * it to RULES below.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {parseFile, type ContentFile, type Problem} from '../validate';
import {afbeeldingen} from './afbeeldingen';
import {anchorsOf, interneLinks, normalisePath} from './interne-links';
import {koppen} from './koppen';
import {leesbaarheid} from './leesbaarheid';
import {persoonsgegevens, scanPersonalData} from './persoonsgegevens';
import type {AllowlistEntry, Rule, RuleContext, RuleFile, SiteUrls} from './types';
import {veiligeHtml} from './veilige-html';

/** Glossary markers ([[woord]]) are checked by the build, in src/plugins/begrippen/remark.ts, not here. */
export const RULES: readonly Rule[] = [interneLinks, afbeeldingen, veiligeHtml, persoonsgegevens, koppen, leesbaarheid];

/** Default image budget: 300 kB keeps a page light on a slow intranet connection. */
export const DEFAULT_IMAGE_BUDGET = 300 * 1024;

/** Files outside docs/ and blog/ that the personal-data rule scans too. */
export const DATA_FILES = ['src/data/bronnen.ts', 'blog/authors.yml', 'blog/tags.yml'];

export const BLOG_BASE = '/kenniscafes';

export function toRuleFile(f: ContentFile): RuleFile | Problem {
  const parsed = parseFile(f.file, f.raw);
  if ('message' in parsed) return parsed;
  return {...f, ...parsed};
}

function walkFiles(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, {withFileTypes: true}).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? walkFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

/** Every URL a content link may point to, from the sources alone (no build). */
export function buildSiteUrls(siteDir: string, files: readonly RuleFile[]): SiteUrls {
  const pages = new Map<string, Set<string> | null>();
  const fileUrls = new Map<string, string>();
  const urls = new Set<string>();
  const add = (url: string, anchors: Set<string> | null, file?: string) => {
    const u = normalisePath(url);
    pages.set(u, anchors);
    if (file) fileUrls.set(file, u);
  };
  for (const f of files) {
    const anchors = anchorsOf(f);
    if (f.kind === 'doc' && typeof f.data.slug === 'string') {
      add((f.tree === 'current' ? '' : `/${f.tree}`) + f.data.slug, anchors, f.file);
      if (f.tree === 'current' && f.data.type === 'werkblad' && typeof f.data.id === 'string' && f.data.id !== 'werkbladen') {
        for (const ext of ['pdf', 'docx']) urls.add(`/werkbladen/${f.data.id}.${ext}`);
      }
    } else if (f.kind === 'blog' && typeof f.data.slug === 'string') {
      add(`${BLOG_BASE}/${f.data.slug}`, anchors, f.file);
    }
  }
  for (const p of ['', '/tags', '/archive', '/authors']) add(BLOG_BASE + p, null);
  for (const p of ['rss.xml', 'atom.xml', 'feed.json']) urls.add(`${BLOG_BASE}/${p}`);
  urls.add('/sitemap.xml');
  const tagsFile = path.join(siteDir, 'blog/tags.yml');
  if (fs.existsSync(tagsFile)) {
    const tags = (yaml.load(fs.readFileSync(tagsFile, 'utf8')) ?? {}) as Record<string, {permalink?: string}>;
    for (const [key, t] of Object.entries(tags)) add(`${BLOG_BASE}/tags${t?.permalink ?? `/${key}`}`, null);
  }
  // src/pages: markdown pages have known headings; React pages do not.
  const pagesDir = path.join(siteDir, 'src/pages');
  for (const rel of walkFiles(pagesDir)) {
    const m = /^(.*?)(?:\/?index)?\.(mdx?|tsx|jsx|js)$/.exec(rel);
    if (!m || rel.split('/').some((s) => s.startsWith('_')) || rel.includes('.module.')) continue;
    const url = `/${m[1]}`;
    const file = `src/pages/${rel}`;
    if (/\.mdx?$/.test(rel)) {
      const parsed = parseFile(file, fs.readFileSync(path.join(pagesDir, rel), 'utf8'));
      add(url, 'message' in parsed ? new Set() : anchorsOf(parsed), file);
    } else add(url, null, file);
  }
  for (const rel of walkFiles(path.join(siteDir, 'static'))) urls.add(`/${rel}`);
  // The English site mirrors every page under /en.
  for (const [url, anchors] of [...pages]) pages.set(normalisePath(`/en${url}`), anchors);
  return {pages, fileUrls, files: urls};
}

export interface CheckOptions {
  imageBudget?: number;
  allowlist?: readonly AllowlistEntry[];
}

export function loadAllowlist(): AllowlistEntry[] {
  return JSON.parse(fs.readFileSync(path.join(__dirname, 'personal-data.allowlist.json'), 'utf8')) as AllowlistEntry[];
}

export function ruleContext(siteDir: string, files: readonly RuleFile[], options: CheckOptions = {}): RuleContext {
  return {
    urls: buildSiteUrls(siteDir, files),
    fileSize(rel) {
      try {
        const st = fs.statSync(path.join(siteDir, rel));
        return st.isFile() ? st.size : undefined;
      } catch {
        return undefined;
      }
    },
    imageBudget: options.imageBudget ?? DEFAULT_IMAGE_BUDGET,
    allowlist: options.allowlist ?? loadAllowlist(),
  };
}

/** Runs every rule on every file that parses (validateSite reports those that do not). */
export function runRules(siteDir: string, contentFiles: readonly ContentFile[], options: CheckOptions = {}): Problem[] {
  const files = contentFiles.map(toRuleFile).filter((f): f is RuleFile => !('message' in f));
  const ctx = ruleContext(siteDir, files, options);
  const problems: Problem[] = [];
  for (const f of files) {
    for (const rule of RULES) {
      if (rule.appliesTo && !rule.appliesTo(f)) continue;
      problems.push(...rule.check(f, ctx));
    }
  }
  for (const rel of DATA_FILES) {
    const full = path.join(siteDir, rel);
    if (fs.existsSync(full)) problems.push(...scanPersonalData(rel, fs.readFileSync(full, 'utf8'), ctx.allowlist));
  }
  return problems;
}
