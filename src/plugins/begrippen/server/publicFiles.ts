/**
 * What this plugin makes public beyond its pages, for the content check and the
 * URL manifest (listed in src/config/publicFiles.ts): the anchors of the A–Z page.
 */
import type {DeclarationInput} from '../../../urls/declared';
import {EDITIONS, URLS} from '../../../content/vocabulary';

/** The A–Z page of each edition that has terms: every term's heading there is a stable anchor (/begrippen#<id>). */
export function anchorPages(site: DeclarationInput, routePrefix: string = URLS.begrippen): string[] {
  const editions = new Set(
    site.pages.filter((p) => p.kind === 'doc' && p.data.type === 'begrip').map((p) => p.edition),
  );
  return [...editions].map((e) => `${(EDITIONS as Record<string, {path: string}>)[e]?.path ?? `/${e}`}${routePrefix}`);
}
