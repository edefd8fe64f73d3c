/**
 * The same book as EPUB 3: one XHTML file per chapter, a navigation document
 * with the same table of contents as the PDF (and landmarks), Dutch language
 * metadata and schema.org accessibility metadata. Pure: book in, bytes out.
 * Packaged by hand with JSZip rather than an EPUB library: the ones on npm
 * fetch images over HTTP and do not let us set the accessibility metadata.
 */
import * as cheerio from 'cheerio';
import JSZip from 'jszip';
import {
  BEGRIPPEN_ID,
  BRONNEN_ID,
  COLOFON_ID,
  coverHtml,
  colophonHtml,
  escapeHtml,
  glossaryHtml,
  sourcesHtml,
  type Book,
  type TocEntry,
} from './book';

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

function page(title: string, body: string, bodyType: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="nl" lang="nl">
<head>
<meta charset="UTF-8"/>
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" type="text/css" href="boek.css"/>
</head>
<body epub:type="${bodyType}">
${body}
</body>
</html>`;
}

function parts(book: Book): Part[] {
  return [
    {file: 'omslag.xhtml', title: book.meta.title, html: coverHtml(book), type: 'cover'},
    {file: 'colofon.xhtml', title: 'Colofon', html: colophonHtml(book), type: 'frontmatter'},
    ...book.chapters.map((c, i) => ({
      file: `hoofdstuk-${String(i + 1).padStart(2, '0')}.xhtml`,
      title: c.title,
      html: `<section epub:type="chapter" aria-labelledby="${c.key}">${c.html}</section>`,
      type: 'bodymatter',
    })),
    {file: 'begrippen.xhtml', title: 'Bijlage: Begrippen', html: glossaryHtml(book), type: 'backmatter'},
    {file: 'bronnen.xhtml', title: 'Bronnen en literatuur', html: sourcesHtml(book), type: 'backmatter'},
  ];
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
  const navItem = (e: TocEntry): string =>
    `<li><a href="${escapeHtml(link(e.id))}">${escapeHtml(e.title)}</a>${e.children.length > 0 ? `<ol>${e.children.map(navItem).join('')}</ol>` : ''}</li>`;
  zip.file(
    'EPUB/nav.xhtml',
    page(
      'Inhoud',
      `<nav epub:type="toc" id="toc" aria-labelledby="inhoud"><h1 id="inhoud">Inhoud</h1><ol>${book.toc.map(navItem).join('')}</ol></nav>
<nav epub:type="landmarks" id="landmarks" hidden=""><h2>Oriëntatie</h2><ol>
<li><a epub:type="cover" href="omslag.xhtml">Omslag</a></li>
<li><a epub:type="toc" href="nav.xhtml#toc">Inhoud</a></li>
<li><a epub:type="bodymatter" href="${escapeHtml(link(book.chapters[0]!.key))}">${escapeHtml(book.chapters[0]!.title)}</a></li>
<li><a epub:type="glossary" href="${escapeHtml(link(BEGRIPPEN_ID))}">Begrippen</a></li>
<li><a epub:type="bibliography" href="${escapeHtml(link(BRONNEN_ID))}">Bronnen en literatuur</a></li>
</ol></nav>`,
      'frontmatter',
    ),
  );
  void COLOFON_ID;

  const {meta} = book;
  const title = `${meta.title} ${meta.subtitle}`.trim();
  zip.file(
    'EPUB/package.opf',
    `<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="boek-id" xml:lang="nl">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="boek-id">${escapeHtml(meta.identifier)}</dc:identifier>
<dc:title>${escapeHtml(title)}</dc:title>
<dc:language>nl</dc:language>
<dc:creator>${escapeHtml(meta.maker)}</dc:creator>
<dc:publisher>${escapeHtml(meta.maker)}</dc:publisher>
<dc:date>${meta.isoDate}</dc:date>
<dc:rights>${escapeHtml(`${meta.license.name}, ${meta.license.url}`)}</dc:rights>
<dc:source>${escapeHtml(meta.url)}</dc:source>
<meta property="dcterms:modified">${meta.isoDate}</meta>
<meta property="belongs-to-collection" id="editie">${escapeHtml(meta.editionLabel)}</meta>
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
${all.map((p, i) => `<item id="d${i}" href="${p.file}" media-type="application/xhtml+xml"/>`).join('\n')}
</manifest>
<spine>
${all.map((p, i) => `<itemref idref="d${i}"/>${p.file === 'colofon.xhtml' ? '\n<itemref idref="nav"/>' : ''}`).join('\n')}
</spine>
</package>`,
  );
  const bytes = await zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: {level: 9},
    mimeType: 'application/epub+zip',
  });
  return {bytes, files: all.map((p) => p.file)};
}
