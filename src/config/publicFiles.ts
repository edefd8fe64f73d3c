/**
 * Which files readers may link to, and which pages' anchors are public, as the
 * plugins that make them declare them (each in its own server/publicFiles.ts).
 * A plugin that writes such a file adds its declaration here. Two users, one list:
 * - the content check (src/content/check.ts), before any build: a link to
 *   /werkbladen/<id>.pdf is fine when the plugin will write it;
 * - the URL manifest, after the build: the content-validation plugin reports
 *   this list through its lifecycle (src/urls/declared.ts), and `npm run urls`
 *   and the URL test read the report, never plugin code.
 */
import {publicFiles as boekFiles} from '../plugins/boek/server/publicFiles';
import {anchorPages as begrippenAnchorPages} from '../plugins/begrippen/server/publicFiles';
import {publicFiles as literatuurFiles} from '../plugins/literatuur/server/publicFiles';
import {publicFiles as robotsFiles} from '../plugins/robots/server/publicFiles';
import {publicFiles as werkbladenFiles} from '../plugins/werkbladen/server/publicFiles';
import {publicFiles as wijzigingenFiles} from '../plugins/wijzigingen/server/publicFiles';
import {BLOG_FEEDS, CURRENT_EDITION, DEFAULT_LOCALE, URLS, pinnedEditionPath} from '../content/vocabulary';
import type {DeclarationInput, PublicFiles} from '../urls/declared';

/** Files Docusaurus's own plugins write: the kenniscafés' feeds and the sitemap. */
const DOCUSAURUS_FILES = [...Object.values(BLOG_FEEDS).map((f) => `${URLS.blog}/${f}`), '/sitemap.xml'];

export function declaredPublicFiles(site: DeclarationInput): PublicFiles {
  return {
    files: [
      ...werkbladenFiles(site),
      ...literatuurFiles(),
      ...boekFiles(site),
      ...wijzigingenFiles(site),
      ...robotsFiles(),
      ...DOCUSAURUS_FILES,
    ],
    anchorPages: begrippenAnchorPages(site),
    pages: pinnedPages(site),
  };
}

/**
 * The pinned URL of every page of the current edition ("/2024/handleiding/houding"), which "Citeer"
 * offers and which must keep working after the next edition (src/plugins/edities). Not in the sitemap.
 */
export function pinnedPages(site: DeclarationInput): string[] {
  return site.pages
    .filter((p) => p.kind === 'doc' && p.edition === CURRENT_EDITION && p.locale === DEFAULT_LOCALE)
    .map((p) => pinnedEditionPath(CURRENT_EDITION, String(p.data.slug)));
}
