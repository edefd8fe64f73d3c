/**
 * A worksheet as a fillable A4 PDF: embedded DejaVu Sans (subset), document
 * title and language set, an AcroForm field wherever an answer goes, and a
 * footer with site name, edition and the stable URL on every page.
 * Pure: returns the bytes; writing them is the plugin's job.
 */
import fontkit from '@pdf-lib/fontkit';
import {
  PDFDocument,
  PDFHexString,
  PDFName,
  StandardFonts,
  rgb,
  type PDFField,
  type PDFFont,
  type PDFPage,
} from 'pdf-lib';
import {fontBytes} from './fonts';
import {
  EIGEN_VRAGEN,
  FASE_LABELS,
  VOOR_LABELS,
  bevindingBron,
  veldId,
  isKaartenblad,
  nummer,
  tabelRijen,
  type Vraag,
  type Werkblad,
  type WerkbladMeta,
} from '../shared/model';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56; // 2 cm
const FOOTER = 48;
const WIDTH = A4[0] - 2 * MARGIN;
/** Room for the question number ("12.") left of the question. */
const INDENT = 26;
const INK = rgb(0.1, 0.1, 0.12);
const GREY = rgb(0.35, 0.35, 0.38);
const LINE = rgb(0.6, 0.6, 0.63);
const ACCENT = rgb(0.09, 0.35, 0.4);

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  field: PDFFont;
}

/** "Bron: titel, waar" as a sentence: no doubled full stop after a "?". */
function zin(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}

export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && font.widthOfTextAtSize(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Top-down cursor over pages; `need` starts a new page when a block would not fit. */
class Layout {
  page!: PDFPage;
  y = 0;
  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
  ) {
    this.newPage();
  }
  newPage(): void {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - MARGIN;
  }
  need(height: number): void {
    if (this.y - height < MARGIN + FOOTER - 20) this.newPage();
  }
  text(
    text: string,
    o: {size?: number; bold?: boolean; color?: ReturnType<typeof rgb>; x?: number; width?: number; gap?: number} = {},
  ): void {
    const size = o.size ?? 10;
    const font = o.bold ? this.fonts.bold : this.fonts.regular;
    const x = o.x ?? MARGIN;
    const lines = wrap(text, font, size, o.width ?? WIDTH - (x - MARGIN));
    const lh = size * 1.35;
    for (const l of lines) {
      this.need(lh);
      this.y -= lh;
      this.page.drawText(l, {x, y: this.y + size * 0.25, size, font, color: o.color ?? INK});
    }
    this.y -= o.gap ?? 4;
  }
  height(text: string, size: number, bold = false, width = WIDTH): number {
    return wrap(text, bold ? this.fonts.bold : this.fonts.regular, size, width).length * size * 1.35;
  }
}

function tooltip(field: PDFField, text: string): void {
  // TU: the name a screen reader announces for the field.
  field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(text));
}

function checkbox(l: Layout, name: string, label: string, x: number, y: number): void {
  const cb = l.doc.getForm().createCheckBox(name);
  cb.addToPage(l.page, {x, y, width: 11, height: 11, borderWidth: 1, borderColor: INK});
  tooltip(cb, label);
}

function vraag(l: Layout, sheet: Werkblad, v: Vraag, id: string, n: number): void {
  const form = l.doc.getForm();
  const label = `${n}. ${v.tekst}`;
  const qh = l.height(v.tekst, 10.5, true, WIDTH - INDENT);
  // keep the question with (the start of) its answer area; a checklist stays whole
  const start =
    v.soort === 'checklist'
      ? v.opties.reduce((h, o) => h + l.height(o, 10, false, WIDTH - INDENT - 18) + 2, 0)
      : v.soort === 'tekst'
        ? Math.min(v.regels, 3) * 20
        : 44;
  l.need(qh + start + 8);
  const top = l.y;
  l.page.drawText(`${n}.`, {
    x: MARGIN,
    y: top - 10.5 * 1.35 + 10.5 * 0.25,
    size: 10.5,
    font: l.fonts.bold,
    color: ACCENT,
  });
  l.text(v.tekst, {size: 10.5, bold: true, x: MARGIN + INDENT, gap: 6});
  const x0 = MARGIN + INDENT;
  const w = WIDTH - INDENT;
  switch (v.soort) {
    case 'tekst': {
      const rh = 20;
      const h = v.regels * rh;
      l.need(h);
      for (let i = 1; i <= v.regels; i++) {
        l.page.drawLine({
          start: {x: x0, y: l.y - i * rh},
          end: {x: x0 + w, y: l.y - i * rh},
          thickness: 0.5,
          color: LINE,
        });
      }
      const tf = form.createTextField(id);
      if (v.regels > 1) tf.enableMultiline();
      tf.addToPage(l.page, {
        x: x0,
        y: l.y - h,
        width: w,
        height: h,
        borderWidth: 0,
        borderColor: undefined,
        backgroundColor: undefined,
        font: l.fonts.field,
      });
      tf.setFontSize(10);
      tooltip(tf, label);
      l.y -= h + 12;
      break;
    }
    case 'ja-nee': {
      l.need(18);
      const y = l.y - 13;
      checkbox(l, `${id}-ja`, `${label} Ja`, x0, y);
      l.page.drawText('Ja', {x: x0 + 16, y: y + 1.5, size: 10, font: l.fonts.regular, color: INK});
      checkbox(l, `${id}-nee`, `${label} Nee`, x0 + 60, y);
      l.page.drawText('Nee', {x: x0 + 76, y: y + 1.5, size: 10, font: l.fonts.regular, color: INK});
      l.y -= 30;
      break;
    }
    case 'schaal': {
      l.need(36);
      const [laag, hoog] = v.labels;
      const size = 9;
      const lw = l.fonts.regular.widthOfTextAtSize(laag, size);
      const step = 34;
      const y = l.y - 14;
      l.page.drawText(laag, {x: x0, y: y + 2, size, font: l.fonts.regular, color: GREY});
      const rg = form.createRadioGroup(id);
      let x = x0 + lw + 12;
      for (let i = 1; i <= v.stappen; i++) {
        rg.addOptionToPage(String(i), l.page, {x, y, width: 12, height: 12, borderWidth: 1, borderColor: INK});
        l.page.drawText(String(i), {x: x + 3.5, y: y - 11, size: 8, font: l.fonts.regular, color: GREY});
        x += step;
      }
      l.page.drawText(hoog, {x: x - step + 24, y: y + 2, size, font: l.fonts.regular, color: GREY});
      tooltip(rg, `${label} (1 = ${laag}, ${v.stappen} = ${hoog})`);
      l.y -= 40;
      break;
    }
    case 'checklist': {
      // keep a short list together on one page
      l.need(v.opties.reduce((h, o) => h + l.height(o, 10, false, w - 18) + 2, 0));
      v.opties.forEach((optie, i) => {
        const h = l.height(optie, 10, false, w - 18);
        l.need(h + 2);
        checkbox(l, `${id}-${i + 1}`, `${label} ${optie}`, x0, l.y - 12);
        l.text(optie, {size: 10, x: x0 + 18, gap: 2});
      });
      l.y -= 10;
      break;
    }
    case 'tabel': {
      const rijen = tabelRijen(v);
      const metLabels = rijen.some((r) => r !== '');
      const labelW = metLabels ? 112 : 0;
      const cw = (w - labelW) / v.kolommen.length;
      const size = 8;
      const headH = Math.max(...v.kolommen.map((k) => l.height(k, size, true, cw - 6))) + 6;
      const rowH = (r: string) => Math.max(26, metLabels ? l.height(r, size, false, labelW - 6) + 8 : 0);
      const drawHead = () => {
        const y = l.y;
        l.page.drawRectangle({
          x: x0,
          y: y - headH,
          width: w,
          height: headH,
          color: rgb(0.92, 0.95, 0.95),
          borderColor: LINE,
          borderWidth: 0.5,
        });
        v.kolommen.forEach((k, c) => {
          wrap(k, l.fonts.bold, size, cw - 6).forEach((t, i) => {
            l.page.drawText(t, {
              x: x0 + labelW + c * cw + 3,
              y: y - 3 - (i + 1) * size * 1.35 + 2.5,
              size,
              font: l.fonts.bold,
              color: INK,
            });
          });
        });
        l.y -= headH;
      };
      l.need(headH + rowH(rijen[0]!));
      drawHead();
      rijen.forEach((r, ri) => {
        const h = rowH(r);
        if (l.y - h < MARGIN + FOOTER - 20) {
          l.newPage();
          drawHead();
        }
        const y = l.y - h;
        l.page.drawRectangle({x: x0, y, width: w, height: h, borderColor: LINE, borderWidth: 0.5});
        if (metLabels) {
          wrap(r, l.fonts.regular, size, labelW - 6).forEach((t, i) => {
            l.page.drawText(t, {
              x: x0 + 3,
              y: l.y - 4 - (i + 1) * size * 1.35 + 2.5,
              size,
              font: l.fonts.regular,
              color: INK,
            });
          });
        }
        v.kolommen.forEach((k, c) => {
          const cx = x0 + labelW + c * cw;
          l.page.drawLine({start: {x: cx, y}, end: {x: cx, y: y + h}, thickness: 0.5, color: LINE});
          const tf = form.createTextField(`${id}-r${ri + 1}-k${c + 1}`);
          tf.enableMultiline();
          tf.addToPage(l.page, {
            x: cx + 1,
            y: y + 1,
            width: cw - 2,
            height: h - 2,
            borderWidth: 0,
            borderColor: undefined,
            backgroundColor: undefined,
            font: l.fonts.field,
          });
          tf.setFontSize(9);
          tooltip(tf, `${label} ${r ? `${r}, ` : `rij ${ri + 1}, `}${k}`);
        });
        l.y = y;
      });
      l.y -= 14;
      break;
    }
    case 'kaart':
      // cards are laid out by kaarten(); a stray card in a normal sheet is just a prompt
      l.y -= 6;
      break;
  }
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
      s.vragen.forEach((v, vi) => vraag(l, sheet, v, veldId(si, vi), nummer(sheet, si, vi)));
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
