/**
 * The rule "spelling": what it checks and skips, where it points, what it
 * says, and the words it knows without the dictionary. Most tests use a small
 * dictionary; one uses cspell's Dutch dictionary itself, so a broken install or
 * API change fails here.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatProblem} from '../../problems';
import {loadContent} from '../../validate';
import {
  eigenWoorden,
  laadSpelling,
  leesWoordenlijst,
  maakSpelling,
  nederlandsWoordenboek,
  spelling,
  spellingProblemen,
  woordenIn,
} from '../spelling';
import {ctx, mdFile} from './helpers';

const WOORDENBOEK = new Set(
  (
    'de het een en in op is zijn van met voor ouders ouder kind kinderen jongere samen praten huis gezinshuis ' +
    "onmiddellijk school nieuwe dat doen niet één e.a. dia's zie pagina link tekst zo'n stap voor aanpak titel " +
    'vraag vragen wat wil je weten over goed gesprek vertelt nog zo'
  ).split(' '),
);
const klein = {
  has: (w: string) => WOORDENBOEK.has(w),
  suggest: (w: string) => (w === 'onmiddelijk' ? ['onmiddellijk'] : w === 'gesprk' ? ['gesprek', 'gespreid'] : []),
};
const sp = maakSpelling(klein, new Set(['praktikon', 'rolverschillen']));

describe('maakSpelling', () => {
  it('knows dictionary words, and the project’s own words in any case', () => {
    expect(['huis', 'Praktikon', 'praktikon', 'Rolverschillen'].map((w) => sp.kent(w))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(sp.kent('hius')).toBe(false);
  });

  it('accepts a capital at the start of a sentence, "Eén", and stress accents on a right word', () => {
    expect(['Ouders', 'Eén', 'dóén', 'níet'].map((w) => sp.kent(w))).toEqual([true, true, true, true]);
    expect(sp.kent('dóén')).toBe(true);
    expect(sp.kent('hóis')).toBe(false);
  });

  it('accepts an abbreviation with its dot, a typographic apostrophe, and a hyphenated compound of right words', () => {
    expect(['e.a', 'dia’s', 'zo’n', 'stap-voor-stap-aanpak'].map((w) => sp.kent(w))).toEqual([true, true, true, true]);
    expect(sp.kent('stap-voor-stap-aampak')).toBe(false);
  });
});

describe('woordenIn', () => {
  it('leaves out addresses, domain names, paths, file names and heading ids', () => {
    expect(
      woordenIn(
        'Zie https://voorbeeld.nl/a-b, www.pleegzorg.nl, pleegzorg.nl, info@voorbeeld.nl, /handleiding/houding en authors.yml {#mijn-id}',
      ).map((w) => w.woord),
    ).toEqual(['Zie', 'en']);
  });
});

describe('leesWoordenlijst', () => {
  it('reads one word per line and ignores comments and empty lines', () => {
    expect(leesWoordenlijst('# kop\n\nPraktikon  # een naam\nvakmens\n')).toEqual(['Praktikon', 'vakmens']);
  });
});

describe('spellingProblemen', () => {
  it('names file, line, column, the word, a suggestion and what to do when the word is right', () => {
    const f = mdFile('Ouders praten samen.\n\nHet gezinshuis vertelt het onmiddelijk.\n');
    expect(spellingProblemen(f, sp).map(formatProblem)).toEqual([
      'docs/bijdrage.md:6 — kolom 28: "onmiddelijk" staat niet in het Nederlandse woordenboek. Bedoel je "onmiddellijk"? Is het woord goed gespeld (een naam of vakterm)? Zet het dan in src/data/woorden.txt, één woord per regel. [spelling]',
    ]);
  });

  it('reports a word once per file, naming its other lines', () => {
    const f = mdFile('Een gesprk.\n\nNog een gesprk.\n\nEn een gesprk.\n');
    const [p, ...rest] = spellingProblemen(f, sp);
    expect(rest).toEqual([]);
    expect(p!.line).toBe(4);
    expect(p!.message).toContain(
      '"gesprk" staat niet in het Nederlandse woordenboek (ook op regel 6, 8). Bedoel je "gesprek" of "gespreid"?',
    );
  });

  it('skips code, inline code, HTML, URLs and the target of a glossary marker, but checks link texts and what a marker shows', () => {
    const body = [
      'Zie `npm run chek` en <span class="x">de</span> [tekst](https://voorbeeld.nl/xyzzy).',
      '',
      '```',
      'qwrtz',
      '```',
      '',
      'Een [[gezinshuisouders|ouders]] en een [[pleegouderr]].',
      '',
      'Een [linnk](/pagina) en een [[begrip|ouderr]].',
    ].join('\n');
    expect(spellingProblemen(mdFile(body), sp).map((p) => [p.line, /"([^"]+)"/.exec(p.message)![1]])).toEqual([
      [12, 'linnk'],
      [12, 'ouderr'],
    ]);
  });

  it('checks the front-matter fields a reader sees, on the line of the field', () => {
    const raw = [
      '---',
      'id: x',
      'title: Een titl',
      'type: werkblad',
      'kort_gezegd: "Ouders en kinderen praten samen. Zo is het goed."',
      'secties:',
      '  - titel: Vragen',
      '    vragen:',
      '      - soort: checklist',
      '        tekst: Wat wil je weten?',
      '        opties: [huis, schooll]',
      'engels: "family-style group home"',
      '---',
      'Ouders praten samen.',
    ].join('\n');
    const f = {
      ...mdFile(''),
      raw,
      data: {
        id: 'x',
        title: 'Een titl',
        type: 'werkblad',
        kort_gezegd: 'Ouders en kinderen praten samen. Zo is het goed.',
        secties: [
          {titel: 'Vragen', vragen: [{soort: 'checklist', tekst: 'Wat wil je weten?', opties: ['huis', 'schooll']}]},
        ],
        engels: 'family-style group home',
      },
    };
    expect(
      spellingProblemen({...f, tree: mdFile('').tree}, sp).map(
        (p) => `${p.line} ${p.field} ${/"([^"]+)"/.exec(p.message)![1]}`,
      ),
    ).toEqual(['3 title titl', '11 secties.0.vragen.0.opties.1 schooll']);
  });
});

describe('the rule', () => {
  it('fails closed when no speller was loaded', () => {
    expect(spelling.check(mdFile('Ouders.'), ctx()).map(formatProblem)).toEqual([
      'docs/bijdrage.md:1 — de spellingcontrole kon niet starten: er is geen woordenboek geladen. Meld dit aan de beheerders van de site. [spelling]',
    ]);
  });

  it('checks Dutch pages only', () => {
    expect(spelling.appliesTo!({...mdFile('x'), locale: 'en'})).toBe(false);
    expect(spelling.appliesTo!(mdFile('x'))).toBe(true);
  });
});

describe('the site’s own words', () => {
  it('are the glossary’s terms and aliases, the sources, the literature, the authors and the word list', async () => {
    const site = await loadContent(path.join(__dirname, '../../__tests__/__fixtures__/site'));
    const eigen = eigenWoorden(site);
    // the source's title and maker (src/data/bronnen/artikel-gezinshuis-ouders.yml)
    expect(eigen.has('gezinshuis')).toBe(true);
  });
});

describe('cspell’s Dutch dictionary', () => {
  it('knows Dutch, not a typo, and suggests the right word (in its worker thread)', async () => {
    const nl = nederlandsWoordenboek();
    expect(await nl.heeft(['onmiddellijk', 'gezinshuis', 'pleegouders', 'geïnteresseerd'])).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(await nl.heeft(['onmiddelijk', 'geinteresseerd', 'opvoederschap'])).toEqual([false, false, false]);
    expect((await nl.suggesties(['onmiddelijk']))[0]![0]).toBe('onmiddellijk');
  }, 120_000);

  it('is asked once for a whole site: laadSpelling gives a speller that knows the site’s words', async () => {
    const site = await loadContent(path.join(__dirname, '__fixtures__/bijdragen'));
    const sp = await laadSpelling(site);
    expect(sp.kent('Praktikon')).toBe(true);
    expect(sp.kent('onmiddelijk')).toBe(false);
    expect(sp.suggesties('onmiddelijk')[0]).toBe('onmiddellijk');
  }, 120_000);
});
