/**
 * boek: the handleiding as a book, one PDF and one EPUB per edition, made in
 * postBuild from the built pages (the same text and components as the site),
 * plus a zip of all worksheets. Files at stable URLs: /<outPath>/<fileName>-<year>.pdf|.epub
 * and /<outPath>/<werkbladenZip>-<year>.zip, in every locale's output (the
 * English site falls back to the Dutch text, so the Dutch books are copied there).
 * Chromium renders once per build: the default locale renders, the others copy.
 * theme/BoekDownload links to the files from every page of a book.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Browser} from 'playwright-core';
import {ContentError} from '../../content/problems';
import {loadSiteData, type Bron} from '../../content/siteData';
import type {LiteratuurData} from '../literatuur/shared';
import {docsContentOf, themeOf} from '../shared/plugin';
import {bookPaths, PLUGIN_NAME, type PluginOptions} from './options';
import {buildBook} from './server/book';
import {chapterKey, extractChapter, type LinkContext} from './server/chapter';
import {collectEditions, type BookEdition} from './server/collect';
import {createEpub} from './server/epub';
import {launchBookChromium, renderPdf} from './server/pdf';
import {bookTargets, htmlFileFor} from './server/site';
import type {BoekGlobalData} from './shared/types';

export {validateOptions} from './options';

/**
 * Files rendered in this process, by site path: the other locales copy them instead of rendering
 * again. On globalThis because Docusaurus loads the config (and so this module) anew per locale.
 */
const RENDERED = Symbol.for('kennisbank.boek.rendered');
const rendered: Map<string, Uint8Array> =
  ((globalThis as Record<symbol, unknown>)[RENDERED] as Map<string, Uint8Array> | undefined) ?? new Map();
(globalThis as Record<symbol, unknown>)[RENDERED] = rendered;

function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  // Reproducible builds set SOURCE_DATE_EPOCH; otherwise the book carries today's date.
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

export default function boekPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  const {i18n, siteConfig} = context;
  const isDefaultLocale = i18n.currentLocale === i18n.defaultLocale;
  let editions: BookEdition[] = [];
  let literatuur: LiteratuurData['entries'] = [];
  let bronnen: Bron[] = [];

  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    async allContentLoaded({allContent, actions}) {
      editions = collectEditions(docsContentOf(allContent, options.docsPluginId, PLUGIN_NAME), options);
      literatuur = (allContent.literatuur?.default as {data: LiteratuurData} | undefined)?.data.entries ?? [];
      const site = loadSiteData(context.siteDir);
      if (site.problems.length > 0) throw new ContentError(site.problems);
      bronnen = site.data.bronnen;
      // Every handleiding page links to its edition's book: a few hundred bytes that each doc page needs.
      const data: BoekGlobalData = {
        sidebarId: options.sidebarId,
        books: editions.map((e) => ({version: e.version, label: e.label, ...bookPaths(options, e.year)})),
      };
      actions.setGlobalData(data);
    },
    async postBuild({outDir}) {
      const files = new Map<string, Uint8Array>();
      const wanted = editions.flatMap((e) => Object.values(bookPaths(options, e.year)));
      if (!isDefaultLocale && wanted.every((p) => rendered.has(p))) {
        for (const p of wanted) files.set(p, rendered.get(p)!);
      } else {
        if (!isDefaultLocale) {
          console.warn(
            `[boek] De boeken zijn in deze build niet voor "${i18n.defaultLocale}" gemaakt; ze worden nu uit de pagina's van "${i18n.currentLocale}" gemaakt.`,
          );
        }
        const browser: Browser = await launchBookChromium();
        try {
          for (const edition of editions) {
            const started = Date.now();
            const {pdf, epub} = await renderEdition(edition, outDir, browser);
            const paths = bookPaths(options, edition.year);
            files.set(paths.pdf, pdf.pdf);
            files.set(paths.epub, epub);
            rendered.set(paths.pdf, pdf.pdf);
            rendered.set(paths.epub, epub);
            console.info(
              `[boek] ${edition.label}: PDF ${pdf.pageCount} pagina's (${Math.round(pdf.pdf.byteLength / 1000)} kB, ${pdf.passes} rondes), EPUB ${Math.round(epub.byteLength / 1000)} kB, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
            );
          }
        } finally {
          await browser.close();
        }
      }
      await fs.mkdir(path.join(outDir, options.outPath), {recursive: true});
      await Promise.all([...files].map(([p, bytes]) => fs.writeFile(path.join(outDir, p), bytes)));
    },
  };

  async function renderEdition(edition: BookEdition, outDir: string, browser: Browser) {
    const siteUrl = siteConfig.url.replace(/\/$/, '');
    const ctx: LinkContext = {
      siteUrl,
      baseUrl: siteConfig.baseUrl,
      chapterKeys: new Map(edition.chapters.map((c) => [c.permalink.replace(/\/$/, '') || '/', chapterKey(c.docId)])),
      termPaths: new Map(Object.values(edition.terms).map((t) => [t.permalink, t.id])),
    };
    const chapters = await Promise.all(
      edition.chapters.map(async (c) => {
        const file = htmlFileFor(outDir, c.permalink, siteConfig.baseUrl);
        const html = await fs.readFile(file, 'utf8');
        const extracted = extractChapter(html, {
          key: chapterKey(c.docId),
          depth: c.depth,
          source: path.relative(context.siteDir, file),
          ctx,
        });
        return {...extracted, depth: c.depth, title: c.title};
      }),
    );
    const book = buildBook({
      edition,
      chapters,
      bronnen,
      literatuur,
      options,
      siteUrl,
      siteName: siteConfig.title,
      date: buildDate(),
    });
    const pdf = await renderPdf(book, browser, bookTargets(book));
    const epub = await createEpub(book);
    return {pdf, epub: epub.bytes};
  }
}
