/**
 * One description per kind of question, three renderers: for every kind in
 * QUESTION_KINDS, the fixture worksheet has a question of that kind, and the
 * web page, the PDF and the Word file give it the answer area written down
 * here. A new kind fails this test until it has its question in
 * __fixtures__/site/docs/werkbladen/goed.md and its line in EXPECTED.
 */
import path from 'node:path';
import React from 'react';
import {renderToStaticMarkup} from 'react-dom/server';
import * as cheerio from 'cheerio';
import {describe, expect, it, vi} from 'vitest';
import {loadContent} from '../../../content/validate';
import {QUESTION_KINDS, type QuestionKind} from '../../../content/vocabulary';
import {createDocx} from '../server/docx';
import {createPdf} from '../server/pdf';
import {nummer, type Werkblad} from '../shared/model';
import {antwoordvlak} from '../shared/vraagsoorten';
import Antwoordvlak from '../theme/Werkblad/Antwoordvlak';
import {docxAnswerAreas, pdfAnswerAreas, telling, type Telling, type Vlakken} from './helpers';

// The page's texts as their Dutch messages: what Docusaurus renders for the default locale.
vi.mock('@docusaurus/Translate', () => {
  const fill = (message: string, values?: Record<string, unknown>) =>
    message.replace(/\{(\w+)\}/g, (_, k: string) => String(values?.[k]));
  return {
    default: ({children}: {children: string}) => children,
    translate: ({message}: {message: string}, values?: Record<string, unknown>) => fill(message, values),
  };
});

/** What a reader must get for the fixture's question of each kind. */
const EXPECTED: Record<QuestionKind, Telling> = {
  tekst: {vakjes: 0, regels: 3, cellen: 0},
  'ja-nee': {vakjes: 2, regels: 0, cellen: 0},
  schaal: {vakjes: 5, regels: 0, cellen: 0}, // the schema's default of 5 steps
  checklist: {vakjes: 3, regels: 0, cellen: 0},
  tabel: {vakjes: 0, regels: 0, cellen: 4}, // 2 named rows × 2 columns
  kaart: {vakjes: 0, regels: 0, cellen: 0},
};

const site = await loadContent(path.join(__dirname, '__fixtures__/site'));
const sheet = site.pages.find((p) => p.kind === 'doc' && p.valid && p.data.id === 'goed')!.data as unknown as Werkblad;
const vragen = sheet.secties.flatMap((s, si) => s.vragen.map((v, vi) => ({v, n: nummer(sheet, si, vi)})));
const meta = {siteName: 'Kennisbank', editie: 'Editie 2024', url: 'https://example.org/werkbladen/goed', bronnen: {}};
const [pdf, docx] = await Promise.all([
  createPdf(sheet, meta).then((b) => pdfAnswerAreas(b, sheet)),
  createDocx(sheet, meta).then(docxAnswerAreas),
]);

/** What the page shows per question, counted the way the browser test counts the built page. */
function webAnswerAreas(): Vlakken {
  const html = renderToStaticMarkup(
    <ol>
      {vragen.map(({v, n}) => (
        <li key={n} data-vraag={n}>
          <Antwoordvlak vraag={v} n={n} lang={undefined} />
        </li>
      ))}
    </ol>,
  );
  const $ = cheerio.load(html);
  return Object.fromEntries(
    $('li[data-vraag]')
      .toArray()
      .map((li) => [
        Number($(li).attr('data-vraag')),
        {
          vakjes: $(li).find('[data-vakje]').length,
          regels: Number($(li).find('[data-regels]').attr('data-regels') ?? 0),
          cellen: $(li).find('tbody td').length,
        },
      ]),
  );
}
const web = webAnswerAreas();

describe.each(QUESTION_KINDS.map((k) => [k]))('question kind %s', (kind) => {
  const q = vragen.find(({v}) => v.soort === kind);

  it('has a question in the fixture worksheet', () => {
    expect(q, `zet een vraag met soort: ${kind} in __fixtures__/site/docs/werkbladen/goed.md`).toBeDefined();
  });

  it('is described with the answer area it should get', () => {
    expect(telling(antwoordvlak(q!.v))).toEqual(EXPECTED[kind]);
  });

  it.each(['web', 'pdf', 'docx'] as const)('gets that answer area in %s', (medium) => {
    const areas = {web, pdf, docx}[medium];
    // A question without an answer area may be left out of a file's count altogether.
    expect(areas[q!.n] ?? {vakjes: 0, regels: 0, cellen: 0}).toEqual(EXPECTED[kind]);
  });
});

describe('the web page', () => {
  it('names each answer area for screen readers and translates only the site’s own words', () => {
    const html = renderToStaticMarkup(
      <>
        {vragen.map(({v, n}) => (
          <Antwoordvlak key={n} vraag={v} n={n} lang="en" />
        ))}
      </>,
    );
    expect(html).toContain('role="img" lang="en" aria-label="Ruimte voor je antwoord: 3 regels"');
    expect(html).toMatch(/<p class="[^"]*keuzes[^"]*" lang="en">/);
    expect(html).toMatch(/<ul class="[^"]*checklist[^"]*"><li>/);
    expect(html).toContain('aria-label="Invultabel bij vraag 5"');
    expect(html).toContain('<th scope="row">Dagelijkse zorg</th>');
  });
});
