/** Read generated files back the way a reader's software would: pdf.js for PDF, a zip + XML parser for DOCX. */
import {XMLParser} from 'fast-xml-parser';
import JSZip from 'jszip';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {PDFCheckBox, PDFDocument, PDFRadioGroup, PDFTextField} from 'pdf-lib';
import {nummer, veldId, type Antwoordvlak, type Werkblad} from '../shared/model';

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
  const info = {
    text: norm(parts.join(' ')),
    pages: doc.numPages,
    fields,
    title: (meta.info as Record<string, unknown>).Title,
    lang,
  };
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
  const decode = (s: string) =>
    s
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'");
  return {text: norm(decode(paragraphs.join('\n'))), xml, core};
}

export type Vlakken = Record<number, Antwoordvlak>;

/** Per question number, the answer area the PDF's form offers: boxes (check boxes, radio buttons), lines (text field height / 20 pt), cells. */
export async function pdfAnswerAreas(bytes: Uint8Array, sheet: Werkblad): Promise<Vlakken> {
  const doc = await PDFDocument.load(bytes);
  const fields = doc.getForm().getFields();
  const out: Vlakken = {};
  sheet.secties.forEach((s, si) =>
    s.vragen.forEach((_v, vi) => {
      const id = veldId(si, vi);
      const mine = fields.filter((f) => f.getName() === id || f.getName().startsWith(`${id}-`));
      const a: Antwoordvlak = {vakjes: 0, regels: 0, cellen: 0};
      for (const f of mine) {
        if (f instanceof PDFCheckBox) a.vakjes++;
        else if (f instanceof PDFRadioGroup) a.vakjes += f.acroField.getWidgets().length;
        else if (f instanceof PDFTextField && /-r\d+-k\d+$/.test(f.getName())) a.cellen++;
        else if (f instanceof PDFTextField)
          a.regels += Math.round(f.acroField.getWidgets()[0]!.getRectangle().height / 20);
      }
      out[nummer(sheet, si, vi)] = a;
    }),
  );
  return out;
}

/** Per question number, the answer area in the Word file: ☐ boxes, ruled empty lines, empty table cells below the question. */
export async function docxAnswerAreas(bytes: Uint8Array): Promise<Vlakken> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const body = xml.slice(xml.indexOf('<w:body>'), xml.indexOf('</w:body>'));
  const out: Vlakken = {};
  let current: Antwoordvlak | undefined;
  const text = (s: string) => [...s.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
  for (const m of body.matchAll(/<w:p[ >][\s\S]*?<\/w:p>|<w:tbl>[\s\S]*?<\/w:tbl>/g)) {
    const block = m[0];
    if (block.startsWith('<w:tbl>')) {
      if (!current) continue;
      for (const row of block.matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
        if (row[0].includes('<w:tblHeader')) continue;
        current.cellen += [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].filter(
          (c) => text(c[0]).trim() === '',
        ).length;
      }
      continue;
    }
    const t = text(block);
    const q = /^(\d+)\. /.exec(t);
    if (q) {
      current = {vakjes: 0, regels: 0, cellen: 0};
      out[Number(q[1])] = current;
      continue;
    }
    if (!current) continue;
    current.vakjes += (t.match(/☐/g) ?? []).length;
    if (t.trim() === '' && /<w:pBdr>[\s\S]*<w:bottom /.test(block)) current.regels++;
  }
  return out;
}
