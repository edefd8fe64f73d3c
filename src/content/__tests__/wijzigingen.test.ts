/**
 * Change notes and errata as data: what the schemas accept and reject (with the Dutch message on
 * the right field and line), and the "Laatst gewijzigd" date markdown.parseFrontMatter derives from
 * them — the newest note or erratum, never a commit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {changeNotesVcs} from '../../config/vcs';
import {vandaag} from '../datum';
import {loadErrata, type Erratum} from '../errata';
import {validateFrontMatter, type ContentFile} from '../frontMatter';
import {formatProblem} from '../problems';
import {contentSchemas, wijzigingenSchema} from '../schema';
import {metWijzigingsdatum} from '../wijzigingen';

const TODAY = '2026-12-05';
const issues = (value: unknown) => {
  const r = wijzigingenSchema(TODAY).safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('wijzigingen in front matter', () => {
  it('accepts notes newest first, also with a date YAML read as a date', () => {
    expect(
      issues([
        {datum: '2026-12-05', tekst: 'De betekenis van de tweede alinea is hersteld.'},
        {datum: new Date('2026-11-29'), tekst: 'Een voorbeeld uit het artikel toegevoegd.'},
      ]),
    ).toEqual([]);
  });
  it.each([
    [
      'a date in the future',
      [{datum: '2026-12-06', tekst: 'Een wijziging van morgen.'}],
      /^0\.datum: ligt in de toekomst \(vandaag is 2026-12-05\)/,
    ],
    [
      'a day that does not exist',
      [{datum: '2026-02-30', tekst: 'Een wijziging op een dag die niet bestaat.'}],
      /^0\.datum: bestaat niet/,
    ],
    [
      'the wrong form',
      [{datum: '5-12-2026', tekst: 'Een wijziging met een Nederlandse datum.'}],
      /^0\.datum: moet een datum zijn als JJJJ-MM-DD/,
    ],
    [
      'the oldest first',
      [
        {datum: '2026-11-29', tekst: 'De oudere wijziging staat bovenaan.'},
        {datum: '2026-12-05', tekst: 'De nieuwere wijziging staat eronder.'},
      ],
      /^1\.datum: staat niet op volgorde: 2026-12-05 is nieuwer dan 2026-11-29 erboven\. Zet de nieuwste wijziging bovenaan$/,
    ],
    [
      'the same note twice',
      [
        {datum: '2026-12-05', tekst: 'Dezelfde wijziging.'},
        {datum: '2026-12-05', tekst: 'Dezelfde wijziging.'},
      ],
      /^1: staat twee keer in de lijst/,
    ],
    ['no sentence', [{datum: '2026-12-05', tekst: 'Kort.'}], /^0\.tekst: is te kort/],
    [
      'an unknown field',
      [{datum: '2026-12-05', tekst: 'Een wijziging met een veld te veel.', wie: 'redactie'}],
      /^0: /,
    ],
  ])('rejects %s', (_what, value, message) => {
    expect(issues(value)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  const file = (rel: string, raw: string): ContentFile => ({
    file: rel,
    kind: 'doc',
    edition: rel.startsWith('versioned_docs') ? '2021' : 'current',
    locale: 'nl',
    raw,
  });
  const fm = {
    id: 'houding',
    slug: '/handleiding/houding',
    title: 'Houding',
    description: 'Acht kenmerken van een houding die gericht is op relatie en samenwerking.',
    type: 'handleiding',
    bronnen: [{bron: 'artikel-gezinshuis-ouders'}],
  };
  const schemas = contentSchemas(['artikel-gezinshuis-ouders'], {vandaag: TODAY});

  it('refuses change notes on a page of a frozen edition, and last_update on any page, saying what to do', () => {
    const raw =
      '---\nid: houding\nwijzigingen:\n  - datum: "2026-12-05"\n    tekst: "Een correctie in de oude editie."\nlast_update:\n  date: 2026-12-01\n---\n';
    const problems = validateFrontMatter(
      file('versioned_docs/version-2021/handleiding/houding.md', raw),
      {
        ...fm,
        wijzigingen: [{datum: '2026-12-05', tekst: 'Een correctie in de oude editie.'}],
        last_update: {date: '2026-12-01'},
      },
      schemas,
    ).problems.map(formatProblem);
    expect(problems).toEqual([
      expect.stringMatching(
        /^versioned_docs\/version-2021\/handleiding\/houding\.md:3 — veld "wijzigingen": de editie 2021 is vastgezet: .*erratum in src\/data\/errata\/2021\.yml/,
      ),
      expect.stringMatching(
        /:6 — veld "last_update": laat dit veld weg: de datum „Laatst gewijzigd” komt uit "wijzigingen"/,
      ),
    ]);
  });
});

describe('Laatst gewijzigd (last_update) from change notes', () => {
  const erratum = (id: string, datum: string, bestanden: string[]): Erratum => ({
    id,
    datum,
    soort: 'taal',
    bestanden,
    gegevens: [],
    wat: `Correctie ${id} van de pagina.`,
    waarom: 'Omdat het zo beter klopt met de bron.',
  });
  const errata = new Map([
    [
      '2021',
      [
        erratum('nieuw', '2026-12-05', ['versioned_docs/version-2021/handleiding/houding.md']),
        erratum('oud', '2026-11-29', [
          'versioned_docs/version-2021/handleiding/houding.md',
          'versioned_docs/version-2021/handleiding/index.md',
        ]),
      ],
    ],
  ]);

  it('is the newest change note of a current page', () => {
    const out = metWijzigingsdatum(
      {
        wijzigingen: [
          {datum: '2026-12-05', tekst: 'Nieuw.'},
          {datum: '2026-11-29', tekst: 'Ouder.'},
        ],
      },
      {file: 'docs/handleiding/houding.md', kind: 'doc', edition: 'current'},
      errata,
    );
    expect(out.last_update).toEqual({date: '2026-12-05'});
  });

  it('is absent when a page has no notes: no invented date', () => {
    const out = metWijzigingsdatum(
      {title: 'Houding'},
      {file: 'docs/handleiding/houding.md', kind: 'doc', edition: 'current'},
      errata,
    );
    expect(out).toEqual({title: 'Houding'});
  });

  it('on a page of a frozen edition, comes from its errata (and those of the page a translation translates)', () => {
    const out = metWijzigingsdatum(
      {},
      {file: 'versioned_docs/version-2021/handleiding/houding.md', kind: 'doc', edition: '2021'},
      errata,
    );
    expect(out.wijzigingen).toEqual([
      {datum: '2026-12-05', tekst: 'Correctie nieuw van de pagina.', erratum: 'nieuw'},
      {datum: '2026-11-29', tekst: 'Correctie oud van de pagina.', erratum: 'oud'},
    ]);
    expect(out.last_update).toEqual({date: '2026-12-05'});
    const en = metWijzigingsdatum(
      {},
      {file: 'i18n/en/docusaurus-plugin-content-docs/version-2021/handleiding/index.md', kind: 'doc', edition: '2021'},
      errata,
    );
    expect(en.last_update).toEqual({date: '2026-11-29'});
  });

  it('never comes from a commit: the VCS answers no date for content files, and asks git for the rest', async () => {
    const vcs = changeNotesVcs('hardcoded', '/site');
    expect(await vcs.getFileLastUpdateInfo('/site/docs/handleiding/houding.md')).toBeNull();
    expect(await vcs.getFileLastUpdateInfo('/site/versioned_docs/version-2021/handleiding/index.md')).toBeNull();
    expect(await vcs.getFileLastUpdateInfo('/site/blog/2026-11-22-kenniscafe.md')).toBeNull();
    expect(await vcs.getFileLastUpdateInfo('/site/i18n/en/docusaurus-plugin-content-docs/current/x.md')).toBeNull();
    expect(await vcs.getFileLastUpdateInfo('/site/src/pages/over.md')).not.toBeNull();
  });
});

describe('errata file', () => {
  const load = (yml: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'errata-'));
    try {
      fs.mkdirSync(path.join(dir, 'src/data/errata'), {recursive: true});
      fs.writeFileSync(path.join(dir, 'src/data/errata/2021.yml'), yml);
      return loadErrata(dir, '2021', ['artikel-gezinshuis-ouders'], TODAY);
    } finally {
      fs.rmSync(dir, {recursive: true, force: true});
    }
  };
  const goed = `- id: goed
  datum: 2026-12-01
  soort: inhoud
  bestanden: [versioned_docs/version-2021/handleiding/houding.md]
  wat: "De zin over gastvrij zijn zegt nu wat het artikel zegt."
  waarom: "De oude zin ging verder dan het artikel."
  bronnen:
    - bron: artikel-gezinshuis-ouders
      waar: "Box 1"
`;

  it('reads valid errata (an unquoted date too), newest first', () => {
    const {errata, problems} = load(goed + goed.replace('id: goed', 'id: later').replace('2026-12-01', '2026-12-03'));
    expect(problems).toEqual([]);
    expect(errata.map((e) => [e.id, e.datum])).toEqual([
      ['later', '2026-12-03'],
      ['goed', '2026-12-01'],
    ]);
  });

  it.each([
    [
      'a correction of content without its source',
      goed.replace(/ {2}bronnen:[\s\S]*$/, ''),
      /:1 — veld "0\.bronnen": ontbreekt: een inhoudelijke correctie noemt de bronpassage/,
    ],
    [
      'nothing it corrects',
      goed.replace('bestanden: [versioned_docs/version-2021/handleiding/houding.md]', 'bestanden: []'),
      /:4 — veld "0\.bestanden": noem wat er gecorrigeerd is/,
    ],
    [
      'an unknown kind',
      goed.replace('soort: inhoud', 'soort: spelling'),
      /:3 — veld "0\.soort": ontbreekt of is onbekend; kies uit: inhoud, taal, aanvulling, editie/,
    ],
    ['a date in the future', goed.replace('2026-12-01', '2027-01-01'), /:2 — veld "0\.datum": ligt in de toekomst/],
    [
      'an unknown source',
      goed.replace('bron: artikel-gezinshuis-ouders', 'bron: artikel'),
      /veld "0\.bronnen\.0\.bron": onbekende bron/,
    ],
    [
      'an unknown field',
      goed.replace('soort: inhoud', 'soort: inhoud\n  auteur: iemand'),
      /:4 — .*onbekende velden: auteur/,
    ],
    ['an id used twice', goed + goed, /:10 — veld "1\.id": "goed" is al de id van erratum 1/],
    [
      'a data record in the wrong form',
      goed.replace(
        'bestanden: [versioned_docs/version-2021/handleiding/houding.md]',
        'gegevens: [artikel-gezinshuis-ouders]',
      ),
      /veld "0\.gegevens\.0": moet de vorm bron:<sleutel>/,
    ],
    ['not a list', 'id: los\n', /:1 — moet een lijst van errata zijn/],
  ])('rejects %s, naming the line and what to do', (_what, yml, message) => {
    const {problems} = load(yml);
    expect(problems.map(formatProblem)).toEqual(expect.arrayContaining([expect.stringMatching(message)]));
  });

  it('today is the date in the Netherlands', () => {
    // 23:30 UTC on 4 December is 00:30 on 5 December in Amsterdam.
    expect(vandaag(new Date('2026-12-04T23:30:00Z'))).toBe('2026-12-05');
  });
});
