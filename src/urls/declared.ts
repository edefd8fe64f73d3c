/**
 * Public files and anchors, as the plugins that make them declare them. The
 * content check uses this to know which file links resolve before any build;
 * the URL manifest lists them after a build. A plugin that writes a file
 * readers may link to adds its declaration here.
 */
import {publicFiles as boekFiles} from '../plugins/boek/server/publicFiles';
import {publicFiles as literatuurFiles} from '../plugins/literatuur/server/publicFiles';
import {publicFiles as werkbladenFiles} from '../plugins/werkbladen/server/publicFiles';
import {anchorPages as begrippenAnchorPages} from '../plugins/begrippen/server/publicFiles';
import {publicFiles as wijzigingenFiles} from '../plugins/wijzigingen/server/publicFiles';
import {BLOG_FEEDS, URLS} from '../content/vocabulary';

/** What a declaration may look at: the pages as the content loader read them. */
export interface DeclarationInput {
  pages: readonly {kind: 'doc' | 'blog'; edition: string; locale: string; data: Record<string, unknown>}[];
}

/** Files of the default locale (other locales mirror them under their prefix), without base URL. */
export function declaredFiles(site: DeclarationInput): string[] {
  return [
    ...werkbladenFiles(site),
    ...literatuurFiles(),
    ...boekFiles(site),
    ...wijzigingenFiles(site),
    ...Object.values(BLOG_FEEDS).map((f) => `${URLS.blog}/${f}`),
    '/sitemap.xml',
    '/robots.txt',
  ];
}

/** Pages whose heading ids are public URLs too (organisations link to single terms on the A–Z page). */
export function anchorPages(site: DeclarationInput): string[] {
  return [...begrippenAnchorPages(site)];
}
