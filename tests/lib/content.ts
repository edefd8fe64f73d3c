/**
 * The site's content as the content tests read it: through the same loader and
 * Markdown toolkit as `npm run check` and the build, never through regexes.
 */
import path from 'node:path';
import type {Root} from 'mdast';
import {headings, links} from '../../src/content/markdown';
import {loadContent, type ContentPage} from '../../src/content/validate';

export const SITE = path.resolve(__dirname, '../..');

export async function contentPages(siteDir = SITE): Promise<ContentPage[]> {
  return (await loadContent(siteDir)).pages;
}

export interface InternalLink {
  path: string;
  anchor?: string;
  line: number;
}

/** Links to pages of the site ("/path#anchor"), in document order. */
export function internalLinks(tree: Root): InternalLink[] {
  return links(tree)
    .filter((l) => l.kind !== 'image' && l.url.startsWith('/'))
    .map((l) => {
      const [p, anchor] = l.url.split('#') as [string, string | undefined];
      return {path: p, ...(anchor ? {anchor} : {}), line: l.line};
    });
}

/** Heading ids of a page, as Docusaurus gives them. */
export function headingIds(tree: Root): Set<string> {
  return new Set(headings(tree).map((h) => h.id));
}

/** Sections of one heading depth: id, and the internal links up to the next heading of that depth or higher. */
export function sectionsAt(tree: Root, depth: number): {id: string; line: number; links: InternalLink[]}[] {
  const hs = headings(tree);
  const all = internalLinks(tree);
  return hs
    .map((h, i) => ({h, i}))
    .filter(({h}) => h.depth === depth)
    .map(({h, i}) => {
      const end = hs.slice(i + 1).find((n) => n.depth <= depth)?.line ?? Infinity;
      return {id: h.id, line: h.line, links: all.filter((l) => l.line > h.line && l.line < end)};
    });
}
