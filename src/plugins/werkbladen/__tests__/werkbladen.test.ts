import path from 'node:path';
import {beforeAll, describe, expect, it} from 'vitest';
import {formatProblem} from '../../../content/problems';
import {loadContent} from '../../../content/validate';
import {createDocx} from '../server/docx';
import {EIGEN_VRAGEN, isKaartenblad, type Werkblad} from '../shared/model';
import {normalizeOptions, DEFAULT_OPTIONS} from '../options';
import {createPdf} from '../server/pdf';
import {
  aantalVelden,
  alleVragen,
  docxAnswerAreas,
  norm,
  pdfAnswerAreas,
  readDocx,
  readPdf,
  verwachteVlakken,
  type PdfInfo,
} from './helpers';

const SITE = path.resolve(__dirname, '../../../..');
const FIXTURES = path.join(__dirname, '__fixtures__/site');
/** A worksheet PDF embeds two font subsets; 150 kB leaves room without hiding a full-font embed (≈ 700 kB). */
const PDF_BUDGET = 150_000;
const DOCX_BUDGET = 40_000;
const meta = (id: string) => ({
  siteName: 'Kennisbank Gedeeld Opvoederschap',
  editie: 'Editie 2024',
  url: `https://example.org/werkbladen/${id}`,
  bronnen: {'artikel-gezinshuis-ouders': 'Het artikel'},
});

/** The worksheets of a site as the build sees them: validated front matter, with defaults. */
async function werkbladenOf(siteDir: string) {
  const site = await loadContent(siteDir);
  const pages = site.pages.filter((p) => p.kind === 'doc' && p.data.type === 'werkblad');
  return {
    werkbladen: pages.filter((p) => p.valid).map((p) => ({file: p.file, sheet: p.data as unknown as Werkblad})),
    problems: site.problems,
  };
}

const echte = await werkbladenOf(SITE);

describe('the site’s worksheets', () => {
  it('are all valid, and there are at least eight', () => {
    expect(echte.problems.map(formatProblem)).toEqual([]);
    expect(echte.werkbladen.map((w) => w.sheet.id).sort()).toEqual(
      [
        'casus-intervisie',
        'gesprekskaarten',
        'reflectie-relationele-handelingen',
        'rolverheldering',
        'verslag-afstemmingsgesprek',
        'voorbereiding-afstemmingsgesprek',
        'vragenlijst-opvoeders',
        'vragenlijst-ouders',
      ].sort(),
    );
  });

  it.each(echte.werkbladen.map((w) => [w.sheet.id, w.sheet] as const))(
    '%s: every section rests on a finding, or only records facts of the meeting',
    (_id, sheet) => {
      const zonder = sheet.secties.filter(
        (s) => !s.bevinding && s.vragen.some((v) => v.soort !== 'tabel' && !/^Datum/.test(v.tekst)),
      );
      expect(zonder.map((s) => s.titel)).toEqual([]);
    },
  );
});

describe.each(echte.werkbladen.map((w) => [w.sheet.id, w.sheet] as const))('%s', (id, sheet: Werkblad) => {
  let pdfBytes: Uint8Array;
  let pdf: PdfInfo;
  let docx: Awaited<ReturnType<typeof readDocx>>;
  let docxBytes: Uint8Array;

  beforeAll(async () => {
    pdfBytes = await createPdf(sheet, meta(id));
    docxBytes = await createDocx(sheet, meta(id));
    pdf = await readPdf(pdfBytes);
    docx = await readDocx(docxBytes);
  }, 60_000); // generous: the machine is shared and a build may be running

  it('PDF: parses, has title, language, the notice and every question', () => {
    expect(pdf.title).toBe(sheet.title);
    expect(pdf.lang).toBe('nl');
    expect(pdf.text).toContain(norm(sheet.title));
    expect(pdf.text).toContain(norm(EIGEN_VRAGEN));
    for (const q of alleVragen(sheet)) expect(pdf.text).toContain(norm(q));
    expect(pdf.text).toContain(`https://example.org/werkbladen/${id}`);
    expect(pdf.text).toContain('Editie 2024');
  });

  it('PDF: has a form field wherever an answer goes', () => {
    expect(pdf.fields).toHaveLength(aantalVelden(sheet));
  });

  it(`PDF: stays under ${PDF_BUDGET / 1000} kB`, () => {
    expect(pdfBytes.byteLength).toBeLessThan(PDF_BUDGET);
  });

  it('DOCX: unzips, document.xml parses and holds the title and every question', () => {
    expect(docx.xml).toBeTruthy();
    expect(docx.text).toContain(norm(sheet.title));
    expect(docx.text).toContain(norm(EIGEN_VRAGEN));
    for (const q of alleVragen(sheet)) expect(docx.text).toContain(norm(q));
    expect(docx.core).toContain(`<dc:title>${sheet.title}</dc:title>`);
    expect(docxBytes.byteLength).toBeLessThan(DOCX_BUDGET);
  });
});

const fixture = await werkbladenOf(FIXTURES);

describe('the fixture worksheets', () => {
  const {werkbladen, problems} = fixture;
  const messages = problems.map(formatProblem);

  it('loads the good one, with defaults applied', () => {
    expect(werkbladen.map((w) => w.file)).toEqual(['docs/werkbladen/goed.md']);
    const schaal = werkbladen[0]!.sheet.secties[0]!.vragen[2]!;
    expect(schaal).toMatchObject({soort: 'schaal', stappen: 5});
  });

  it('gives each kind of question its fields: 1 text, 2 yes/no, 1 radio group, 3 options, 2×2 + 2×3 cells', async () => {
    const sheet = werkbladen[0]!.sheet;
    expect(aantalVelden(sheet)).toBe(1 + 2 + 1 + 3 + 4 + 6);
    const pdf = await readPdf(await createPdf(sheet, meta('goed')));
    expect(pdf.fields).toHaveLength(17);
    expect(pdf.fields).toContain('v1-3'); // the scale's radio group
    // Dutch characters survive the embedded font subset
    expect(pdf.text).toContain('Letters als ë, é, ï en ‘ ’ „ ” – moeten goed te zien zijn.');
  });

  it('sets the document language in the PDF catalog', async () => {
    const {PDFDocument, PDFName} = await import('pdf-lib');
    const doc = await PDFDocument.load(await createPdf(werkbladen[0]!.sheet, meta('goed')));
    expect(String(doc.catalog.get(PDFName.of('Lang')))).toContain('nl');
  });

  it.each([
    [
      'an unknown kind of question',
      'docs/werkbladen/onbekende-soort.md:14 — veld "secties.0.vragen.0.soort": ontbreekt of is onbekend: kies als soort een van tekst, ja-nee, schaal, checklist, tabel, kaart',
    ],
    [
      'a section without questions',
      'docs/werkbladen/zonder-vragen.md:12 — veld "secties.0.vragen": is leeg: geef minstens één vraag',
    ],
    [
      'a misspelt phase',
      'docs/werkbladen/zonder-vragen.md:9 — veld "fase.0": onbekende fase; kies uit: installatiefase, stabilisatiefase, evaluatiefase',
    ],
    [
      'a missing instruction',
      'docs/werkbladen/zonder-vragen.md:1 — veld "instructie": ontbreekt: leg in een paar zinnen uit hoe je het werkblad gebruikt',
    ],
    [
      'a scale without its two labels',
      'docs/werkbladen/schaal-zonder-labels.md:17 — veld "secties.0.vragen.0.labels": geef twee labels',
    ],
    [
      'a finding with an unknown source',
      'docs/werkbladen/schaal-zonder-labels.md:15 — veld "secties.0.bevinding.bron": onbekende bron',
    ],
  ])('rejects %s', (_what, message) => {
    expect(
      messages.some((m) => m.startsWith(message)),
      messages.join('\n'),
    ).toBe(true);
  });
});

describe('options', () => {
  it('has one set of defaults', () => {
    expect(normalizeOptions(undefined)).toEqual(DEFAULT_OPTIONS);
    expect(normalizeOptions({id: 'default'})).toEqual(DEFAULT_OPTIONS);
  });
  it('rejects a wrong outPath, unknown and removed options in Dutch', () => {
    expect(() => normalizeOptions({outPath: '/werkbladen/'})).toThrow(/optie "outPath": gebruik een map/);
    expect(() => normalizeOptions({map: 'x'})).toThrow(
      /\[werkbladen\] De opties in docusaurus.config.ts kloppen niet:\n {2}✗ onbekende optie "map"/,
    );
    expect(() => normalizeOptions({dir: 'docs/werkbladen'})).toThrow(/optie "dir" bestaat niet meer/);
  });
});

describe('every question gets the same answer area in the PDF and the Word file as its description says', () => {
  it.each(echte.werkbladen.filter((w) => !isKaartenblad(w.sheet)).map((w) => [w.sheet.id, w.sheet] as const))(
    '%s',
    async (id, sheet) => {
      const expected = verwachteVlakken(sheet);
      expect(await pdfAnswerAreas(await createPdf(sheet, meta(id)), sheet)).toEqual(expected);
      expect(await docxAnswerAreas(await createDocx(sheet, meta(id)))).toEqual(expected);
    },
  );
});
