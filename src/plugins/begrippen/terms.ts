/**
 * Reads the glossary of one docs version (one file per term) and checks what
 * only shows across files: duplicate terms or aliases, unknown related terms,
 * a slug that is not /begrippen/<id>. Pure apart from readTermSources().
 */
import fs from 'node:fs';
import path from 'node:path';
import {frontMatterLine, parseFile, suggest, type Problem} from '../../content/validate';
import type {Begrip} from './types';
import type {PluginOptions} from './options';

export interface TermSource {
  /** Path relative to the site directory, forward slashes. */
  file: string;
  raw: string;
}

export interface DocsVersion {
  /** "current" or a name from versions.json, e.g. "2021". */
  name: string;
  /** Folder of the version's docs, relative to the site directory. */
  dir: string;
  /** URL prefix of the version: "" for current, "/2021" for 2021. */
  pathPrefix: string;
}

/** Current docs plus every version in versions.json (path = version name, as docusaurus.config.ts sets it). */
export function docsVersions(siteDir: string): DocsVersion[] {
  const out: DocsVersion[] = [{name: 'current', dir: 'docs', pathPrefix: ''}];
  const file = path.join(siteDir, 'versions.json');
  if (fs.existsSync(file)) {
    for (const v of JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) {
      out.push({name: v, dir: `versioned_docs/version-${v}`, pathPrefix: `/${v}`});
    }
  }
  return out;
}

/** Which docs version a markdown file belongs to, from its path (source or i18n copy). */
export function versionOfFile(filePath: string): string {
  const m = /(?:^|[\\/])(?:versioned_docs|docusaurus-plugin-content-docs)[\\/]version-([^\\/]+)[\\/]/.exec(filePath);
  return m?.[1] ?? 'current';
}

/** The term files of one folder (partials "_x.md" and the A–Z page "index.md(x)" excluded). */
export function readTermSources(siteDir: string, folder: string): TermSource[] {
  const dir = path.join(siteDir, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((n) => /\.mdx?$/.test(n) && !n.startsWith('_') && !/^index\.mdx?$/.test(n))
    .sort()
    .map((n) => ({file: `${folder}/${n}`.split(path.sep).join('/'), raw: fs.readFileSync(path.join(dir, n), 'utf8')}));
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

/** Lower-case, single spaces: how a marked word is compared with terms and aliases. */
export function normalise(word: string): string {
  return word.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

export interface TermsResult {
  terms: Begrip[];
  problems: Problem[];
}

/**
 * Builds the terms of one version. Every problem is reported (never a silent skip);
 * a term with problems in its own front matter is left out of `terms`.
 */
export function buildTerms(sources: TermSource[], options: Pick<PluginOptions, 'routePrefix'>, pathPrefix = ''): TermsResult {
  const problems: Problem[] = [];
  const terms: {begrip: Begrip; src: TermSource}[] = [];
  for (const src of sources) {
    const parsed = parseFile(src.file, src.raw);
    if ('message' in parsed) {
      problems.push(parsed);
      continue;
    }
    const d = parsed.data;
    const at = (field: string): number => frontMatterLine(src.raw, [field]);
    const own: Problem[] = [];
    if (d.type !== 'begrip') {
      own.push({file: src.file, line: at('type'), field: 'type', message: 'een bestand in de map begrippen moet "type: begrip" hebben'});
    }
    const id = typeof d.id === 'string' ? d.id : '';
    const fileId = path.basename(src.file).replace(/\.mdx?$/, '');
    if (id !== fileId) {
      own.push({file: src.file, line: at('id'), field: 'id', message: `moet gelijk zijn aan de bestandsnaam ("${fileId}")`});
    }
    const slug = `${options.routePrefix}/${fileId}`;
    if (d.slug !== slug) {
      own.push({file: src.file, line: at('slug'), field: 'slug', message: `moet "${slug}" zijn, zodat het begrip een vaste URL heeft`});
    }
    for (const field of ['term', 'definitie', 'engels'] as const) {
      if (typeof d[field] !== 'string' || !(d[field] as string).trim()) {
        own.push({file: src.file, line: at(field), field, message: `ontbreekt bij begrip "${fileId}": dit veld is verplicht`});
      }
    }
    if (!Array.isArray(d.bronnen) || d.bronnen.length === 0) {
      own.push({file: src.file, line: at('bronnen'), field: 'bronnen', message: `ontbreekt bij begrip "${fileId}": noem minstens één bron`});
    }
    problems.push(...own);
    if (own.length) continue;
    terms.push({
      src,
      begrip: {
        id,
        term: String(d.term).trim(),
        permalink: `${pathPrefix}${slug}`,
        definitie: String(d.definitie).trim(),
        engels: String(d.engels).trim(),
        aliases: strings(d.aliases),
        verwant: strings(d.verwant),
      },
    });
  }

  // One word belongs to one term: terms, aliases and ids must not collide.
  const owner = new Map<string, string>(); // normalised word -> term id
  for (const {begrip, src} of terms) {
    const words = [
      {w: begrip.term, field: 'term'},
      ...begrip.aliases.map((w, i) => ({w, field: `aliases.${i}`})),
    ];
    const mine = new Set<string>();
    for (const {w, field} of words) {
      const key = normalise(w);
      const other = owner.get(key);
      if (other !== undefined && other !== begrip.id) {
        problems.push({
          file: src.file,
          line: frontMatterLine(src.raw, field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))),
          field,
          message: `"${w}" hoort al bij begrip "${other}". Een woord mag maar bij één begrip horen: haal het hier of daar weg.`,
        });
      } else if (mine.has(key)) {
        problems.push({
          file: src.file,
          line: frontMatterLine(src.raw, field.split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : p))),
          field,
          message: `"${w}" staat dubbel bij begrip "${begrip.id}"; noem elk woord één keer.`,
        });
      }
      mine.add(key);
      owner.set(key, begrip.id);
    }
  }

  const ids = new Set(terms.map((t) => t.begrip.id));
  for (const {begrip, src} of terms) {
    begrip.verwant.forEach((v, i) => {
      if (!ids.has(v) || v === begrip.id) {
        problems.push({
          file: src.file,
          line: frontMatterLine(src.raw, ['verwant', i]),
          field: `verwant.${i}`,
          message:
            v === begrip.id
              ? `begrip "${begrip.id}" verwijst naar zichzelf; noem alleen andere begrippen.`
              : `verwant begrip "${v}" bestaat niet in deze editie (${path.dirname(src.file)}/).${suggest(v, ids)}`,
        });
      }
    });
  }

  const sorted = terms.map((t) => t.begrip).sort((a, b) => a.term.localeCompare(b.term, 'nl'));
  return {terms: sorted, problems};
}

/** Word (term, alias or id, normalised) → term. */
export function termLookup(terms: Begrip[]): Map<string, Begrip> {
  const map = new Map<string, Begrip>();
  for (const t of terms) {
    map.set(normalise(t.id.replace(/-/g, ' ')), t);
    map.set(normalise(t.id), t);
    map.set(normalise(t.term), t);
    for (const a of t.aliases) map.set(normalise(a), t);
  }
  return map;
}

/** The terms of every docs version of the site. */
export function loadSiteTerms(
  siteDir: string,
  options: PluginOptions,
): {versions: Record<string, Begrip[]>; problems: Problem[]} {
  const versions: Record<string, Begrip[]> = {};
  const problems: Problem[] = [];
  for (const v of docsVersions(siteDir)) {
    const result = buildTerms(readTermSources(siteDir, `${v.dir}/${options.folder}`), options, v.pathPrefix);
    versions[v.name] = result.terms;
    problems.push(...result.problems);
  }
  return {versions, problems};
}
