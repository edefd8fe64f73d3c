/**
 * The PDF: Chromium lays out the book's HTML in pages (CSS paged media) and
 * writes a tagged PDF; the table of contents gets its page numbers from the
 * PDF's own named destinations (one pass to measure, one to print; a third
 * only if filling in the numbers moved anything), and finishPdf adds what
 * Chromium leaves out. Nothing is fetched from outside: fonts come from
 * node_modules, anything else the page asks for is refused.
 */
import fs from 'node:fs';
import {createRequire} from 'node:module';
import path from 'node:path';
import {PDFDocument} from 'pdf-lib';
import type {Browser} from 'playwright-core';
import {launchChromium} from '../../../lib/chromium';
import type {Book, TocEntry} from './book';
import {checkPdf} from './checkPdf';
import {finishPdf} from './finishPdf';
import {namedDestinations} from './pdfObjects';
import {FONT_URL, renderPrintHtml} from './print';

const require = createRequire(__filename);
const ORIGIN = 'http://boek.invalid';

/** Chromium for the PDF; without it the build stops and says how to install it. */
export function launchBookChromium(): Promise<Browser> {
  return launchChromium('Boek: de PDF van de handleiding wordt met Chromium gemaakt (bouw daarna opnieuw)');
}

function tocIds(toc: readonly TocEntry[]): string[] {
  return toc.flatMap((e) => [e.id, ...tocIds(e.children)]);
}

export interface RenderedPdf {
  pdf: Uint8Array;
  /** TOC entry id → page number, as printed in the table of contents. */
  pages: Map<string, number>;
  pageCount: number;
  passes: number;
}

export async function renderPdf(
  book: Book,
  browser: Browser,
  targets: ReadonlyMap<string, string>,
): Promise<RenderedPdf> {
  const ids = tocIds(book.toc);
  const page = await browser.newPage();
  try {
    let pages: Map<string, number> | undefined;
    let html = renderPrintHtml(book);
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/boek.html`) return route.fulfill({contentType: 'text/html; charset=utf-8', body: html});
      if (url.startsWith(ORIGIN + FONT_URL)) {
        const name = path.basename(new URL(url).pathname);
        if (/^DejaVu[A-Za-z-]+\.ttf$/.test(name))
          return route.fulfill({
            contentType: 'font/ttf',
            body: fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${name}`)),
          });
      }
      // The book is self-contained: a request for anything else is a mistake, not something to fetch.
      return route.abort('blockedbyclient');
    });
    for (let pass = 1; pass <= 4; pass++) {
      html = renderPrintHtml(book, pages);
      await page.goto(`${ORIGIN}/boek.html`, {waitUntil: 'load'});
      // A string, not a function: this file is Node code (no DOM types); the expression runs in the page.
      await page.evaluate('document.fonts.ready.then(() => undefined)');
      const raw = await page.pdf({tagged: true, outline: false, preferCSSPageSize: true, printBackground: true});
      const doc = await PDFDocument.load(raw, {updateMetadata: false});
      const dests = namedDestinations(doc);
      const measured = new Map<string, number>();
      for (const id of ids) {
        const d = dests.get(id);
        if (!d) throw new Error(`Boek: "${id}" uit de inhoudsopgave is niet in de PDF terechtgekomen.`);
        measured.set(id, d.page);
      }
      const settled = pages !== undefined && ids.every((id) => pages!.get(id) === measured.get(id));
      pages = measured;
      if (settled) {
        const pdf = await finishPdf(raw, {meta: book.meta, toc: book.toc, targets});
        // Fail closed: a book that loses its tags or metadata does not ship.
        const findings = await checkPdf(pdf, {lang: 'nl'});
        if (findings.length > 0) {
          throw new Error(
            `Boek (${book.meta.editionLabel}): de PDF is niet toegankelijk:\n- ${findings.map((f) => f.message).join('\n- ')}`,
          );
        }
        return {pdf, pages, pageCount: doc.getPageCount(), passes: pass};
      }
    }
    throw new Error(
      'Boek: de paginanummers in de inhoudsopgave blijven verschuiven; controleer de opmaak van de inhoudsopgave (src/plugins/boek/server/print.ts).',
    );
  } finally {
    await page.close();
  }
}
