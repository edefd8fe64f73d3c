/**
 * All content of the site, read and checked in one pass: front matter (with the
 * same parser and schemas as the build), Markdown syntax, and what only shows
 * across files — duplicate ids and slugs, references to worksheets, literature,
 * authors and tags, and the glossary with every [[marker]]. It never stops at
 * the first error: a contributor gets every problem of a change in one run.
 *
 * `npm run check` and the build's content-validation plugin both call this
 * (through check.ts), so both report the same problems in the same words.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Root, Text} from 'mdast';
import {visit} from 'unist-util-visit';
import {siteEditions} from './editions';
import {classify, readFrontMatter, validateFrontMatter, type ContentFile} from './frontMatter';
import {buildGlossary, normalise, unknownTermMessage, type Glossary} from './glossary';
import {findMarkers, formatOf, MarkdownSyntaxError, parseMarkdown} from './markdown';
import {frontMatterLine, suggest, type Problem} from './problems';
import {contentSchemas} from './schema';
import {loadSiteData, type SiteData} from './siteData';
import {CURRENT_EDITION, DEFAULT_LOCALE, editionPath} from './vocabulary';

export type {ContentFile};

export interface ContentPage extends ContentFile {
  /** Front matter: validated with defaults when `valid`, as written otherwise. */
  data: Record<string, unknown>;
  valid: boolean;
  /** The whole file as a Markdown tree (positions are file lines); undefined when it does not parse. */
  tree?: Root;
}

export interface ContentSite {
  siteDir: string;
  data: SiteData;
  pages: ContentPage[];
  /** Glossary per docs edition ("current", "2021"); blog posts use the current one. */
  glossaries: Map<string, Glossary>;
  problems: Problem[];
}

// i18n holds translated pages (i18n/<locale>/docusaurus-plugin-content-docs/…); classify() keeps only those.
const CONTENT_DIRS = ['docs', 'versioned_docs', 'blog', 'i18n'];

/** Every file in the content folders that is meant to be a page, and the ones that look like a page but would never be published. */
export function collectContentFiles(siteDir: string): {files: ContentFile[]; problems: Problem[]} {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  const walk = (dir: string) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, {withFileTypes: true}).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      const rel = path.relative(siteDir, full).split(path.sep).join('/');
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('_')) walk(full);
        continue;
      }
      if (entry.name.startsWith('_')) continue;
      if (
        /\.(markdown|mdown|mkd|txt)$/i.test(entry.name) ||
        (/\.mdx?$/i.test(entry.name) && !/\.mdx?$/.test(entry.name))
      ) {
        problems.push({
          file: rel,
          line: 1,
          message: `dit bestand wordt nooit gepubliceerd: alleen bestanden die eindigen op .md of .mdx (kleine letters) worden pagina's. Hernoem het naar ${entry.name.replace(/\.[^.]+$/, '.md')}.`,
        });
        continue;
      }
      const what = classify(rel);
      if (what) files.push({file: rel, ...what, raw: fs.readFileSync(full, 'utf8')});
    }
  };
  for (const d of CONTENT_DIRS) walk(path.join(siteDir, d));
  return {files, problems};
}

/** Text nodes of a tree with their markers, code excluded (the parser leaves code out of text nodes). */
function markersOf(tree: Root): {line: number; target: string}[] {
  const out: {line: number; target: string}[] = [];
  visit(tree, 'text', (node: Text) => {
    for (const m of findMarkers(node.value)) {
      const line = (node.position?.start.line ?? 1) + (node.value.slice(0, m.index).match(/\n/g)?.length ?? 0);
      out.push({line, target: m.target});
    }
  });
  return out;
}

export async function loadContent(siteDir: string, collected = collectContentFiles(siteDir)): Promise<ContentSite> {
  const {data, problems: dataProblems} = loadSiteData(siteDir);
  const problems: Problem[] = [...dataProblems, ...collected.problems];
  const schemas = contentSchemas(data.bronnen.map((b) => b.key));
  const pages: ContentPage[] = [];

  for (const f of collected.files) {
    const fm = await readFrontMatter(f.file, f.raw);
    if ('problem' in fm) {
      problems.push(fm.problem);
      continue;
    }
    const v = validateFrontMatter(f, fm.data, schemas);
    problems.push(...v.problems);
    let tree: Root | undefined;
    try {
      tree = parseMarkdown(f.raw, formatOf(f.file));
    } catch (e) {
      if (!(e instanceof MarkdownSyntaxError)) throw e;
      problems.push({
        file: f.file,
        line: e.line,
        message: `de tekst is geen geldige ${formatOf(f.file) === 'mdx' ? 'MDX' : 'Markdown'}: ${e.reason}`,
      });
    }
    pages.push({...f, data: v.data, valid: v.problems.length === 0, tree});
  }

  problems.push(...duplicates(pages), ...references(pages, data));
  const glossaries = glossariesOf(siteDir, pages);
  for (const g of glossaries.values()) problems.push(...g.problems);
  problems.push(...markerProblems(pages, glossaries));
  return {siteDir, data, pages, glossaries, problems};
}

/** Ids are referenced per type (werkbladen: [id]), so a begrip may share its id with a page on the same subject; slugs never. */
function duplicates(pages: readonly ContentPage[]): Problem[] {
  const out: Problem[] = [];
  const seen = new Map<string, string>();
  for (const p of pages) {
    for (const key of ['id', 'slug'] as const) {
      const value = p.data[key];
      if (typeof value !== 'string') continue;
      const k =
        key === 'id'
          ? `${p.locale}|${p.edition}|id|${String(p.data.type)}|${value}`
          : `${p.locale}|${p.edition}|slug|${value}`;
      const other = seen.get(k);
      if (other) {
        out.push({
          file: p.file,
          line: frontMatterLine(p.raw, [key]),
          field: key,
          message: `"${value}" wordt al gebruikt door ${other}. Kies een ${key} die nog niet bestaat.`,
        });
      } else seen.set(k, p.file);
    }
  }
  return out;
}

function references(pages: readonly ContentPage[], data: SiteData): Problem[] {
  const out: Problem[] = [];
  const check = (p: ContentPage, field: string, known: ReadonlySet<string>, message: (v: string) => string) => {
    const raw = p.data[field];
    const values = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
    values.forEach((v, i) => {
      if (typeof v === 'string' && !known.has(v)) {
        out.push({
          file: p.file,
          line: frontMatterLine(p.raw, Array.isArray(raw) ? [field, i] : [field]),
          field: Array.isArray(raw) ? `${field}.${i}` : field,
          message: message(v) + suggest(v, known),
        });
      }
    });
  };
  const ofType = (edition: string, type: string) =>
    new Set(
      pages
        .filter((p) => p.kind === 'doc' && p.locale === DEFAULT_LOCALE && p.edition === edition && p.data.type === type)
        .map((p) => String(p.data.id)),
    );
  const blogSlugs = new Set(
    pages.filter((p) => p.kind === 'blog' && p.locale === DEFAULT_LOCALE).map((p) => String(p.data.slug)),
  );
  for (const p of pages) {
    check(
      p,
      'literatuur',
      data.literatuur,
      (v) => `"${v}" bestaat niet. Voeg de bron toe aan src/data/literatuur.json of gebruik een bestaande sleutel.`,
    );
    if (p.kind === 'blog') {
      check(
        p,
        'authors',
        data.authors,
        (v) => `"${v}" bestaat niet. Voeg de auteur toe aan blog/authors.yml of gebruik een bestaande sleutel.`,
      );
      check(
        p,
        'tags',
        data.tags,
        (v) => `"${v}" bestaat niet. Voeg het thema toe aan blog/tags.yml of gebruik een bestaande sleutel.`,
      );
      continue;
    }
    check(p, 'werkbladen', ofType(p.edition, 'werkblad'), (v) => `werkblad "${v}" bestaat niet in deze editie.`);
    check(p, 'handelingen', ofType(p.edition, 'handleiding'), (v) => `handeling "${v}" bestaat niet in deze editie.`);
    check(p, 'kenniscafe', blogSlugs, (v) => `kenniscafé "${v}" bestaat niet.`);
  }
  return out;
}

function glossariesOf(siteDir: string, pages: readonly ContentPage[]): Map<string, Glossary> {
  const out = new Map<string, Glossary>();
  for (const e of siteEditions(siteDir)) {
    const sources = pages
      .filter(
        (p) =>
          p.kind === 'doc' &&
          p.locale === DEFAULT_LOCALE &&
          p.edition === e.name &&
          p.valid &&
          p.data.type === 'begrip',
      )
      .map((p) => ({file: p.file, raw: p.raw, data: p.data, permalink: editionPath(e.name, String(p.data.slug))}));
    out.set(e.name, buildGlossary(sources));
  }
  return out;
}

function markerProblems(pages: readonly ContentPage[], glossaries: Map<string, Glossary>): Problem[] {
  const out: Problem[] = [];
  for (const p of pages) {
    if (!p.tree) continue;
    const edition = p.kind === 'blog' ? CURRENT_EDITION : p.edition;
    const g = glossaries.get(edition);
    if (!g) continue;
    for (const m of markersOf(p.tree)) {
      if (!g.lookup.has(normalise(m.target)))
        out.push({file: p.file, line: m.line, message: unknownTermMessage(m.target, edition, g)});
    }
  }
  return out;
}
