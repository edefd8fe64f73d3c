/**
 * The page of a worksheet PDF: A4 with its margins, colours and fonts, line
 * wrapping, and a top-down cursor that starts a new page when a block would
 * not fit. What the worksheet and its answer areas draw with.
 */
import {PDFHexString, PDFName, rgb, type PDFDocument, type PDFField, type PDFFont, type PDFPage} from 'pdf-lib';

export const A4: [number, number] = [595.28, 841.89];
export const MARGIN = 56; // 2 cm
export const FOOTER = 48;
export const WIDTH = A4[0] - 2 * MARGIN;
/** Room for the question number ("12.") left of the question. */
export const INDENT = 26;
export const INK = rgb(0.1, 0.1, 0.12);
export const GREY = rgb(0.35, 0.35, 0.38);
export const LINE = rgb(0.6, 0.6, 0.63);
export const ACCENT = rgb(0.09, 0.35, 0.4);

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  /** For what a reader types into a field. */
  field: PDFFont;
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
export class Layout {
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
  /** Whether a block of this height still fits above the footer. */
  fits(height: number): boolean {
    return this.y - height >= MARGIN + FOOTER - 20;
  }
  need(height: number): void {
    if (!this.fits(height)) this.newPage();
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

/** TU: the name a screen reader announces for a form field. */
export function tooltip(field: PDFField, text: string): void {
  field.acroField.dict.set(PDFName.of('TU'), PDFHexString.fromText(text));
}
