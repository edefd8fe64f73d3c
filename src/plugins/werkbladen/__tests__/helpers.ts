/** Read generated files back the way a reader's software would: pdf.js for PDF, a zip + XML parser for DOCX. */
import {XMLParser} from 'fast-xml-parser';
import JSZip from 'jszip';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';

/** Collapse runs of whitespace (line wraps) to one space; words stay intact. */
export const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

export interface PdfInfo {
  text: string;
  pages: number;
  fields: string[];
  title: unknown;
  lang: string | null;
}

export async function readPdf(bytes: Uint8Array): Promise<PdfInfo> {
  const doc = await getDocument({data: bytes.slice(), useSystemFonts: false, isEvalSupported: false}).promise;
  const parts: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const content = await page.getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str);
  }
  const fields = Object.keys((await doc.getFieldObjects()) ?? {});
  const meta = await doc.getMetadata();
  const lang = ((meta.info as Record<string, unknown>).Language as string | undefined) ?? null;
  const info = {text: norm(parts.join(' ')), pages: doc.numPages, fields, title: (meta.info as Record<string, unknown>).Title, lang};
  await doc.destroy();
  return info;
}

export async function readDocx(bytes: Uint8Array): Promise<{text: string; xml: unknown; core: string}> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const core = (await zip.file('docProps/core.xml')?.async('string')) ?? '';
  // parse strictly: a broken document.xml throws here
  const xml = new XMLParser({ignoreAttributes: false}).parse(documentXml, true);
  // the text of every paragraph, runs joined
  const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  );
  const decode = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
  return {text: norm(decode(paragraphs.join('\n'))), xml, core};
}
