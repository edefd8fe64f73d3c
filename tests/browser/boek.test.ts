/**
 * The handleiding as a book, read back from the built files: the PDF is parsed
 * with pdf.js (text, outline, destinations, links) and checked with the
 * plugin's accessibility checker; the EPUB goes through EPUBCheck's TypeScript
 * port; both are compared with the handleiding's sidebar in the built site (an
 * oracle the plugin does not write). Pages are rendered with pdf.js in
 * Chromium (set BOEK_SCREENSHOTS=<folder> to keep the PNGs). Honours
 * BUILD_DIR and TEST_BASE_URL like site.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {EpubCheck} from '@likecoin/epubcheck-ts';
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import {beforeAll, describe, expect, it} from 'vitest';
import {BASE_URL, BUILD_DIR, useBuiltSite} from '../lib/site';
import {renderPdfPages} from '../lib/pdfRender';
import {checkPdf} from '../../src/plugins/boek/server/checkPdf';
import {siteEditions} from '../../src/content/editions';
import {DEFAULT_LOCALE} from '../../src/content/vocabulary';
import {SITE, contentPages} from '../lib/content';
import {loadErrata} from '../../src/content/errata';
import {errataAlsWijzigingen} from '../../src/content/wijzigingen';
import {isVastgezet} from '../../src/content/vastgezet';
import {loadSiteData} from '../../src/content/siteData';
import {htmlFileFor, resolveInBuild} from '../../src/urls/manifest';

const SHOTS = process.env.BOEK_SCREENSHOTS;
/** Byte budgets: a book must stay easy to mail and to put on an intranet. */
const BUDGET = {pdf: 3_000_000, epub: 400_000, zip: 2_000_000};

const PAGES = await contentPages();

/** The newest change note (front matter `wijzigingen`) of an edition's handleiding pages, as a Dutch date. */
function contentRevision(edition: string): string | undefined {
  // A frozen edition's pages carry their errata as change notes (src/content/wijzigingen.ts).
  const errata = isVastgezet(edition)
    ? loadErrata(
        SITE,
        edition,
        loadSiteData(SITE).data.bronnen.map((b) => b.key),
      ).errata
    : undefined;
  const newest = PAGES.filter(
    (p) => p.kind === 'doc' && p.locale === DEFAULT_LOCALE && p.edition === edition && p.data.type === 'handleiding',
  )
    .flatMap((p) =>
      errata ? errataAlsWijzigingen(errata, p.file) : ((p.data.wijzigingen as {datum: string}[] | undefined) ?? []),
    )
    .map((w) => w.datum)
    .sort()
    .pop();
  return newest
    ? new Intl.DateTimeFormat('nl-NL', {day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC'}).format(
        new Date(`${newest}T00:00:00Z`),
      )
    : undefined;
}

/** Every edition with content, with the label the site shows for it (vocabulary.ts). */
const EDITIONS = siteEditions(process.cwd()).map((e) => ({
  year: e.year,
  home: `${e.path}/handleiding`,
  label: e.label,
  revision: contentRevision(e.name),
  frozen: isVastgezet(e.name),
}));

const site = useBuiltSite();
const file = (p: string) => path.join(BUILD_DIR, p);
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Titles of the handleiding pages in sidebar order, read from the built site: the pages'
 * "next" links follow the sidebar, from the start page until they leave the handleiding.
 */
function sidebarTitles(home: string): {title: string; href: string}[] {
  const pages: {title: string; href: string}[] = [];
  let href: string | undefined = home;
  while (href && (href === home || href.startsWith(`${home}/`)) && pages.length < 100) {
    const $ = cheerio.load(fs.readFileSync(htmlFileFor(BUILD_DIR, href)!, 'utf8'));
    pages.push({title: norm($('article h1').first().text()), href});
    const next = $('a.pagination-nav__link--next').attr('href');
    href = next === undefined ? undefined : `/${next.slice(BASE_URL.length)}`.replace(/\/$/, '');
  }
  return pages;
}

interface OutlineItem {
  title: string;
  page: number;
  depth: number;
}

/** Text of each page without the running footer (an artifact, but pdf.js extracts it too). */
async function loadPdf(bytes: Uint8Array, footer: string) {
  const doc = await pdfjs.getDocument({data: bytes.slice(), isEvalSupported: false, disableFontFace: true}).promise;
  const pageText: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    const text = norm(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
    // Chromium draws the bottom-right box (page number) before the bottom-left one (title).
    pageText.push(
      norm(text.replace(`${i} ${footer}`, '').replace(`${footer} ${i}`, ''))
        // A ligature (fl, fi) is its own text item with the letters as ActualText: join it to its word again.
        .replace(/(\S) (fl|fi|ff|ffi|ffl) (?=\S)/g, '$1$2'),
    );
  }
  const outline: OutlineItem[] = [];
  const walk = async (items: Awaited<ReturnType<typeof doc.getOutline>>, depth: number) => {
    for (const item of items ?? []) {
      const dest = typeof item.dest === 'string' ? await doc.getDestination(item.dest) : item.dest;
      const page = (await doc.getPageIndex(dest![0] as {num: number; gen: number})) + 1;
      outline.push({title: item.title, page, depth});
      await walk(item.items, depth + 1);
    }
  };
  await walk(await doc.getOutline(), 0);
  return {doc, pageText, outline};
}

/** "Titel .... 12" lines of the printed table of contents, from the pages titled "Inhoud". */
function tocLines(pageText: string[], firstChapterPage: number): {title: string; page: number}[] {
  const start = pageText.findIndex((t) => t.startsWith('Inhoud'));
  const text = pageText
    .slice(start, firstChapterPage - 1)
    .join(' ')
    .replace(/^Inhoud /, '');
  return [...text.matchAll(/(.+?) (\d+)(?= |$)/g)].map((m) => ({title: m[1]!.trim(), page: Number(m[2])}));
}

describe.each(EDITIONS)(`the book of $label (base URL ${BASE_URL})`, ({year, home, label, revision, frozen}) => {
  const pdfPath = `downloads/handleiding-${year}.pdf`;
  const epubPath = `downloads/handleiding-${year}.epub`;
  let pdfBytes: Uint8Array;
  let pdf: Awaited<ReturnType<typeof loadPdf>>;
  const chapters = sidebarTitles(home);

  beforeAll(async () => {
    pdfBytes = new Uint8Array(fs.readFileSync(file(pdfPath)));
    pdf = await loadPdf(pdfBytes, `Handleiding Relationele Route · ${label}`);
  });

  it('has every handleiding page, each starting on the page its bookmark points at, in sidebar order', () => {
    expect(chapters.length).toBeGreaterThanOrEqual(10);
    const starts = chapters.map(({title}) => {
      const entry = pdf.outline.find((o) => o.title === title);
      expect(entry, `bladwijzer voor "${title}"`).toBeDefined();
      expect(pdf.pageText[entry!.page - 1]).toContain(title);
      return entry!.page;
    });
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(starts).size).toBe(starts.length);
  });

  it('has a table of contents whose entries and page numbers are the bookmarks', () => {
    const firstChapter = pdf.outline.find((o) => o.title === chapters[0]!.title)!.page;
    const toc = tocLines(pdf.pageText, firstChapter);
    const outline = pdf.outline.map((o) => ({title: norm(o.title), page: o.page}));
    expect(
      toc
        .map((t) => `${t.title} ${t.page}`)
        .slice(0, outline.length)
        .join('\n'),
    ).toBe(outline.map((o) => `${o.title} ${o.page}`).join('\n'));
    expect(outline.map((o) => o.title)).toEqual(
      expect.arrayContaining([
        'Colofon',
        'Bijlage: Begrippen',
        'Bronnen en literatuur',
        ...chapters.map((c) => c.title),
      ]),
    );
  });

  it('has cover, colophon (both with the edition and its content revision), glossary of the terms used, and sources with literature', () => {
    expect(pdf.pageText[0]).toContain(label);
    expect(pdf.pageText[0]).toMatch(/Gemaakt op \d{1,2} \w+ 20\d\d/);
    expect(pdf.pageText[0]).toContain(
      `${new URL(process.env.SITE_URL ?? 'https://kennisbank.example').host}${BASE_URL}${home.slice(1)}`,
    );
    const colofon = pdf.pageText[1]!;
    for (const s of ['Colofon', 'CC BY 4.0', 'Zo verwijs je naar deze editie', 'Present 24x7'])
      expect(colofon).toContain(s);
    // A printed copy of a frozen edition says where corrections made after it are listed; the current one has none.
    const errataUrl = `${new URL(process.env.SITE_URL ?? 'https://kennisbank.example').host}${BASE_URL}${year}/errata`;
    if (frozen) {
      expect(colofon).toContain('De inhoud van deze editie ligt vast');
      expect(colofon.replace(/\s+/g, '')).toContain(errataUrl);
    } else expect(colofon).not.toContain('errata');
    // The content revision: the newest change note of the edition's pages, or plainly none.
    if (revision) {
      expect(pdf.pageText[0]).toContain(`Laatste inhoudelijke wijziging: ${revision}`);
      expect(colofon).toContain(`${label} — laatste inhoudelijke wijziging op ${revision}`);
    } else {
      expect(pdf.pageText[0]).toContain('Geen inhoudelijke wijzigingen vastgelegd');
      expect(colofon).toContain(`${label} — geen inhoudelijke wijzigingen vastgelegd.`);
    }
    const all = pdf.pageText.join(' ');
    expect(all).toContain('Bijlage: Begrippen');
    expect(all).toMatch(/Literatuur De publicaties die de bronnen noemen, in APA-stijl\. \S/);
    // The route overview is a real table in the book, with its caption.
    expect(all).toContain('De Relationele Route: drie fasen (rijen) en drie');
  });

  it('is a tagged PDF with title, language, embedded fonts, artifacts and described links (plugin checker)', async () => {
    expect(await checkPdf(pdfBytes, {lang: 'nl'})).toEqual([]);
    const {info} = (await pdf.doc.getMetadata()) as unknown as {info: {Title: string; Language: string}};
    expect(info.Title).toContain(label);
    expect(info.Language).toBe('nl');
    expect((await pdf.doc.getMarkInfo())?.Marked).toBe(true);
    // The page where the first chapter starts has its title as a heading in the structure tree.
    const firstChapter = pdf.outline.find((o) => o.title === chapters[0]!.title)!.page;
    const tree = await (await pdf.doc.getPage(firstChapter)).getStructTree();
    expect(JSON.stringify(tree)).toMatch(/"role":"H[12]"/);
  });

  it('links inside the book land on existing places; links out go to pages that exist or other sites, never the build machine', async () => {
    const dests = await pdf.doc.getDestinations();
    let internal = 0;
    let external = 0;
    for (let i = 1; i <= pdf.doc.numPages; i++) {
      for (const a of await (await pdf.doc.getPage(i)).getAnnotations()) {
        if (a.subtype !== 'Link') continue;
        if (typeof a.dest === 'string') {
          internal++;
          expect(dests[a.dest], `bestemming ${a.dest} (pagina ${i})`).toBeDefined();
        } else if (a.url) {
          external++;
          expect(a.url).not.toMatch(/localhost|127\.0\.0\.1|\.invalid/);
          const siteUrl = (process.env.SITE_URL ?? 'https://kennisbank.example') + BASE_URL;
          if (a.url.startsWith(siteUrl)) {
            const u = new URL(a.url);
            const p = `/${u.pathname.slice(BASE_URL.length)}`.replace(/\/$/, '') || '/';
            expect(resolveInBuild(BUILD_DIR, p + u.hash, BASE_URL).ok, `${a.url} (pagina ${i})`).toBe(true);
          }
        }
      }
    }
    expect(internal).toBeGreaterThan(20);
    expect(external).toBeGreaterThan(5);
  });

  it('stays within its byte budget and is the same file on the English site', () => {
    expect(pdfBytes.byteLength).toBeLessThan(BUDGET.pdf);
    expect(fs.statSync(file(epubPath)).size).toBeLessThan(BUDGET.epub);
    expect(fs.readFileSync(file(`en/${pdfPath}`)).equals(Buffer.from(pdfBytes))).toBe(true);
    expect(fs.readFileSync(file(`en/${epubPath}`)).equals(fs.readFileSync(file(epubPath)))).toBe(true);
  });

  it('renders its pages (cover, table of contents, a chapter) with ink on them', async () => {
    const start = pdf.outline.find((o) => o.title === chapters[0]!.title)!.page;
    const shots = await renderPdfPages(site.browser, pdfBytes, [1, 3, start]);
    for (const s of shots) {
      expect(s.ink, `pagina ${s.page}`).toBeGreaterThan(0.005);
      if (SHOTS) {
        fs.mkdirSync(SHOTS, {recursive: true});
        fs.writeFileSync(path.join(SHOTS, `handleiding-${year}-p${s.page}.png`), s.png);
      }
    }
  });

  it('has an EPUB that EPUBCheck accepts, with every chapter in its navigation and lang="nl"', async () => {
    const bytes = new Uint8Array(fs.readFileSync(file(epubPath)));
    const result = await EpubCheck.validate(bytes);
    const problems = result.messages.filter((m) => ['fatal', 'error', 'warning'].includes(m.severity));
    expect(problems.map((m) => `${m.severity} ${m.id}: ${m.message} ${m.location?.path ?? ''}`)).toEqual([]);
    const zip = await JSZip.loadAsync(bytes);
    const nav = cheerio.load(await zip.file('EPUB/nav.xhtml')!.async('string'), {xml: true});
    const navTitles = nav('nav[epub\\:type="toc"] a')
      .toArray()
      .map((a) => norm(nav(a).text()));
    for (const {title} of chapters) expect(navTitles).toContain(title);
    expect(navTitles.filter((t) => chapters.some((c) => c.title === t))).toEqual(chapters.map((c) => c.title));
    expect(await zip.file('EPUB/package.opf')!.async('string')).toContain('<dc:language>nl</dc:language>');
  });

  it('is linked from every handleiding page of its edition, and downloads', async () => {
    // The link is in each page's HTML (rendered at build time), so reading the files is enough.
    for (const {href} of chapters) {
      const $ = cheerio.load(fs.readFileSync(htmlFileFor(BUILD_DIR, href)!, 'utf8'));
      expect($('.kennisbank-boek a').first().attr('href'), href).toBe(`${BASE_URL}${pdfPath}`);
    }
    const res = await fetch(`${site.server.origin}${BASE_URL}${pdfPath}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/pdf');
    expect((await fetch(`${site.server.origin}${BASE_URL}en/${epubPath}`)).status).toBe(200);
  });
});

describe(`downloads linked from the site (base URL ${BASE_URL})`, () => {
  it('"Over de edities" and the handleiding start page link both books; the werkbladen overview links the zip', async () => {
    const page = await site.browser.newPage();
    try {
      await page.goto(`${site.server.root}/handleiding/over-de-edities`);
      for (const y of ['2024', '2021']) {
        for (const ext of ['pdf', 'epub'])
          await expect(
            page.locator(`article .markdown a[href="${BASE_URL}downloads/handleiding-${y}.${ext}"]`).count(),
          ).resolves.toBe(1);
      }
      await page.goto(`${site.server.root}/handleiding`);
      await expect(
        page.locator(`article .markdown a[href="${BASE_URL}downloads/handleiding-2024.epub"]`).count(),
      ).resolves.toBe(1);
      await page.goto(`${site.server.root}/werkbladen`);
      const zip = page.locator(`article a[href="${BASE_URL}downloads/werkbladen-2024.zip"]`);
      await expect(zip.count()).resolves.toBe(1);
      const bytes = fs.statSync(file('downloads/werkbladen-2024.zip')).size;
      expect(bytes).toBeLessThan(BUDGET.zip);
      const archive = await JSZip.loadAsync(fs.readFileSync(file('downloads/werkbladen-2024.zip')));
      const sheets = fs.readdirSync(file('werkbladen')).filter((f) => /\.(pdf|docx)$/.test(f));
      expect(sheets.length).toBeGreaterThan(0);
      for (const f of sheets) expect(archive.file(`${f.endsWith('.pdf') ? 'pdf' : 'word'}/${f}`), f).not.toBeNull();
    } finally {
      await page.close();
    }
  });
});
