/**
 * A worksheet as an editable Word file with the same content as the PDF:
 * header, the "own questions" notice, sections with their finding, every
 * question with room to answer (./antwoordvlak.ts: lines, ☐ boxes, tables),
 * conversation cards to cut, and the same footer. Pure: returns the bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ITableCellBorders,
} from 'docx';
import {
  EIGEN_VRAGEN,
  FASE_LABELS,
  VOOR_LABELS,
  bevindingBron,
  isKaartenblad,
  nummer,
  type Vraag,
  type Werkblad,
  type WerkbladMeta,
} from '../../shared/model';
import {antwoordvlak, teken} from '../../shared/vraagsoorten';
import {ACCENT, CONTENT_WIDTH, DOCX_TEKENAARS, GREY, type Blok} from './antwoordvlak';

const small = (text: string) =>
  new Paragraph({spacing: {after: 120}, children: [new TextRun({text, size: 17, color: GREY})]});

/** A numbered question in bold, kept with its answer area. */
function vraag(v: Vraag, n: number): Blok[] {
  return [
    new Paragraph({
      spacing: {before: 240, after: 80},
      keepNext: true,
      children: [new TextRun({text: `${n}. `, bold: true, color: ACCENT}), new TextRun({text: v.tekst, bold: true})],
    }),
    ...teken(DOCX_TEKENAARS, antwoordvlak(v)),
  ];
}

function kaarten(sheet: Werkblad): Blok[] {
  const dashed = {style: BorderStyle.DASHED, size: 6, color: '999999'};
  const borders: ITableCellBorders = {top: dashed, bottom: dashed, left: dashed, right: dashed};
  const cards = sheet.secties.flatMap((s, si) =>
    s.vragen.map((v, vi) => ({categorie: s.titel, tekst: v.tekst, n: nummer(sheet, si, vi)})),
  );
  const half = Math.floor(CONTENT_WIDTH / 2);
  const rows: TableRow[] = [];
  for (let i = 0; i < cards.length; i += 2) {
    rows.push(
      new TableRow({
        height: {value: 3300, rule: 'exact'},
        cantSplit: true,
        children: [cards[i], cards[i + 1]].map(
          (c) =>
            new TableCell({
              width: {size: half, type: WidthType.DXA},
              borders,
              margins: {top: 200, bottom: 200, left: 240, right: 240},
              children: c
                ? [
                    new Paragraph({
                      spacing: {after: 360},
                      children: [new TextRun({text: c.categorie.toUpperCase(), bold: true, size: 15, color: ACCENT})],
                    }),
                    new Paragraph({children: [new TextRun({text: c.tekst, bold: true, size: 26})]}),
                    new Paragraph({
                      spacing: {before: 360},
                      children: [new TextRun({text: `kaart ${c.n}`, size: 14, color: GREY})],
                    }),
                  ]
                : [new Paragraph({children: []})],
            }),
        ),
      }),
    );
  }
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_2,
      pageBreakBefore: true,
      children: [new TextRun('Kaarten om te knippen')],
    }),
    new Table({width: {size: half * 2, type: WidthType.DXA}, columnWidths: [half, half], rows}),
  ];
}

export async function createDocx(sheet: Werkblad, meta: WerkbladMeta): Promise<Uint8Array> {
  const body: Blok[] = [
    new Paragraph({children: [new TextRun({text: `${meta.siteName} · Werkblad`, size: 18, color: GREY})]}),
    new Paragraph({heading: HeadingLevel.TITLE, children: [new TextRun(sheet.title)]}),
    small(
      `Voor: ${sheet.voor.map((v) => VOOR_LABELS[v]).join(', ')}  ·  Fase: ${sheet.fase.map((f) => FASE_LABELS[f]).join(', ')}`,
    ),
    new Paragraph({heading: HeadingLevel.HEADING_3, children: [new TextRun('Waarvoor')]}),
    new Paragraph({children: [new TextRun(sheet.doel)]}),
    new Paragraph({heading: HeadingLevel.HEADING_3, children: [new TextRun('Zo gebruik je het')]}),
    new Paragraph({children: [new TextRun(sheet.instructie)]}),
    small(EIGEN_VRAGEN),
  ];
  const kaartenblad = isKaartenblad(sheet);
  sheet.secties.forEach((s, si) => {
    body.push(new Paragraph({heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(s.titel)]}));
    if (s.bevinding)
      body.push(small(`Waarop dit rust: ${s.bevinding.tekst} ${bevindingBron(s.bevinding, meta.bronnen)}`));
    if (s.intro) body.push(new Paragraph({children: [new TextRun(s.intro)]}));
    if (!kaartenblad) s.vragen.forEach((v, vi) => body.push(...vraag(v, nummer(sheet, si, vi))));
  });
  if (kaartenblad) body.push(...kaarten(sheet));

  const doc = new Document({
    title: sheet.title,
    subject: sheet.doel,
    description: sheet.description,
    creator: meta.siteName,
    keywords: ['werkblad', ...sheet.fase, ...sheet.voor].join(', '),
    styles: {
      default: {document: {run: {font: 'Calibri', size: 22, language: {value: 'nl-NL'}}}},
    },
    sections: [
      {
        properties: {
          page: {size: {width: 11906, height: 16838}, margin: {top: 1134, bottom: 1134, left: 1134, right: 1134}},
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.LEFT,
                children: [
                  new TextRun({
                    text: `${meta.siteName} · ${meta.editie} · ${meta.url} · pagina `,
                    size: 15,
                    color: GREY,
                  }),
                  new TextRun({children: [PageNumber.CURRENT], size: 15, color: GREY}),
                ],
              }),
            ],
          }),
        },
        children: body,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
