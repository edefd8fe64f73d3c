/**
 * A worksheet as a fillable A4 PDF: embedded DejaVu Sans (subset), document
 * title and language set, an AcroForm field wherever an answer goes (drawn by
 * ./antwoordvlak.ts from the question's description), and a footer with site
 * name, edition and the stable URL on every page.
 * Pure: returns the bytes; writing them is the plugin's job.
 */
import fontkit from '@pdf-lib/fontkit';
import {PDFDocument, StandardFonts} from 'pdf-lib';
import {fontBytes} from '../fonts';
import {
  EIGEN_VRAGEN,
  FASE_LABELS,
  VOOR_LABELS,
  bevindingBron,
  veldId,
  isKaartenblad,
  nummer,
  type Vraag,
  type Werkblad,
  type WerkbladMeta,
} from '../../shared/model';
import {antwoordvlak, teken} from '../../shared/vraagsoorten';
import {PDF_TEKENAARS} from './antwoordvlak';
import {A4, ACCENT, FOOTER, GREY, INDENT, INK, LINE, Layout, MARGIN, WIDTH, wrap, type Fonts} from './opmaak';

/** "Bron: titel, waar" as a sentence: no doubled full stop after a "?". */
function zin(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

/** A numbered question in bold, kept on the page with the start of its answer area. */
function vraag(l: Layout, v: Vraag, id: string, n: number): void {
  const x = MARGIN + INDENT;
  const vlak = teken(PDF_TEKENAARS, antwoordvlak(v), l, {x, width: WIDTH - INDENT, id, label: `${n}. ${v.tekst}`});
  l.need(l.height(v.tekst, 10.5, true, WIDTH - INDENT) + vlak.begin + 8);
  l.page.drawText(`${n}.`, {
    x: MARGIN,
    y: l.y - 10.5 * 1.35 + 10.5 * 0.25,
    size: 10.5,
    font: l.fonts.bold,
    color: ACCENT,
  });
  l.text(v.tekst, {size: 10.5, bold: true, x, gap: 6});
  vlak.teken();
}

function header(l: Layout, sheet: Werkblad, meta: WerkbladMeta): void {
  l.text(`${meta.siteName} · Werkblad`, {size: 9, color: GREY, gap: 2});
  l.text(sheet.title, {size: 18, bold: true, gap: 4});
  l.text(
    `Voor: ${sheet.voor.map((v) => VOOR_LABELS[v]).join(', ')}  ·  Fase: ${sheet.fase.map((f) => FASE_LABELS[f]).join(', ')}`,
    {size: 9.5, color: GREY, gap: 10},
  );
  l.text('Waarvoor', {size: 10.5, bold: true, color: ACCENT, gap: 0});
  l.text(sheet.doel, {size: 10, gap: 6});
  l.text('Zo gebruik je het', {size: 10.5, bold: true, color: ACCENT, gap: 0});
  l.text(sheet.instructie, {size: 10, gap: 6});
  l.text(EIGEN_VRAGEN, {size: 9, color: GREY, gap: 12});
}

function sectieKop(
  l: Layout,
  titel: string,
  bevinding: Werkblad['secties'][number]['bevinding'],
  meta: WerkbladMeta,
): void {
  const bh = bevinding
    ? l.height(`Waarop dit rust: ${bevinding.tekst} ${bevindingBron(bevinding, meta.bronnen)}`, 8.5)
    : 0;
  l.need(20 + bh + 60);
  l.y -= 4;
  l.text(titel, {size: 13, bold: true, color: ACCENT, gap: 2});
  l.page.drawLine({start: {x: MARGIN, y: l.y}, end: {x: MARGIN + WIDTH, y: l.y}, thickness: 1, color: ACCENT});
  l.y -= 6;
  if (bevinding) {
    l.text(zin(`Waarop dit rust: ${bevinding.tekst} ${bevindingBron(bevinding, meta.bronnen)}`), {
      size: 8.5,
      color: GREY,
      gap: 8,
    });
  }
}

/** Gesprekskaarten: two columns of cards with dashed cut lines, category on each card. */
function kaarten(l: Layout, sheet: Werkblad, meta: WerkbladMeta): void {
  l.text('Waarop de kaarten rusten', {size: 11, bold: true, color: ACCENT, gap: 2});
  for (const s of sheet.secties) {
    if (s.bevinding)
      l.text(zin(`${s.titel}: ${s.bevinding.tekst} ${bevindingBron(s.bevinding, meta.bronnen)}`), {
        size: 8.5,
        color: GREY,
        gap: 3,
      });
  }
  l.newPage();
  const gap = 0;
  const cw = WIDTH / 2 - gap;
  const ch = (A4[1] - 2 * MARGIN - FOOTER + 10) / 4;
  let i = 0;
  sheet.secties.forEach((s, si) => {
    s.vragen.forEach((v, vi) => {
      if (i > 0 && i % 8 === 0) l.newPage();
      const col = i % 2;
      const row = Math.floor((i % 8) / 2);
      const x = MARGIN + col * (cw + gap);
      const top = A4[1] - MARGIN - row * ch;
      l.page.drawRectangle({
        x,
        y: top - ch,
        width: cw,
        height: ch,
        borderColor: LINE,
        borderWidth: 0.8,
        borderDashArray: [4, 3],
      });
      l.page.drawText(s.titel.toUpperCase(), {x: x + 14, y: top - 24, size: 7.5, font: l.fonts.bold, color: ACCENT});
      const lines = wrap(v.tekst, l.fonts.bold, 13, cw - 28);
      const blockH = lines.length * 13 * 1.35;
      let y = top - ch / 2 + blockH / 2;
      for (const t of lines) {
        y -= 13 * 1.35;
        l.page.drawText(t, {x: x + 14, y: y + 3, size: 13, font: l.fonts.bold, color: INK});
      }
      l.page.drawText(`${meta.siteName} · kaart ${nummer(sheet, si, vi)}`, {
        x: x + 14,
        y: top - ch + 12,
        size: 7,
        font: l.fonts.regular,
        color: GREY,
      });
      i++;
    });
  });
}

export async function createPdf(sheet: Werkblad, meta: WerkbladMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts: Fonts = {
    regular: await doc.embedFont(fontBytes('DejaVuSans'), {subset: true}),
    bold: await doc.embedFont(fontBytes('DejaVuSans-Bold'), {subset: true}),
    // Typed answers use Helvetica (a standard PDF font every viewer has), so any letter a reader
    // types can be shown; a subset of DejaVu only holds the glyphs of the printed text.
    field: await doc.embedFont(StandardFonts.Helvetica),
  };
  doc.setTitle(sheet.title, {showInWindowTitleBar: true});
  doc.setLanguage('nl');
  doc.setSubject(sheet.doel);
  doc.setAuthor(meta.siteName);
  doc.setCreator(`${meta.siteName} (${meta.editie})`);
  doc.setKeywords(['werkblad', ...sheet.fase, ...sheet.voor]);

  const l = new Layout(doc, fonts);
  header(l, sheet, meta);
  if (isKaartenblad(sheet)) {
    kaarten(l, sheet, meta);
  } else {
    sheet.secties.forEach((s, si) => {
      sectieKop(l, s.titel, s.bevinding, meta);
      if (s.intro) l.text(s.intro, {size: 10, gap: 6});
      s.vragen.forEach((v, vi) => vraag(l, v, veldId(si, vi), nummer(sheet, si, vi)));
    });
  }

  const pages = doc.getPages();
  pages.forEach((p, i) => {
    const y = MARGIN - 20;
    p.drawLine({start: {x: MARGIN, y: y + 12}, end: {x: A4[0] - MARGIN, y: y + 12}, thickness: 0.5, color: LINE});
    p.drawText(`${meta.siteName} · ${meta.editie}`, {x: MARGIN, y, size: 7.5, font: fonts.regular, color: GREY});
    p.drawText(meta.url, {x: MARGIN, y: y - 10, size: 7.5, font: fonts.regular, color: GREY});
    const nr = `Pagina ${i + 1} van ${pages.length}`;
    p.drawText(nr, {
      x: A4[0] - MARGIN - fonts.regular.widthOfTextAtSize(nr, 7.5),
      y,
      size: 7.5,
      font: fonts.regular,
      color: GREY,
    });
  });
  doc.getForm().updateFieldAppearances(fonts.field);
  return doc.save();
}
