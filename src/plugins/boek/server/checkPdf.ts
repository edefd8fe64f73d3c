/**
 * The accessibility checks we can make on a PDF without veraPDF (not on npm
 * or in Debian): the machine-checkable part of PDF/UA-1 that matters most to
 * readers with assistive technology. Each finding names its rule and the
 * Matterhorn Protocol checkpoint it comes from. Pure: bytes in, findings out.
 */
import {PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFStream} from 'pdf-lib';
import {hasUnmarkedPainting} from './contentStream';
import {pageContent, pdfText, streamText} from './pdfObjects';

export interface PdfFinding {
  /** Short rule name, e.g. "getagd". */
  rule: string;
  message: string;
}

function fontEmbedded(font: PDFDict): boolean {
  const subtype = font.get(PDFName.of('Subtype'));
  if (subtype === PDFName.of('Type3')) return true;
  let desc: unknown;
  if (subtype === PDFName.of('Type0')) {
    const kids = font.lookup(PDFName.of('DescendantFonts'));
    const kid = kids instanceof PDFArray ? kids.lookup(0) : undefined;
    desc = kid instanceof PDFDict ? kid.lookup(PDFName.of('FontDescriptor')) : undefined;
  } else {
    desc = font.lookup(PDFName.of('FontDescriptor'));
  }
  return desc instanceof PDFDict && ['FontFile', 'FontFile2', 'FontFile3'].some((k) => desc.has(PDFName.of(k)));
}

export async function checkPdf(bytes: Uint8Array, opts: {lang: string}): Promise<PdfFinding[]> {
  const findings: PdfFinding[] = [];
  const add = (rule: string, message: string) => findings.push({rule, message});
  const doc = await PDFDocument.load(bytes, {updateMetadata: false});
  const catalog = doc.catalog;

  const markInfo = catalog.lookup(PDFName.of('MarkInfo'));
  if (!(markInfo instanceof PDFDict) || markInfo.lookup(PDFName.of('Marked')) !== PDFBool.True) {
    add('getagd', 'MarkInfo /Marked is niet true: de PDF zegt niet dat hij getagd is (Matterhorn 01-002).');
  }
  const tree = catalog.lookup(PDFName.of('StructTreeRoot'));
  if (!(tree instanceof PDFDict) || !tree.has(PDFName.of('K')))
    add(
      'structuur',
      'Geen StructTreeRoot met inhoud: koppen, lijsten en tabellen hebben geen structuur (Matterhorn 01-001).',
    );

  const lang = pdfText(catalog.lookup(PDFName.of('Lang')));
  if (!lang || !lang.toLowerCase().startsWith(opts.lang))
    add('taal', `De documenttaal (/Lang) is "${lang ?? ''}", verwacht "${opts.lang}" (Matterhorn 11-006).`);

  const title = doc.getTitle();
  if (!title || title.trim() === '') add('titel', 'De PDF heeft geen titel (Matterhorn 06-003).');
  const metadata = catalog.lookup(PDFName.of('Metadata'));
  if (!(metadata instanceof PDFStream) || !/<dc:title>/.test(streamText(metadata)))
    add('xmp', 'Geen XMP-metadata met dc:title (Matterhorn 06-001, 06-003).');
  const prefs = catalog.lookup(PDFName.of('ViewerPreferences'));
  if (!(prefs instanceof PDFDict) || prefs.lookup(PDFName.of('DisplayDocTitle')) !== PDFBool.True) {
    add(
      'titel-tonen',
      'ViewerPreferences /DisplayDocTitle is niet true: een lezer ziet de bestandsnaam in plaats van de titel (Matterhorn 07-001).',
    );
  }
  const outlines = catalog.lookup(PDFName.of('Outlines'));
  if (!(outlines instanceof PDFDict) || !outlines.has(PDFName.of('First')))
    add('bladwijzers', 'De PDF heeft geen bladwijzers (outline).');

  const unembedded = new Set<string>();
  doc.getPages().forEach((page, i) => {
    const nr = i + 1;
    const resources = page.node.Resources();
    const fonts = resources?.lookup(PDFName.of('Font'));
    if (fonts instanceof PDFDict) {
      for (const [, ref] of fonts.entries()) {
        const font = doc.context.lookup(ref);
        if (font instanceof PDFDict && !fontEmbedded(font)) unembedded.add(String(font.lookup(PDFName.of('BaseFont'))));
      }
    }
    if (hasUnmarkedPainting(pageContent(doc, page.node)))
      add('artefact', `Pagina ${nr}: inhoud die niet getagd is en ook geen artefact (Matterhorn 01-005).`);

    const annots = page.node.lookup(PDFName.of('Annots'));
    if (annots instanceof PDFArray && annots.size() > 0) {
      if (page.node.lookup(PDFName.of('Tabs')) !== PDFName.of('S'))
        add('tabvolgorde', `Pagina ${nr}: /Tabs is niet /S (Matterhorn 28-010).`);
      for (const ref of annots.asArray()) {
        const annot = doc.context.lookup(ref);
        if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue;
        if (!annot.has(PDFName.of('StructParent')))
          add('link-structuur', `Pagina ${nr}: een link zit niet in de structuur (Matterhorn 28-011).`);
        if (!pdfText(annot.lookup(PDFName.of('Contents'))))
          add('link-beschrijving', `Pagina ${nr}: een link heeft geen beschrijving (/Contents) (PDF/UA-1 7.18.5).`);
        const action = annot.lookup(PDFName.of('A'));
        const uri = action instanceof PDFDict ? pdfText(action.lookup(PDFName.of('URI'))) : undefined;
        if (uri && /^https?:\/\/(localhost|127\.|\[::1\]|[^/]*\.invalid)/i.test(uri))
          add('link-lokaal', `Pagina ${nr}: link naar ${uri}, een adres dat alleen op de bouwmachine bestaat.`);
      }
    }
  });
  for (const f of unembedded) add('lettertype', `Lettertype ${f} is niet ingebed (Matterhorn 31-001).`);
  return findings;
}
