/**
 * Reading the objects of a PDF with pdf-lib, the way both the finishing step
 * (finishPdf.ts) and the accessibility check (checkPdf.ts) need them: text
 * strings, page content streams, names and named destinations.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  decodePDFRawStream,
  type PDFDocument,
} from 'pdf-lib';

/** The text of a PDF string object, or undefined when the value is not a string. */
export function pdfText(value: unknown): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** A stream's bytes, decompressed, as latin1 text (content streams and XMP are read as text). */
export function streamText(stream: PDFStream): string {
  const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  return Buffer.from(bytes).toString('latin1');
}

/** A page's content streams: /Contents is one stream or an array of them. */
export function contentStreams(doc: PDFDocument, page: PDFDict): PDFStream[] {
  const contents = page.lookup(PDFName.of('Contents'));
  const all = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r)) : [contents];
  return all.filter((s): s is PDFStream => s instanceof PDFStream);
}

/** What a page draws: its content streams' text, joined. */
export function pageContent(doc: PDFDocument, page: PDFDict): string {
  return contentStreams(doc, page).map(streamText).join('\n');
}

/** A name as written (Chromium percent-encodes names of destinations with non-ASCII ids). */
export function decodeName(name: PDFName): string {
  const raw = name.decodeText();
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Named destinations as Chromium writes them: a /Dests dictionary in the catalog. */
export function namedDestinations(doc: PDFDocument): Map<string, {page: number; name: PDFName}> {
  const pages = doc.getPages().map((p) => p.ref);
  const result = new Map<string, {page: number; name: PDFName}>();
  const dests = doc.catalog.lookup(PDFName.of('Dests'));
  if (!(dests instanceof PDFDict)) return result;
  for (const [name, value] of dests.entries()) {
    const arr = doc.context.lookup(value);
    const pageRef =
      arr instanceof PDFArray
        ? arr.get(0)
        : arr instanceof PDFDict
          ? (arr.lookup(PDFName.of('D')) as PDFArray | undefined)?.get(0)
          : undefined;
    const index = pages.findIndex((r) => pageRef instanceof PDFRef && r === pageRef);
    if (index >= 0) result.set(decodeName(name), {page: index + 1, name});
  }
  return result;
}
