/**
 * boek: the handleiding as a book, one PDF and one EPUB per edition, made in
 * postBuild from the built pages (the same text and components as the site)
 * at stable URLs: /<outPath>/<fileName>-<year>.pdf|.epub in every locale's
 * output (/downloads/… and /en/downloads/…). The cover and colophon state the
 * edition and its content revision (the newest change note of its pages).
 * Only the lifecycle is here; the work is in server/ (books.ts step by step),
 * the fixed pages are React components in server/parts/, and
 * theme/BoekDownload links every page of a book to its files.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {themeOf} from '../shared/plugin';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {bookSources, globalDataOf, makeBooks, writeBooks, type BookSources} from './server/books';

export {validateOptions} from './options';

export default function boekPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  let sources: BookSources | undefined;
  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    async allContentLoaded({allContent, actions}) {
      sources = bookSources(allContent, {siteDir: context.siteDir, baseUrl: context.baseUrl}, options);
      actions.setGlobalData(globalDataOf(sources.editions, options));
    },
    async postBuild({outDir}) {
      if (!sources) throw new Error('[boek] postBuild zonder allContentLoaded: de inhoud is niet geladen.');
      await writeBooks(outDir, await makeBooks(sources, {context, options, outDir}));
    },
  };
}
