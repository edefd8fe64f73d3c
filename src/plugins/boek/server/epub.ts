/**
 * The same book as EPUB 3: one XHTML file per chapter, a navigation document
 * with the same table of contents as the PDF (and landmarks), Dutch language
 * metadata and schema.org accessibility metadata. Pure: book in, bytes out.
 * The cover, colophon, appendices and navigation are the React components of
 * parts/; the page shell and the package document are filled in with cheerio
 * (XML). Packaged by hand with JSZip rather than an EPUB library: the ones on
 * npm fetch images over HTTP and do not let us set the accessibility metadata.
 */
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import {Fragment, type ReactElement} from 'react';
import {BEGRIPPEN_ID, BRONNEN_ID, type Book, type TocEntry} from './book';
import {Colophon} from './parts/Colophon';
import {Cover} from './parts/Cover';
import {Glossary} from './parts/Glossary';
import {h, markup} from './parts/render';
import {Sources} from './parts/Sources';

interface Part {
  file: string;
  title: string;
  html: string;
  /** epub:type of the body's main section, for the landmarks. */
  type: string;
}

export const EPUB_CSS = `
body { font-family: serif; line-height: 1.5; hyphens: auto; -epub-hyphens: auto; }
h1, h2, h3, h4, h5, h6 { font-family: sans-serif; line-height: 1.25; hyphens: manual; }
a[data-boek="begrip"] { color: inherit; text-decoration: underline dotted; }
aside { border-left: 3px solid #1d5b87; padding: 0.3em 0.8em; margin: 1em 0; }
table { border-collapse: collapse; width: 100%; margin: 1em 0; }
caption { text-align: left; padding-bottom: 0.3em; }
th, td { border: 1px solid #888; padding: 0.3em; vertical-align: top; text-align: left; }
.omslag { text-align: center; margin-top: 20%; }
.omslag-sub { display: block; font-weight: normal; }
.referenties { list-style: none; padding-left: 0; }
.referenties li { margin-bottom: 0.5em; }
dl.begrippen dt { font-weight: bold; margin-top: 0.8em; }
dl.begrippen dd { margin-left: 0; }
`;

/** HTML fragment → XHTML (well-formed XML, void elements closed, entities as characters). */
export function toXhtml(fragment: string): string {
  const $ = cheerio.load(fragment, {xml: false}, false);
  return $.xml();
}

const PAGE = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="nl" lang="nl">
<head>
<meta charset="UTF-8"/>
<title></title>
<link rel="stylesheet" type="text/css" href="boek.css"/>
</head>
<body></body>
</html>`;

/** One XHTML file of the book: the body's XHTML in the page shell, with its title and epub:type. */
function page(title: string, body: string, bodyType: string): string {
  const $ = cheerio.load(PAGE, {xml: true});
  $('title').text(title);
  $('body').attr('epub:type', bodyType).append(`\n${body}\n`);
  return $.xml();
}

function parts(book: Book): Part[] {
  const fixed = (file: string, title: string, element: ReactElement, type: string): Part => ({
    file,
    title,
    html: markup(element),
    type,
  });
  return [
    fixed('omslag.xhtml', book.meta.title, h(Cover, {meta: book.meta}), 'cover'),
    fixed('colofon.xhtml', 'Colofon', h(Colophon, {book}), 'frontmatter'),
    ...book.chapters.map((c, i) => ({
      file: `hoofdstuk-${String(i + 1).padStart(2, '0')}.xhtml`,
      title: c.title,
      // The chapter is the built page's own HTML (chapter.ts), placed as it is.
      html: markup(
        h('section', {'epub:type': 'chapter', 'aria-labelledby': c.key, dangerouslySetInnerHTML: {__html: c.html}}),
      ),
      type: 'bodymatter',
    })),
    fixed('begrippen.xhtml', 'Bijlage: Begrippen', h(Glossary, {book}), 'backmatter'),
    fixed('bronnen.xhtml', 'Bronnen en literatuur', h(Sources, {book}), 'backmatter'),
  ];
}

/** The navigation document: the same table of contents as the PDF, and the landmarks. */
function Navigation({book, link}: {book: Book; link: (id: string) => string}): ReactElement {
  const item = (e: TocEntry): ReactElement =>
    h(
      'li',
      {key: e.id},
      h('a', {href: link(e.id)}, e.title),
      e.children.length > 0 ? h('ol', null, e.children.map(item)) : null,
    );
  const first = book.chapters[0]!;
  const landmark = (type: string, href: string, text: string) =>
    h('li', {key: type}, h('a', {'epub:type': type, href}, text));
  return h(
    Fragment,
    null,
    h(
      'nav',
      {'epub:type': 'toc', id: 'toc', 'aria-labelledby': 'inhoud'},
      h('h1', {id: 'inhoud'}, 'Inhoud'),
      h('ol', null, book.toc.map(item)),
    ),
    h(
      'nav',
      {'epub:type': 'landmarks', id: 'landmarks', hidden: true},
      h('h2', null, 'Oriëntatie'),
      h(
        'ol',
        null,
        landmark('cover', 'omslag.xhtml', 'Omslag'),
        landmark('toc', 'nav.xhtml#toc', 'Inhoud'),
        landmark('bodymatter', link(first.key), first.title),
        landmark('glossary', link(BEGRIPPEN_ID), 'Begrippen'),
        landmark('bibliography', link(BRONNEN_ID), 'Bronnen en literatuur'),
      ),
    ),
  );
}

const PACKAGE = `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="boek-id" xml:lang="nl">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="boek-id"></dc:identifier>
<dc:title></dc:title>
<dc:language>nl</dc:language>
<dc:creator></dc:creator>
<dc:publisher></dc:publisher>
<dc:date></dc:date>
<dc:rights></dc:rights>
<dc:source></dc:source>
<meta property="dcterms:modified"></meta>
<meta property="belongs-to-collection" id="editie"></meta>
<meta property="schema:accessMode">textual</meta>
<meta property="schema:accessModeSufficient">textual</meta>
<meta property="schema:accessibilityFeature">structuralNavigation</meta>
<meta property="schema:accessibilityFeature">tableOfContents</meta>
<meta property="schema:accessibilityFeature">readingOrder</meta>
<meta property="schema:accessibilityFeature">displayTransformability</meta>
<meta property="schema:accessibilityHazard">none</meta>
<meta property="schema:accessibilitySummary">Tekst met koppen, lijsten, tabellen met kopcellen en links; geen afbeeldingen. Dezelfde tekst als de webpagina's van deze editie.</meta>
</metadata>
<manifest>
<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>
<item id="css" href="boek.css" media-type="text/css"/>
</manifest>
<spine></spine>
</package>`;

/** The package document: metadata (with the accessibility metadata), every file, and the reading order. */
function packageOpf(book: Book, files: readonly string[]): string {
  const {meta} = book;
  const $ = cheerio.load(PACKAGE, {xml: true});
  const set = (selector: string, text: string) => $(selector).text(text);
  set('dc\\:identifier', meta.identifier);
  set('dc\\:title', `${meta.title} ${meta.subtitle}`.trim());
  set('dc\\:creator', meta.maker);
  set('dc\\:publisher', meta.maker);
  set('dc\\:date', meta.isoDate);
  set('dc\\:rights', `${meta.license.name}, ${meta.license.url}`);
  set('dc\\:source', meta.url);
  set('meta[property="dcterms:modified"]', meta.isoDate);
  set('meta[property="belongs-to-collection"]', meta.editionLabel);
  files.forEach((file, i) => {
    $('manifest').append('\n', $('<item/>').attr({id: `d${i}`, href: file, 'media-type': 'application/xhtml+xml'}));
    $('spine').append('\n', $('<itemref/>').attr({idref: `d${i}`}));
    // The table of contents is read right after the colophon, as in the PDF.
    if (file === 'colofon.xhtml') $('spine').append('\n', $('<itemref/>').attr({idref: 'nav'}));
  });
  $('manifest').append('\n');
  $('spine').append('\n');
  return $.xml();
}

export interface EpubResult {
  bytes: Uint8Array;
  /** File of every id, for tests. */
  files: string[];
}

export async function createEpub(book: Book): Promise<EpubResult> {
  const all = parts(book).map((p) => ({...p, xhtml: toXhtml(p.html)}));
  const withImage = all.find((p) => /<img\b/.test(p.xhtml));
  if (withImage) {
    // Fail closed: an EPUB that points at an image it does not contain is invalid.
    throw new Error(
      `Boek (EPUB): "${withImage.title}" heeft een afbeelding; afbeeldingen kunnen nog niet in het EPUB-bestand (src/plugins/boek/server/epub.ts). Voeg die ondersteuning toe of laat de afbeelding weg.`,
    );
  }
  // Which file holds which id, so "#id" links can cross files.
  const home = new Map<string, string>();
  for (const p of all) {
    const $ = cheerio.load(p.xhtml, {xml: true});
    $('[id]').each((_, el) => {
      home.set($(el).attr('id')!, p.file);
    });
  }
  const fix = (xhtml: string, own: string) =>
    xhtml.replace(/href="#([^"]+)"/g, (m, id: string) => {
      const decoded = id.replace(/&amp;/g, '&');
      const file = home.get(decoded);
      if (!file)
        throw new Error(`Boek (EPUB): een link gaat naar "#${decoded}", maar die plek bestaat niet in het boek.`);
      return file === own ? m : `href="${file}#${id}"`;
    });
  const zip = new JSZip();
  // The mimetype entry is first and stored uncompressed (OCF 3.3, 4.2.2).
  zip.file('mimetype', 'application/epub+zip', {compression: 'STORE'});
  zip.file(
    'META-INF/container.xml',
    `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>`,
  );
  for (const p of all) zip.file(`EPUB/${p.file}`, page(p.title, fix(p.xhtml, p.file), p.type));
  zip.file('EPUB/boek.css', EPUB_CSS);

  const link = (id: string) => `${home.get(id)}#${id}`;
  zip.file('EPUB/nav.xhtml', page('Inhoud', markup(h(Navigation, {book, link})), 'frontmatter'));
  zip.file(
    'EPUB/package.opf',
    packageOpf(
      book,
      all.map((p) => p.file),
    ),
  );
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: {level: 9},
    mimeType: 'application/epub+zip',
  });
  return {bytes, files: all.map((p) => p.file)};
}
