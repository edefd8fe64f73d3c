/**
 * Renders pages of a PDF to PNG in Chromium with pdf.js (pdfjs-dist), so a
 * test (or a person) sees the PDF itself, not the HTML it was made from.
 * Everything is answered from memory and node_modules: no server, no network.
 */
import fs from 'node:fs';
import type * as PdfJs from 'pdfjs-dist';
import {createRequire} from 'node:module';
import type {Browser} from 'playwright-core';

const require = createRequire(__filename);
const ORIGIN = 'http://pdf.invalid';

export interface RenderedPage {
  page: number;
  png: Buffer;
  /** Share of pixels that are not (near) white: 0 for an empty page. */
  ink: number;
}

export async function renderPdfPages(
  browser: Browser,
  pdf: Uint8Array,
  pages: number[],
  scale = 1.4,
): Promise<RenderedPage[]> {
  const context = await browser.newContext({viewport: {width: 900, height: 1300}});
  const tab = await context.newPage();
  try {
    await tab.route('**/*', (route) => {
      const url = route.request().url();
      if (url === `${ORIGIN}/`)
        return route.fulfill({
          contentType: 'text/html',
          body: '<!doctype html><html lang="nl"><body style="margin:0"><canvas id="c"></canvas><script type="module">import * as pdfjs from "/pdf.mjs"; pdfjs.GlobalWorkerOptions.workerSrc = "/pdf.worker.mjs"; window.pdfjs = pdfjs;</script></body></html>',
        });
      if (url === `${ORIGIN}/boek.pdf`) return route.fulfill({contentType: 'application/pdf', body: Buffer.from(pdf)});
      const file = {'/pdf.mjs': 'pdfjs-dist/build/pdf.mjs', '/pdf.worker.mjs': 'pdfjs-dist/build/pdf.worker.mjs'}[
        new URL(url).pathname
      ];
      if (file) return route.fulfill({contentType: 'text/javascript', body: fs.readFileSync(require.resolve(file))});
      return route.abort();
    });
    await tab.goto(`${ORIGIN}/`);
    // Loaded by the page itself: a dynamic import inside evaluate() would be rewritten by Vite.
    await tab.waitForFunction(() => 'pdfjs' in window);
    const out: RenderedPage[] = [];
    for (const n of pages) {
      const ink = await tab.evaluate(
        async ({n, scale}) => {
          const pdfjs = (window as unknown as {pdfjs: typeof PdfJs}).pdfjs;
          const doc = await pdfjs.getDocument({url: '/boek.pdf'}).promise;
          const page = await doc.getPage(n);
          const viewport = page.getViewport({scale});
          const canvas = document.getElementById('c') as HTMLCanvasElement;
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          const ctx = canvas.getContext('2d')!;
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, canvas.width, canvas.height);
          await page.render({canvasContext: ctx, viewport}).promise;
          const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
          let dark = 0;
          for (let i = 0; i < data.length; i += 4)
            if (data[i]! < 200 || data[i + 1]! < 200 || data[i + 2]! < 200) dark++;
          return dark / (data.length / 4);
        },
        {n, scale},
      );
      const png = await tab.locator('#c').screenshot();
      out.push({page: n, png, ink});
    }
    return out;
  } finally {
    await context.close();
  }
}
