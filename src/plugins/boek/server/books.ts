/**
 * What the plugin's lifecycle does, step by step: gather each edition's
 * pages, terms, sources and literature from the loaded content
 * (allContentLoaded), and make or copy the books into a locale's output
 * (postBuild). Chromium renders once per build: Docusaurus builds the default
 * locale first, and the other locales copy its files, so the English site
 * serves the same Dutch books at /en/<outPath>/.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type {AllContent, LoadContext} from '@docusaurus/types';
import type {Browser} from 'playwright-core';
import {ContentError} from '../../../content/problems';
import {loadSiteData, type Bron} from '../../../content/siteData';
import type {LiteratuurData, Referentie} from '../../literatuur/shared';
import {docsContentOf} from '../../shared/plugin';
import {bookPaths, PLUGIN_NAME, type PluginOptions} from '../options';
import type {BoekGlobalData} from '../shared/types';
import {buildBook} from './book';
import {chapterKey, extractChapter, type LinkContext} from './chapter';
import {collectEditions, type BookEdition} from './collect';
import {createEpub} from './epub';
import {launchBookChromium, renderPdf} from './pdf';
import {bookTargets, htmlFileFor} from './site';

/** Everything the books are made of, except the built pages themselves. */
export interface BookSources {
  editions: BookEdition[];
  bronnen: Bron[];
  literatuur: Referentie[];
}

export function bookSources(
  allContent: AllContent,
  {siteDir, baseUrl}: {siteDir: string; baseUrl: string},
  options: PluginOptions,
): BookSources {
  const editions = collectEditions(docsContentOf(allContent, options.docsPluginId, PLUGIN_NAME), options, baseUrl);
  const literatuur = (allContent.literatuur?.default as {data: LiteratuurData} | undefined)?.data.entries ?? [];
  const site = loadSiteData(siteDir);
  if (site.problems.length > 0) throw new ContentError(site.problems);
  return {editions, bronnen: site.data.bronnen, literatuur};
}

/** Every handleiding page links to its edition's book: a few hundred bytes that each doc page needs. */
export function globalDataOf(editions: readonly BookEdition[], options: PluginOptions): BoekGlobalData {
  return {
    sidebarId: options.sidebarId,
    books: editions.map((e) => ({version: e.version, label: e.label, ...bookPaths(options, e.year)})),
  };
}

/**
 * Files rendered in this process, by site path: the other locales copy them instead of rendering
 * again. On globalThis because Docusaurus loads the config (and so the plugin's modules) anew per locale.
 */
const RENDERED = Symbol.for('kennisbank.boek.rendered');
function renderedFiles(): Map<string, Uint8Array> {
  const store = globalThis as Record<symbol, Map<string, Uint8Array> | undefined>;
  return (store[RENDERED] ??= new Map());
}

/** The date the book says it was made on. */
export function buildDate(env: NodeJS.ProcessEnv = process.env): Date {
  // Reproducible builds set SOURCE_DATE_EPOCH; otherwise the book carries today's date.
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date();
}

type BookContext = Pick<LoadContext, 'siteDir' | 'siteConfig' | 'i18n'>;

/** One edition's PDF and EPUB, from the built pages of its chapters in outDir. */
async function renderEdition(
  edition: BookEdition,
  sources: BookSources,
  o: {context: BookContext; options: PluginOptions; outDir: string; browser: Browser},
) {
  const {siteConfig, siteDir} = o.context;
  const siteUrl = siteConfig.url.replace(/\/$/, '');
  const ctx: LinkContext = {
    siteUrl,
    baseUrl: siteConfig.baseUrl,
    chapterKeys: new Map(edition.chapters.map((c) => [c.permalink.replace(/\/$/, '') || '/', chapterKey(c.docId)])),
    termPaths: new Map(Object.values(edition.terms).map((t) => [t.permalink, t.id])),
  };
  const chapters = await Promise.all(
    edition.chapters.map(async (c) => {
      const file = htmlFileFor(o.outDir, c.permalink, siteConfig.baseUrl);
      const html = await fs.readFile(file, 'utf8');
      const extracted = extractChapter(html, {
        key: chapterKey(c.docId),
        depth: c.depth,
        source: path.relative(siteDir, file),
        ctx,
      });
      return {...extracted, depth: c.depth, title: c.title};
    }),
  );
  const book = buildBook({
    edition,
    chapters,
    bronnen: sources.bronnen,
    literatuur: sources.literatuur,
    options: o.options,
    siteUrl,
    siteName: siteConfig.title,
    date: buildDate(),
  });
  const pdf = await renderPdf(book, o.browser, bookTargets(book));
  const epub = await createEpub(book);
  return {pdf, epub: epub.bytes};
}

/** Every edition's book for this locale, by site path: rendered, or copied from the default locale's. */
export async function makeBooks(
  sources: BookSources,
  o: {context: BookContext; options: PluginOptions; outDir: string},
): Promise<Map<string, Uint8Array>> {
  const {i18n} = o.context;
  const rendered = renderedFiles();
  const files = new Map<string, Uint8Array>();
  const wanted = sources.editions.flatMap((e) => Object.values(bookPaths(o.options, e.year)));
  const isDefaultLocale = i18n.currentLocale === i18n.defaultLocale;
  if (!isDefaultLocale && wanted.every((p) => rendered.has(p))) {
    for (const p of wanted) files.set(p, rendered.get(p)!);
    return files;
  }
  if (!isDefaultLocale) {
    console.warn(
      `[boek] De boeken zijn in deze build niet voor "${i18n.defaultLocale}" gemaakt; ze worden nu uit de pagina's van "${i18n.currentLocale}" gemaakt.`,
    );
  }
  const browser = await launchBookChromium();
  try {
    for (const edition of sources.editions) {
      const started = Date.now();
      const {pdf, epub} = await renderEdition(edition, sources, {...o, browser});
      const paths = bookPaths(o.options, edition.year);
      for (const [p, bytes] of [
        [paths.pdf, pdf.pdf],
        [paths.epub, epub],
      ] as const) {
        files.set(p, bytes);
        rendered.set(p, bytes);
      }
      console.info(
        `[boek] ${edition.label}: PDF ${pdf.pageCount} pagina's (${Math.round(pdf.pdf.byteLength / 1000)} kB, ${pdf.passes} rondes), EPUB ${Math.round(epub.byteLength / 1000)} kB, in ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
    }
  } finally {
    await browser.close();
  }
  return files;
}

/** Writes the books below a locale's output folder (build/, build/en/). */
export async function writeBooks(outDir: string, files: ReadonlyMap<string, Uint8Array>): Promise<void> {
  await Promise.all(
    [...files].map(async ([p, bytes]) => {
      await fs.mkdir(path.dirname(path.join(outDir, p)), {recursive: true});
      await fs.writeFile(path.join(outDir, p), bytes);
    }),
  );
}
