/**
 * The Word file's renderer of every kind of answer area (shared/vraagsoorten.ts):
 * ruled empty lines, ☐ boxes, a scale of boxes between its two labels, or a
 * table with empty cells, placed under the question.
 */
import {BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type ITableCellBorders} from 'docx';
import type {Tekenaars} from '../../shared/vraagsoorten';

export const GREY = '595959';
export const ACCENT = '175966';
export const CONTENT_WIDTH = 9638; // A4 minus 2 × 2 cm, in twentieths of a point
const BOX = '☐';

export type Blok = Paragraph | Table;

const line = () =>
  new Paragraph({
    spacing: {before: 240},
    border: {bottom: {style: BorderStyle.SINGLE, size: 4, color: '999999', space: 1}},
    children: [],
  });

function cell(
  text: string,
  o: {bold?: boolean; width: number; borders?: ITableCellBorders; shade?: boolean},
): TableCell {
  return new TableCell({
    width: {size: o.width, type: WidthType.DXA},
    borders: o.borders,
    shading: o.shade ? {fill: 'EAF2F3'} : undefined,
    margins: {top: 80, bottom: 80, left: 100, right: 100},
    children: [new Paragraph({children: [new TextRun({text, bold: o.bold, size: 18})]})],
  });
}

export const DOCX_TEKENAARS: Tekenaars<[], Blok[]> = {
  regels: (v) => Array.from({length: v.regels}, line),
  keuzes: (v) =>
    v.naast
      ? [new Paragraph({children: [new TextRun(v.keuzes.map((k) => `${BOX} ${k.tekst}`).join('      '))]})]
      : v.keuzes.map((k) => new Paragraph({indent: {left: 280}, children: [new TextRun(`${BOX} ${k.tekst}`)]})),
  schaal: (v) => [
    new Paragraph({
      children: [
        new TextRun({text: `${v.laag}   `, color: GREY, size: 18}),
        new TextRun(Array.from({length: v.stappen}, (_, i) => `${BOX} ${i + 1}`).join('   ')),
        new TextRun({text: `   ${v.hoog}`, color: GREY, size: 18}),
      ],
    }),
  ],
  tabel: (v) => {
    const labelW = v.rijnamen ? 2200 : 0;
    const cw = Math.floor((CONTENT_WIDTH - labelW) / v.kolommen.length);
    const head = new TableRow({
      tableHeader: true,
      children: [
        ...(v.rijnamen ? [cell('', {width: labelW, shade: true})] : []),
        ...v.kolommen.map((k) => cell(k, {bold: true, width: cw, shade: true})),
      ],
    });
    const rows = v.rijen.map(
      (r) =>
        new TableRow({
          height: {value: 480, rule: 'atLeast'},
          children: [...(v.rijnamen ? [cell(r, {width: labelW})] : []), ...v.kolommen.map(() => cell('', {width: cw}))],
        }),
    );
    return [
      new Table({
        width: {size: CONTENT_WIDTH, type: WidthType.DXA},
        columnWidths: [...(v.rijnamen ? [labelW] : []), ...v.kolommen.map(() => cw)],
        rows: [head, ...rows],
      }),
    ];
  },
  // Conversation cards are laid out as cards to cut (kaarten in ./index.ts); elsewhere nothing goes under them.
  geen: () => [],
};
