/**
 * The PDF's renderer of every kind of answer area (shared/vraagsoorten.ts):
 * what it draws under a question and the form fields a reader fills in, each
 * field named after the question (v<section>-<question>[-suffix]) and
 * announced with the question's text.
 */
import {rgb} from 'pdf-lib';
import type {Keuze, Tekenaars, VlakVan} from '../../shared/vraagsoorten';
import {GREY, INK, LINE, wrap, tooltip, type Layout} from './opmaak';

/** The question an answer area belongs to. */
export interface Vraagveld {
  /** Left edge and width of the answer area (under the question text, right of its number). */
  x: number;
  width: number;
  /** Form field name: v<section>-<question>. */
  id: string;
  /** "3. <question>": what a screen reader announces for the fields. */
  label: string;
}

/** An answer area ready to draw: how much of it must stay on the page with its question, and the drawing. */
export interface PdfVlak {
  begin: number;
  teken: () => void;
}

const ROW = 20; // a ruled line, and the unit the parity test measures text fields in
const BOX = 11;

function checkbox(l: Layout, name: string, label: string, x: number, y: number): void {
  const cb = l.doc.getForm().createCheckBox(name);
  cb.addToPage(l.page, {x, y, width: BOX, height: BOX, borderWidth: 1, borderColor: INK});
  tooltip(cb, label);
}

/** Boxes under each other, each with its option wrapped beside it; a short list stays on one page. */
function keuzelijst(l: Layout, keuzes: readonly Keuze[], q: Vraagveld): PdfVlak {
  const hoogte = (k: Keuze) => l.height(k.tekst, 10, false, q.width - 18) + 2;
  const begin = keuzes.reduce((h, k) => h + hoogte(k), 0);
  return {
    begin,
    teken: () => {
      l.need(begin);
      for (const k of keuzes) {
        l.need(hoogte(k));
        checkbox(l, `${q.id}-${k.veld}`, `${q.label} ${k.tekst}`, q.x, l.y - 12);
        l.text(k.tekst, {size: 10, x: q.x + 18, gap: 2});
      }
      l.y -= 10;
    },
  };
}

/** Boxes next to each other on one line ("☐ Ja   ☐ Nee"). */
function keuzerij(l: Layout, keuzes: readonly Keuze[], q: Vraagveld): PdfVlak {
  return {
    begin: 44,
    teken: () => {
      l.need(18);
      const y = l.y - 13;
      let x = q.x;
      for (const k of keuzes) {
        checkbox(l, `${q.id}-${k.veld}`, `${q.label} ${k.tekst}`, x, y);
        l.page.drawText(k.tekst, {x: x + 16, y: y + 1.5, size: 10, font: l.fonts.regular, color: INK});
        x += Math.max(60, 32 + l.fonts.regular.widthOfTextAtSize(k.tekst, 10));
      }
      l.y -= 30;
    },
  };
}

function tabel(v: VlakVan<'tabel'>, l: Layout, q: Vraagveld): PdfVlak {
  const labelW = v.rijnamen ? 112 : 0;
  const cw = (q.width - labelW) / v.kolommen.length;
  const size = 8;
  const headH = Math.max(...v.kolommen.map((k) => l.height(k, size, true, cw - 6))) + 6;
  const rowH = (r: string) => Math.max(26, v.rijnamen ? l.height(r, size, false, labelW - 6) + 8 : 0);
  const lines = (text: string, bold: boolean, width: number, x: number, top: number) =>
    wrap(text, bold ? l.fonts.bold : l.fonts.regular, size, width).forEach((t, i) =>
      l.page.drawText(t, {
        x,
        y: top - (i + 1) * size * 1.35 + 2.5,
        size,
        font: bold ? l.fonts.bold : l.fonts.regular,
        color: INK,
      }),
    );
  const head = () => {
    const y = l.y;
    l.page.drawRectangle({
      x: q.x,
      y: y - headH,
      width: q.width,
      height: headH,
      color: rgb(0.92, 0.95, 0.95),
      borderColor: LINE,
      borderWidth: 0.5,
    });
    v.kolommen.forEach((k, c) => lines(k, true, cw - 6, q.x + labelW + c * cw + 3, y - 3));
    l.y -= headH;
  };
  const row = (r: string, ri: number) => {
    const h = rowH(r);
    if (!l.fits(h)) {
      l.newPage();
      head();
    }
    const y = l.y - h;
    l.page.drawRectangle({x: q.x, y, width: q.width, height: h, borderColor: LINE, borderWidth: 0.5});
    if (v.rijnamen) lines(r, false, labelW - 6, q.x + 3, l.y - 4);
    v.kolommen.forEach((k, c) => {
      const cx = q.x + labelW + c * cw;
      l.page.drawLine({start: {x: cx, y}, end: {x: cx, y: y + h}, thickness: 0.5, color: LINE});
      const tf = l.doc.getForm().createTextField(`${q.id}-r${ri + 1}-k${c + 1}`);
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
      tooltip(tf, `${q.label} ${r ? `${r}, ` : `rij ${ri + 1}, `}${k}`);
    });
    l.y = y;
  };
  return {
    begin: 44,
    teken: () => {
      l.need(headH + rowH(v.rijen[0]!));
      head();
      v.rijen.forEach(row);
      l.y -= 14;
    },
  };
}

export const PDF_TEKENAARS: Tekenaars<[Layout, Vraagveld], PdfVlak> = {
  regels: (v, l, q) => ({
    begin: Math.min(v.regels, 3) * ROW,
    teken: () => {
      const h = v.regels * ROW;
      l.need(h);
      for (let i = 1; i <= v.regels; i++) {
        l.page.drawLine({
          start: {x: q.x, y: l.y - i * ROW},
          end: {x: q.x + q.width, y: l.y - i * ROW},
          thickness: 0.5,
          color: LINE,
        });
      }
      const tf = l.doc.getForm().createTextField(q.id);
      if (v.regels > 1) tf.enableMultiline();
      tf.addToPage(l.page, {
        x: q.x,
        y: l.y - h,
        width: q.width,
        height: h,
        borderWidth: 0,
        borderColor: undefined,
        backgroundColor: undefined,
        font: l.fonts.field,
      });
      tf.setFontSize(10);
      tooltip(tf, q.label);
      l.y -= h + 12;
    },
  }),
  keuzes: (v, l, q) => (v.naast ? keuzerij(l, v.keuzes, q) : keuzelijst(l, v.keuzes, q)),
  schaal: (v, l, q) => ({
    begin: 44,
    teken: () => {
      l.need(36);
      const size = 9;
      const step = 34;
      const y = l.y - 14;
      l.page.drawText(v.laag, {x: q.x, y: y + 2, size, font: l.fonts.regular, color: GREY});
      const rg = l.doc.getForm().createRadioGroup(q.id);
      let x = q.x + l.fonts.regular.widthOfTextAtSize(v.laag, size) + 12;
      for (let i = 1; i <= v.stappen; i++) {
        rg.addOptionToPage(String(i), l.page, {x, y, width: 12, height: 12, borderWidth: 1, borderColor: INK});
        l.page.drawText(String(i), {x: x + 3.5, y: y - 11, size: 8, font: l.fonts.regular, color: GREY});
        x += step;
      }
      l.page.drawText(v.hoog, {x: x - step + 24, y: y + 2, size, font: l.fonts.regular, color: GREY});
      tooltip(rg, `${q.label} (1 = ${v.laag}, ${v.stappen} = ${v.hoog})`);
      l.y -= 40;
    },
  }),
  tabel,
  // A conversation card is laid out on its own page (see kaarten in ./index.ts); elsewhere it is just a prompt.
  geen: (_v, l) => ({begin: 44, teken: () => void (l.y -= 6)}),
};
