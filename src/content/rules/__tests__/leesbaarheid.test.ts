/**
 * The rule "leesbaarheid" on fixture pages: fluent B1 text with long but clear
 * sentences passes without a signal; the same text chopped into fragments gets
 * a warning per fragment although its figures improve; a passive chain, a long
 * uncommon word and an unmarked field term get theirs; the figures are a guide
 * (a warning, never a failure, also on a parents' page).
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildGlossary} from '../../glossary';
import {formatProblem, isError} from '../../problems';
import {loadContent} from '../../validate';
import {leesbaarheid, meetPagina} from '../leesbaarheid';
import type {RuleFile} from '../types';
import {ctx, mdFile} from './helpers';

const SITE = path.join(__dirname, '__fixtures__/leesbaarheid');
const files = new Map((await loadContent(SITE)).pages.map((p) => [p.file, p as RuleFile] as const));

const begrip = (id: string, term: string, aliases: string[] = []) => ({
  file: `docs/begrippen/${id}.md`,
  data: {id, term, aliases, definitie: 'Uitleg.', engels: id, verwant: []},
  permalink: `/begrippen/${id}`,
});
const glossaries = new Map([
  [
    'current',
    buildGlossary([
      begrip('stabilisatiefase', 'stabilisatiefase'),
      begrip('casusregisseur', 'casusregisseur', ['casusregisseurs']),
      begrip('intervisie', 'intervisie'),
      begrip('rolverheldering', 'rolverheldering'),
    ]),
  ],
]);

const check = (file: string) => {
  const f = files.get(file);
  if (!f) throw new Error(`fixture ${file} ontbreekt`);
  const problems = leesbaarheid.check(f, ctx({glossaries}));
  return {fouten: problems.filter(isError).map(formatProblem), waarschuwingen: problems.filter((p) => !isError(p))};
};
const soorten = (ws: {message: string}[]) =>
  ws.map(
    (w) =>
      /^(zin zonder werkwoord|\d+ zinnen achter elkaar in de lijdende vorm|moeilijk woord|vakwoord zonder uitleg|.*B1-richtlijn)/.exec(
        w.message,
      )?.[1],
  );

describe('leesbaarheid: fluent text passes, chopped text does not', () => {
  it('passes fluent B1 text with long but clear sentences: no signal, only the figures as a guide', () => {
    const {fouten, waarschuwingen} = check('docs/voor-ouders/vloeiend.md');
    expect(fouten).toEqual([]);
    expect(waarschuwingen.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^docs\/voor-ouders\/vloeiend\.md:11 — Flesch-Douma \d+, [\d,]+ woorden per zin, [\d,]+% lange zinnen; boven de B1-richtlijn: .*Dit is een richtgetal, geen eis: knip een zin niet in losse stukjes om het te halen\./,
      ),
    ]);
  });

  it('flags each verbless fragment of the chopped version, although its figures are within the guide', () => {
    const gehakt = files.get('docs/voor-ouders/gehakt.md')!;
    const vloeiend = files.get('docs/voor-ouders/vloeiend.md')!;
    // Chopping lowers the sentence length and raises Flesch–Douma …
    expect(meetPagina(gehakt).gemiddeldeZinslengte).toBeLessThan(meetPagina(vloeiend).gemiddeldeZinslengte);
    expect(meetPagina(gehakt).fleschDouma).toBeGreaterThan(meetPagina(vloeiend).fleschDouma);
    // … and still the fragments are flagged, with their line and the sentence.
    const {fouten, waarschuwingen} = check('docs/voor-ouders/gehakt.md');
    expect(fouten).toEqual([]);
    expect(waarschuwingen.map(formatProblem)).toEqual([
      'docs/voor-ouders/gehakt.md:13 — zin zonder werkwoord: „Een voorbeeld uit het onderzoek Jouw Gezin, Mijn Zorg?.” Een lezer verwacht een hele zin. Voeg dit stuk bij de zin ervoor of erna, of maak er een zin met een werkwoord van. [leesbaarheid]',
      'docs/voor-ouders/gehakt.md:15 — zin zonder werkwoord: „Dan de afspraken.” Een lezer verwacht een hele zin. Voeg dit stuk bij de zin ervoor of erna, of maak er een zin met een werkwoord van. [leesbaarheid]',
    ]);
  });

  it('flags the old "clear" parents’ page for its fragment, not for its figures', () => {
    const {fouten, waarschuwingen} = check('docs/voor-ouders/helder.md');
    expect(fouten).toEqual([]);
    expect(waarschuwingen.map(formatProblem)).toEqual([
      'docs/voor-ouders/helder.md:11 — zin zonder werkwoord: „Over je kind, over de afspraken en over hulp voor jezelf.” Een lezer verwacht een hele zin. Voeg dit stuk bij de zin ervoor of erna, of maak er een zin met een werkwoord van. [leesbaarheid]',
    ]);
  });
});

describe('leesbaarheid: what hurts a B1 reader', () => {
  it('flags three passive sentences in a row, naming the verbs, not two', () => {
    expect(check('docs/lijdend.md').waarschuwingen.map(formatProblem)).toEqual([
      'docs/lijdend.md:11 — 3 zinnen achter elkaar in de lijdende vorm (wordt … besproken; wordt … opgeschreven; wordt … gestuurd), vanaf „Het plan wordt in de eerste week besproken.” Zeg wie iets doet: „de begeleider bespreekt het plan” leest makkelijker dan „het plan wordt besproken”. [leesbaarheid]',
    ]);
  });

  it('flags a long uncommon word and an unmarked, unexplained field term; not a marked, explained or linked one', () => {
    const {fouten, waarschuwingen} = check('docs/woorden.md');
    expect(fouten).toEqual([]);
    expect(waarschuwingen.map(formatProblem)).toEqual([
      'docs/woorden.md:11 — moeilijk woord: „aanknopingspunten” is lang en weinig gebruikt. Kies een gewoner woord, of leg het uit in dezelfde of de volgende zin. [leesbaarheid]',
      'docs/woorden.md:13 — vakwoord zonder uitleg: „stabilisatiefase” staat in de begrippenlijst, maar deze pagina markeert of verklaart het niet. Markeer het één keer met [[stabilisatiefase]], of leg het uit in dezelfde of de volgende zin. [leesbaarheid]',
    ]);
  });

  it('flags a fragment in kort_gezegd on the line of the field', () => {
    expect(soorten(check('docs/kort-gezegd-fragment.md').waarschuwingen)).toEqual(['zin zonder werkwoord']);
    expect(formatProblem(check('docs/kort-gezegd-fragment.md').waarschuwingen[0]!)).toMatch(
      /^docs\/kort-gezegd-fragment\.md:9 — veld "kort_gezegd": zin zonder werkwoord: „Een lastige plek\.”/,
    );
  });
});

describe('leesbaarheid: the figures are a guide', () => {
  it('only warns about a parents’ page with long sentences, with the figures and the longest sentences', () => {
    const {fouten, waarschuwingen} = check('docs/voor-ouders/te-lange-zinnen.md');
    expect(fouten).toEqual([]);
    const richtlijn = waarschuwingen.map(formatProblem).filter((w) => w.includes('B1-richtlijn'));
    expect(richtlijn).toHaveLength(1);
    expect(richtlijn[0]).toMatch(
      /^docs\/voor-ouders\/te-lange-zinnen\.md:11 — Flesch-Douma \d+, 18,0 woorden per zin, 75% lange zinnen; boven de B1-richtlijn: /,
    );
    expect(richtlijn[0]).toContain(
      '75% van de zinnen is langer dan 15 woorden (hoogstens 20%), bijvoorbeeld regel 11 (24 woorden): „Ouders vinden het belangrijk dat ze betrokken en …”; regel 13 (22 woorden)',
    );
  });

  it('only warns about a kort_gezegd or a definitie with a sentence over 15 words', () => {
    expect(check('docs/kort-gezegd-te-moeilijk.md')).toEqual({
      fouten: [],
      waarschuwingen: [
        expect.objectContaining({
          line: 9,
          field: 'kort_gezegd',
          message: expect.stringContaining(
            'boven de B1-richtlijn voor korte teksten: een zin van 24 woorden (hoogstens 15): „Het onderzoek Zo thuis mogelijk, dat in het …”.',
          ),
        }),
      ],
    });
    expect(soorten(check('docs/definitie-te-lang.md').waarschuwingen)).toEqual(['boven de B1-richtlijn']);
  });

  it('warns about a page without kort_gezegd', () => {
    expect(check('docs/handleiding-zonder-kort-gezegd.md').waarschuwingen.map(formatProblem)).toContain(
      'docs/handleiding-zonder-kort-gezegd.md:1 — veld "kort_gezegd": deze pagina heeft nog geen "Kort gezegd". Zet in de front matter kort_gezegd: "…" met 3 tot 5 korte zinnen die zeggen wat op deze pagina staat. [leesbaarheid]',
    );
  });

  it('never fails: every finding is a warning, on any page', () => {
    for (const f of files.values()) expect(leesbaarheid.check(f, ctx({glossaries})).filter(isError)).toEqual([]);
  });

  it('does not measure a translation with Dutch word lists', () => {
    expect(leesbaarheid.appliesTo!({...mdFile('Text.'), locale: 'en'})).toBe(false);
    expect(leesbaarheid.appliesTo!(mdFile('Tekst.'))).toBe(true);
  });
});
