/**
 * What the tests measure worksheets with: the answer area each question should
 * get, counted in units every output shows (boxes, lines, cells), and the
 * generated files read back the way a reader's software would: pdf.js for PDF,
 * a zip + XML parser for DOCX.
 */
import {XMLParser} from 'fast-xml-parser';
import JSZip from 'jszip';
import {getDocument} from 'pdfjs-dist/legacy/build/pdf.mjs';
import {PDFCheckBox, PDFDocument, PDFRadioGroup, PDFTextField} from 'pdf-lib';
import {nummer, veldId, type Vraag, type Werkblad} from '../shared/model';
import {antwoordvlak, type Antwoordvlak} from '../shared/vraagsoorten';

/** An answer area in units the page, the PDF and the Word file all show: boxes to tick, lines to write on, cells to fill. */
export interface Telling {
  vakjes: number;
  regels: number;
  cellen: number;
}

export function telling(vlak: Antwoordvlak): Telling {
  const niets = {vakjes: 0, regels: 0, cellen: 0};
  switch (vlak.vorm) {
    case 'regels':
      return {...niets, regels: vlak.regels};
    case 'keuzes':
      return {...niets, vakjes: vlak.keuzes.length};
    case 'schaal':
      return {...niets, vakjes: vlak.stappen};
    case 'tabel':
      return {...niets, cellen: vlak.rijen.length * vlak.kolommen.length};
    case 'geen':
      return niets;
  }
}

/** Per question number, what the description (shared/vraagsoorten.ts) says every output must show. */
export function verwachteVlakken(sheet: Werkblad): Vlakken {
  return Object.fromEntries(
    sheet.secties.flatMap((s, si) => s.vragen.map((v, vi) => [nummer(sheet, si, vi), telling(antwoordvlak(v))])),
  );
}

/** How many named form fields a question gets in the PDF: one text field, a box per choice, one radio group, a field per cell. */
export function veldenVoor(v: Vraag): number {
  const vlak = antwoordvlak(v);
  switch (vlak.vorm) {
    case 'regels':
    case 'schaal':
      return 1;
    case 'keuzes':
      return vlak.keuzes.length;
    case 'tabel':
      return vlak.rijen.length * vlak.kolommen.length;
    case 'geen':
      return 0;
  }
}

export function aantalVelden(sheet: Werkblad): number {
  return sheet.secties.reduce((n, s) => n + s.vragen.reduce((m, v) => m + veldenVoor(v), 0), 0);
}

/** Every question text, in order: what each output must contain. */
export function alleVragen(sheet: Werkblad): string[] {
  return sheet.secties.flatMap((s) => s.vragen.map((v) => v.tekst));
}

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

export type Vlakken = Record<number, Telling>;

/** Per question number, the answer area the PDF's form offers: boxes (check boxes, radio buttons), lines (text field height / 20 pt), cells. */
export async function pdfAnswerAreas(bytes: Uint8Array, sheet: Werkblad): Promise<Vlakken> {
  const doc = await PDFDocument.load(bytes);
  const fields = doc.getForm().getFields();
  const out: Vlakken = {};
  sheet.secties.forEach((s, si) =>
    s.vragen.forEach((_v, vi) => {
      const id = veldId(si, vi);
      const mine = fields.filter((f) => f.getName() === id || f.getName().startsWith(`${id}-`));
      const a: Telling = {vakjes: 0, regels: 0, cellen: 0};
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
  let current: Telling | undefined;
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
