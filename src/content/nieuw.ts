/**
 * `npm run nieuw`: the pure part. Turns a type, title, author, tags and
 * source into a new content file: front matter that passes the schema, a
 * unique slug, and the body of the type's template in templates/.
 * scripts/nieuw.ts does the asking and the writing.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {bodyAfterFrontMatter, formatOf, frontMatterData, parseMarkdown} from './markdown';
import {suggest} from './problems';
import {loadSiteData} from './siteData';
import {collectContentFiles, type ContentFile} from './validate';
import {AUDIENCES, CURRENT_EDITION, THEMES, URLS} from './vocabulary';
import {kebab} from './slug';

export interface NieuwType {
  label: string;
  kind: 'doc' | 'blog';
  template: string;
  /** Folder of the new file, relative to the site. */
  dir: string;
  /** URL path the slug goes under (docs only). */
  slugBase?: string;
  /** Front-matter `type` (docs only). */
  type?: string;
  needsDoelgroep?: boolean;
}

export const NIEUW_TYPES = {
  kenniscafe: {label: 'Opbrengst van een kenniscafé', kind: 'blog', template: 'templates/kenniscafe.md', dir: 'blog'},
  praktijkvoorbeeld: {
    label: 'Praktijkvoorbeeld',
    kind: 'doc',
    template: 'templates/praktijkvoorbeeld.md',
    dir: 'docs/praktijkvoorbeelden',
    slugBase: '/praktijkvoorbeelden',
    type: 'info',
    needsDoelgroep: true,
  },
  begrip: {
    label: 'Begrip',
    kind: 'doc',
    template: 'templates/begrip.md',
    dir: 'docs/begrippen',
    slugBase: URLS.begrippen,
    type: 'begrip',
  },
  spanningsveld: {
    label: 'Spanningsveld',
    kind: 'doc',
    template: 'templates/spanningsveld.md',
    dir: 'docs/spanningsvelden',
    slugBase: URLS.spanningsvelden,
    type: 'spanningsveld',
    needsDoelgroep: true,
  },
} as const satisfies Record<string, NieuwType>;

export type NieuwTypeKey = keyof typeof NIEUW_TYPES;
export const NIEUW_TYPE_KEYS = Object.keys(NIEUW_TYPES) as NieuwTypeKey[];

export interface NieuwInput {
  type: string;
  titel: string;
  /** Blog only: a key of blog/authors.yml. */
  auteur?: string;
  /** Blog: keys of blog/tags.yml; docs: thema ids. */
  tags: string[];
  bron: string;
  doelgroep?: string[];
  beschrijving?: string;
  /** Blog only, YYYY-MM-DD; default today. */
  datum?: string;
}

export {kebab} from './slug';

export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Ids and slugs already used where the new file would go (current edition docs, or the blog). */
export function takenNames(files: readonly ContentFile[], t: NieuwType): Set<string> {
  const taken = new Set<string>();
  for (const f of files) {
    if (t.kind === 'blog' ? f.kind !== 'blog' : f.kind !== 'doc' || f.edition !== CURRENT_EDITION) continue;
    let data: Record<string, unknown>;
    try {
      data = frontMatterData(parseMarkdown(f.raw, formatOf(f.file)));
    } catch {
      continue; // a file that does not parse is the content check's to report
    }
    const p = {data};
    if (t.kind === 'blog' && typeof p.data.slug === 'string') taken.add(p.data.slug);
    if (t.kind === 'doc') {
      if (typeof p.data.id === 'string') taken.add(p.data.id);
      if (typeof p.data.slug === 'string' && t.slugBase && p.data.slug.startsWith(`${t.slugBase}/`)) {
        taken.add(p.data.slug.slice(t.slugBase.length + 1));
      }
    }
  }
  return taken;
}

/** Every input problem, in Dutch, with the flag to fix. Empty when the input is usable. */
export function checkInput(input: NieuwInput, siteDir: string): string[] {
  const errors: string[] = [];
  const t = (NIEUW_TYPES as Record<string, NieuwType>)[input.type];
  if (!t) {
    errors.push(
      `--type "${input.type}" bestaat niet. Kies een van: ${NIEUW_TYPE_KEYS.join(', ')}.${suggest(input.type, NIEUW_TYPE_KEYS)}`,
    );
    return errors;
  }
  if (input.titel.trim().length < 3) errors.push('--titel is te kort: geef een titel van minstens 3 tekens.');
  else if (kebab(input.titel) === '')
    errors.push('--titel bevat geen letters of cijfers waar een URL van te maken is.');
  const {data: index} = loadSiteData(siteDir);
  const bronKeys = index.bronnen.map((b) => b.key);
  if (!bronKeys.includes(input.bron)) {
    errors.push(
      `--bron "${input.bron}" is geen bekende bron. Kies een van: ${bronKeys.join(', ')} (een nieuwe bron zet je eerst in src/data/bronnen/, één bestand per bron).${suggest(input.bron, bronKeys)}`,
    );
  }
  if (input.beschrijving !== undefined && input.beschrijving.trim().length < 20) {
    errors.push('--beschrijving is te kort: schrijf één volledige zin (minstens 20 tekens).');
  }
  if (input.tags.length === 0)
    errors.push(
      `--tags ontbreekt: noem minstens één ${t.kind === 'blog' ? 'tag uit blog/tags.yml' : 'thema'}, gescheiden door komma's.`,
    );
  for (const tag of input.tags) {
    if (t.kind === 'blog' && !index.tags.has(tag)) {
      errors.push(
        `--tags: "${tag}" staat niet in blog/tags.yml. Voeg hem daar eerst toe of kies een bestaande tag.${suggest(tag, index.tags)}`,
      );
    } else if (t.kind === 'doc' && !(THEMES as readonly string[]).includes(tag)) {
      errors.push(`--tags: thema "${tag}" bestaat niet. Kies uit: ${THEMES.join(', ')}.${suggest(tag, THEMES)}`);
    }
  }
  if (t.kind === 'blog') {
    if (!input.auteur)
      errors.push('--auteur ontbreekt: geef de sleutel van de auteur uit blog/authors.yml, bijvoorbeeld "redactie".');
    else if (!index.authors.has(input.auteur)) {
      errors.push(
        `--auteur "${input.auteur}" staat niet in blog/authors.yml. Voeg de auteur daar eerst toe of kies een bestaande.${suggest(input.auteur, index.authors)}`,
      );
    }
    if (input.datum !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(input.datum))
      errors.push(`--datum "${input.datum}" moet de vorm JJJJ-MM-DD hebben.`);
  }
  for (const d of input.doelgroep ?? []) {
    if (!(AUDIENCES as readonly string[]).includes(d))
      errors.push(`--doelgroep "${d}" bestaat niet. Kies uit: ${AUDIENCES.join(', ')}.`);
  }
  return errors;
}

function templateBody(siteDir: string, template: string): string {
  return bodyAfterFrontMatter(fs.readFileSync(path.join(siteDir, template), 'utf8'));
}

export interface Scaffolded {
  /** Path relative to the site directory. */
  file: string;
  content: string;
  slug: string;
}

/** The new file in memory. Call checkInput first; this throws on input it cannot use. */
export function scaffold(
  input: NieuwInput,
  siteDir: string,
  files = collectContentFiles(siteDir).files,
  today = new Date(),
): Scaffolded {
  const errors = checkInput(input, siteDir);
  if (errors.length) throw new Error(errors.join('\n'));
  const t: NieuwType = NIEUW_TYPES[input.type as NieuwTypeKey];
  const name = uniqueSlug(kebab(input.titel), takenNames(files, t));
  const description = input.beschrijving?.trim() ?? '[Eén zin in gewone taal over wat de lezer hier vindt.]';
  const bronnen = [{bron: input.bron}];
  let fm: Record<string, unknown>;
  let file: string;
  if (t.kind === 'blog') {
    const datum = input.datum ?? today.toISOString().slice(0, 10);
    fm = {slug: name, title: input.titel.trim(), description, authors: [input.auteur], tags: input.tags};
    file = `${t.dir}/${datum}-${name}.md`;
  } else {
    fm = {
      id: name,
      slug: `${t.slugBase}/${name}`,
      title: input.titel.trim(),
      description,
      type: t.type,
      thema: input.tags,
    };
    if (t.needsDoelgroep) fm.doelgroep = input.doelgroep?.length ? input.doelgroep : ['opvoeders'];
    // A begrip needs the glossary fields of its schema (src/content/schema.ts); placeholders to fill in.
    if (t.type === 'begrip') {
      Object.assign(fm, {
        term: input.titel.trim().toLocaleLowerCase('nl'),
        aliases: [],
        definitie: '[Eén of twee zinnen in gewone taal: wat betekent dit woord volgens de bron?]',
        engels: '[English term]',
        verwant: [],
      });
    }
    file = `${t.dir}/${name}.md`;
  }
  // Short lists on one line ([a, b]); the sources as a block, the way the other pages write them.
  const front = yaml.dump(fm, {lineWidth: -1, flowLevel: 1, quotingType: '"'}) + yaml.dump({bronnen}, {lineWidth: -1});
  return {
    file,
    slug: t.kind === 'blog' ? name : String(fm.slug),
    content: `---\n${front}---\n\n${templateBody(siteDir, t.template)}`,
  };
}
