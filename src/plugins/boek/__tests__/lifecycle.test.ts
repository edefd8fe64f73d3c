/**
 * The boek plugin through its lifecycle, the way Docusaurus runs it and the
 * first-party plugins test it: loadContext on a small fixture site
 * (__fixtures__/website), the docs plugin's loadContent for allContent, then
 * the plugin with validated options: allContentLoaded with a fake `actions`,
 * and postBuild on built pages (__fixtures__/website-built) for the default
 * locale and for English, whose site serves the same books at /en/downloads/.
 * Chromium renders the PDF, as in the build.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {loadContext} from '@docusaurus/core/lib/server/site';
import pluginContentDocs, {validateOptions as validateDocsOptions} from '@docusaurus/plugin-content-docs';
import type {AllContent, LoadContext, OptionValidationContext, Plugin} from '@docusaurus/types';
import {EpubCheck} from '@likecoin/epubcheck-ts';
import JSZip from 'jszip';
import * as cheerio from 'cheerio';
import {PDFDocument, PDFName, PDFStream} from 'pdf-lib';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest';
import {EDITIONS} from '../../../content/vocabulary';
import boekPlugin, {validateOptions} from '../index';
import {checkPdf} from '../server/checkPdf';
import {streamText} from '../server/pdfObjects';

const SITE_DIR = path.join(__dirname, '__fixtures__', 'website');
const BUILT = path.join(__dirname, '__fixtures__', 'website-built');
const TIMEOUT = 180_000; // Chromium on a shared machine

/** Joi validation as Docusaurus does it for a plugin's options (normalizePluginOptions), with the default id. */
const validate: OptionValidationContext<unknown, unknown>['validate'] = (schema, options) => {
  const {value, error} = (schema as {validate: (o: unknown, c: object) => {value: unknown; error?: Error}}).validate(
    options,
    {convert: false},
  );
  if (error) throw error;
  return value;
};

/** allContent as Docusaurus hands it to allContentLoaded: here only the docs plugin's content. */
async function loadAllContent(context: LoadContext): Promise<AllContent> {
  const docsOptions = validateDocsOptions({
    validate: validate as never,
    options: {
      path: 'docs',
      routeBasePath: '/',
      sidebarPath: path.join(SITE_DIR, 'sidebars.ts'),
      // As docusaurus.config.ts names the editions (src/content/vocabulary.ts).
      versions: {current: {label: EDITIONS.current.label}},
    },
  });
  const docs = await pluginContentDocs(context, {...docsOptions, id: 'default'});
  return {'docusaurus-plugin-content-docs': {default: await docs.loadContent!()}} as AllContent;
}

interface Run {
  context: LoadContext;
  globalData: unknown;
  outDir: string;
}

/** One locale's build of the fixture site, as far as the boek plugin takes part in it. */
async function build(locale: string, outDir: string): Promise<Run> {
  const context = await loadContext({siteDir: SITE_DIR, locale});
  const plugin = boekPlugin(context, validateOptions({validate: validate as never, options: {}}));
  const actions = {setGlobalData: vi.fn(), createData: vi.fn(), addRoute: vi.fn()};
  await plugin.allContentLoaded!({allContent: await loadAllContent(context), actions});
  // The pages as the build wrote them; the books go next to them.
  fs.cpSync(BUILT, outDir, {recursive: true});
  await plugin.postBuild!({outDir} as Parameters<NonNullable<Plugin<void>['postBuild']>>[0]);
  return {context, globalData: actions.setGlobalData.mock.calls[0]?.[0], outDir};
}

async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  const doc = await getDocument({data: bytes.slice(), isEvalSupported: false, disableFontFace: true}).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((it) => ('str' in it ? it.str : ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    );
  }
  await doc.destroy();
  return pages;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'boek-lifecycle-'));
let nl: Run;
let en: Run;
beforeAll(async () => {
  nl = await build('nl', path.join(tmp, 'build'));
  en = await build('en', path.join(tmp, 'build', 'en'));
}, TIMEOUT);
afterAll(() => fs.rmSync(tmp, {recursive: true, force: true}));

describe('boek plugin lifecycle on a fixture site', () => {
  it('allContentLoaded gives every page the links to its edition’s book', () => {
    const books = [
      {
        version: 'current',
        label: 'Editie 2024',
        pdf: '/downloads/handleiding-2024.pdf',
        epub: '/downloads/handleiding-2024.epub',
      },
    ];
    expect(nl.globalData).toEqual({sidebarId: 'handleiding', books});
    expect(en.globalData).toEqual({sidebarId: 'handleiding', books});
  });

  it('postBuild writes the PDF and EPUB below each locale’s base URL: /downloads/ and /en/downloads/', () => {
    for (const ext of ['pdf', 'epub']) {
      const file = `downloads/handleiding-2024.${ext}`;
      expect(fs.existsSync(path.join(nl.outDir, file)), `${nl.context.baseUrl}${file}`).toBe(true);
      expect(`${en.context.baseUrl}${file}`).toBe(`/en/downloads/handleiding-2024.${ext}`);
      // English falls back to the Dutch text: the same book, copied rather than rendered again.
      expect(fs.readFileSync(path.join(en.outDir, file)).equals(fs.readFileSync(path.join(nl.outDir, file)))).toBe(
        true,
      );
    }
  });

  it('the cover and colophon state the edition and its content revision: the newest change note of its pages', async () => {
    const pages = await pdfPages(
      new Uint8Array(fs.readFileSync(path.join(nl.outDir, 'downloads/handleiding-2024.pdf'))),
    );
    expect(pages[0]).toContain('Editie 2024');
    expect(pages[0]).toContain('Laatste inhoudelijke wijziging: 5 december 2026');
    expect(pages[0]).toMatch(/Gemaakt op \d{1,2} \w+ 20\d\d/);
    expect(pages[1]).toContain('Colofon');
    expect(pages[1]).toContain('Editie 2024 — laatste inhoudelijke wijziging op 5 december 2026 (pagina „Houding”).');
  });

  it('the PDF passes the plugin’s accessibility check, with the title in its XMP metadata', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(nl.outDir, 'downloads/handleiding-2024.pdf')));
    expect(await checkPdf(bytes, {lang: 'nl'})).toEqual([]);
    const doc = await PDFDocument.load(bytes, {updateMetadata: false});
    const xmp = doc.catalog.lookup(PDFName.of('Metadata'));
    expect(xmp).toBeInstanceOf(PDFStream);
    const $ = cheerio.load(streamText(xmp as PDFStream), {xml: true});
    expect($('dc\\:title rdf\\:li').text()).toBe(
      'Handleiding Relationele Route tot gedeeld opvoederschap — Editie 2024',
    );
    expect($('dc\\:language rdf\\:li').text()).toBe('nl');
  });

  it('the EPUB passes EPUBCheck and has the same cover, with the content revision', async () => {
    const bytes = new Uint8Array(fs.readFileSync(path.join(nl.outDir, 'downloads/handleiding-2024.epub')));
    const result = await EpubCheck.validate(bytes);
    const problems = result.messages.filter((m) => ['fatal', 'error', 'warning'].includes(m.severity));
    expect(problems.map((m) => `${m.severity} ${m.id}: ${m.message} ${m.location?.path ?? ''}`)).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    const cover = await zip.file('EPUB/omslag.xhtml')!.async('string');
    expect(cover).toContain('<p class="omslag-editie">Editie 2024</p>');
    expect(cover).toContain('<p class="omslag-revisie">Laatste inhoudelijke wijziging: 5 december 2026</p>');
    const glossary = await zip.file('EPUB/begrippen.xhtml')!.async('string');
    expect(glossary).toContain('Iemand die in een gezinshuis woont en daar voor kinderen zorgt.');
  });
});
