/**
 * What goes into each book, taken from the docs plugin's loaded content (never
 * from its folder): the pages of one sidebar in sidebar order, per version,
 * with their sources and change notes, and the glossary terms of that version
 * with their front-matter definitions.
 */
import type {LoadedContent as DocsContent, LoadedVersion} from '@docusaurus/plugin-content-docs';
import {normalizeUrl} from '@docusaurus/utils';
import {isVastgezet} from '../../../content/vastgezet';
import {EDITIONS} from '../../../content/vocabulary';
import {errataPad} from '../../wijzigingen/shared/paden';
import type {PluginOptions} from '../options';

type SidebarItem = LoadedVersion['sidebars'][string][number];

export interface BookChapter {
  /** Doc id, e.g. "handleiding/houding". */
  docId: string;
  title: string;
  /** Route path including the base URL, as in the built site. */
  permalink: string;
  /** Depth in the sidebar: 0 for top level, 1 inside a category. */
  depth: number;
  /** Front matter `bronnen[].bron` keys, in order. */
  bronnen: string[];
  literatuur: string[];
  /** Front matter `wijzigingen`: the page's major changes (date YYYY-MM-DD and one sentence). */
  wijzigingen: Wijziging[];
}

export interface Wijziging {
  datum: string;
  tekst: string;
}

export interface BookTerm {
  id: string;
  term: string;
  definitie: string;
  permalink: string;
}

export interface BookEdition {
  /** Docs version name: "current", "2021". */
  version: string;
  /** Year in file names. */
  year: string;
  /** Version label as the site shows it, e.g. "Editie 2024". */
  label: string;
  /** Path of the version's first book page (its stable URL), with base URL. */
  homePath: string;
  /** Path of a frozen edition's errata page, with base URL; undefined for the current edition. */
  errataPath: string | undefined;
  chapters: BookChapter[];
  /** Every glossary term of this version, by id; the book takes the ones its pages link to. */
  terms: Record<string, BookTerm>;
}

/** Doc ids in sidebar order; a category's own page (its link) comes before its items. */
export function sidebarDocIds(items: readonly SidebarItem[], depth = 0): {id: string; depth: number}[] {
  return items.flatMap((item) => {
    if (item.type === 'doc' || item.type === 'ref') return [{id: item.id, depth}];
    if (item.type === 'category') {
      const own = item.link?.type === 'doc' ? [{id: item.link.id, depth}] : [];
      return [...own, ...sidebarDocIds(item.items, depth + 1)];
    }
    return [];
  });
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** One book per docs version that has the sidebar, named after the edition's year (src/content/vocabulary.ts). */
export function collectEditions(
  docs: DocsContent | undefined,
  options: Pick<PluginOptions, 'sidebarId'>,
  baseUrl = '/',
): BookEdition[] {
  if (!docs)
    throw new Error(
      'Boek: de docs-plugin heeft geen inhoud geladen; het boek wordt gemaakt uit de pagina’s van de docs-plugin.',
    );
  const withSidebar = docs.loadedVersions.filter((v) => v.sidebars[options.sidebarId]);
  if (withSidebar.length === 0) {
    throw new Error(
      `Boek: geen editie heeft een zijbalk "${options.sidebarId}" (optie sidebarId). Zijbalken: ${Object.keys(docs.loadedVersions[0]?.sidebars ?? {}).join(', ')}.`,
    );
  }
  return withSidebar.map((loaded) => {
    const version = loaded.versionName;
    const year = (EDITIONS as Record<string, {year: string}>)[version]?.year;
    if (!year)
      throw new Error(
        `Boek: editie "${version}" staat niet in src/content/vocabulary.ts (EDITIONS); daar staat het jaar voor de bestandsnamen.`,
      );
    const sidebar = loaded.sidebars[options.sidebarId]!;
    const byId = new Map(loaded.docs.map((d) => [d.id, d]));
    const chapters = sidebarDocIds(sidebar).map(({id, depth}): BookChapter => {
      const doc = byId.get(id);
      if (!doc)
        throw new Error(
          `Boek: de zijbalk "${options.sidebarId}" van versie "${version}" noemt pagina "${id}", maar die bestaat niet.`,
        );
      // Validated and defaulted once, by markdown.parseFrontMatter (src/content/frontMatter.ts).
      const fm = doc.frontMatter as {bronnen?: {bron?: unknown}[]; literatuur?: unknown; wijzigingen?: Wijziging[]};
      return {
        docId: doc.id,
        title: doc.title,
        permalink: doc.permalink,
        depth,
        bronnen: (fm.bronnen ?? []).map((b) => b.bron).filter((b): b is string => typeof b === 'string'),
        literatuur: strings(fm.literatuur),
        wijzigingen: fm.wijzigingen ?? [],
      };
    });
    if (chapters.length === 0)
      throw new Error(
        `Boek: de zijbalk "${options.sidebarId}" van versie "${version}" is leeg; er is niets om te drukken.`,
      );
    const terms: Record<string, BookTerm> = {};
    for (const doc of loaded.docs) {
      const fm = doc.frontMatter as {type?: unknown; term?: unknown; definitie?: unknown};
      if (fm.type !== 'begrip') continue;
      const id = doc.permalink.split('/').pop()!;
      if (typeof fm.term !== 'string' || typeof fm.definitie !== 'string') {
        throw new Error(
          `Boek: begrip ${doc.source} heeft geen "term" of "definitie" in de front matter; die komen in de bijlage Begrippen.`,
        );
      }
      terms[id] = {id, term: fm.term, definitie: fm.definitie, permalink: doc.permalink};
    }
    return {
      version,
      year,
      label: loaded.label,
      homePath: chapters[0]!.permalink,
      // A printed copy of a frozen edition outlives the day it was made: it says where later corrections are.
      errataPath: isVastgezet(version) ? normalizeUrl([baseUrl, errataPad(version)]) : undefined,
      chapters,
      terms,
    };
  });
}
