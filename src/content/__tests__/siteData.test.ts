/**
 * Sources are data, one file per source (src/data/bronnen/<sleutel>.yml), so the
 * web editor can add and edit them as a form. A broken source file is a content
 * problem like any other: the file, the line of the field, and what to do.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {formatProblem} from '../problems';
import {loadSiteData} from '../siteData';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, {recursive: true, force: true})));

function site(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bronnen-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), {recursive: true});
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const GOED = 'titel: Een goede bron\nmaker: Iemand die het maakte\nsoort: Artikel\n';

describe('loadSiteData: the sources', () => {
  it('reads the real sources: one per file, the file name is the key, sorted by key', () => {
    const {data, problems} = loadSiteData(path.resolve(__dirname, '../../..'));
    expect(problems).toEqual([]);
    const keys = data.bronnen.map((b) => b.key);
    expect(keys).toEqual([...keys].sort());
    expect(keys).toContain('kenniscafe-1');
    // What pages get of a source: the editors' own fields stay behind.
    for (const b of data.bronnen)
      expect(Object.keys(b).sort()).toEqual(expect.arrayContaining(['key', 'maker', 'soort', 'titel']));
    expect(data.bronnen.some((b) => 'toelichting' in b || 'sleutel' in b)).toBe(false);
  });

  it('accepts a file with the optional sleutel and toelichting', () => {
    const dir = site({
      'src/data/bronnen/goed.yml': `sleutel: goed\n${GOED}toelichting: "Waarom: zo."\nvindplaats: www.example.org\n`,
    });
    const {data, problems} = loadSiteData(dir);
    expect(problems).toEqual([]);
    expect(data.bronnen).toEqual([
      {
        key: 'goed',
        titel: 'Een goede bron',
        maker: 'Iemand die het maakte',
        soort: 'Artikel',
        vindplaats: 'www.example.org',
      },
    ]);
  });

  it('reports every broken source file with its file, line and what to do', () => {
    const dir = site({
      'src/data/bronnen/goed.yml': GOED,
      'src/data/bronnen/Met Hoofdletter.yml': GOED,
      'src/data/bronnen/verkeerde-extensie.yaml': GOED,
      'src/data/bronnen/andere-sleutel.yml': `sleutel: iets-anders\n${GOED}`,
      'src/data/bronnen/zonder-maker.yml': 'titel: Een bron zonder maker\nsoort: Artikel\n',
      'src/data/bronnen/onbekend-veld.yml': `${GOED}jaar: 2020\n`,
      'src/data/bronnen/kapotte-yaml.yml': 'titel: Kenniscafé 2: met een dubbele punt\nmaker: x\n',
      'src/data/bronnen/lijst.yml': '- titel: een lijst\n',
    });
    const {data, problems} = loadSiteData(dir);
    expect(data.bronnen.map((b) => b.key)).toEqual(['goed']);
    const messages = problems.map(formatProblem);
    expect(messages).toEqual([
      expect.stringMatching(
        /^src\/data\/bronnen\/Met Hoofdletter\.yml:1 — de bestandsnaam is de sleutel van de bron: "Met Hoofdletter" mag alleen kleine letters/,
      ),
      'src/data/bronnen/andere-sleutel.yml:1 — veld "sleutel": is "iets-anders", maar de bestandsnaam zegt "andere-sleutel": de sleutel is de bestandsnaam. Zet hier "andere-sleutel" (pagina\'s noemen de bron zo) of laat het veld weg.',
      // The same advice a page's front matter gets for the same mistake (src/content/yamlData.ts).
      'src/data/bronnen/kapotte-yaml.yml:1 — is geen geldige YAML: er staat een tweede dubbele punt (:) in de waarde van "titel". Zet de hele waarde tussen aanhalingstekens, zo: titel: "Kenniscafé 2: met een dubbele punt"',
      expect.stringMatching(/^src\/data\/bronnen\/lijst\.yml:1 — moet de velden van één bron bevatten/),
      'src/data/bronnen/onbekend-veld.yml:4 — onbekende velden: jaar (toegestaan: sleutel, titel, maker, soort, vindplaats, extern, url, geraadpleegd, toelichting)',
      expect.stringMatching(
        /^src\/data\/bronnen\/verkeerde-extensie\.yaml:1 — een bron staat in een bestand dat eindigt op \.yml/,
      ),
      'src/data/bronnen/zonder-maker.yml:1 — veld "maker": ontbreekt: zeg wie de bron maakte, zoals het document het zegt',
    ]);
  });

  it('accepts a public web page outside the five sources: extern, its address and the day it was read', () => {
    const dir = site({
      'src/data/bronnen/webpagina.yml': `${GOED}extern: true\nurl: "https://www.example.org/vertrouwenspersoon"\ngeraadpleegd: "2026-12-05"\n`,
      // YAML reads an unquoted date as a date; it means the same day.
      'src/data/bronnen/zonder-aanhalingstekens.yml': `${GOED}extern: true\nurl: https://www.example.org/a\ngeraadpleegd: 2026-12-05\n`,
    });
    const {data, problems} = loadSiteData(dir);
    expect(problems).toEqual([]);
    expect(data.bronnen).toEqual([
      {
        key: 'webpagina',
        titel: 'Een goede bron',
        maker: 'Iemand die het maakte',
        soort: 'Artikel',
        extern: true,
        url: 'https://www.example.org/vertrouwenspersoon',
        geraadpleegd: '2026-12-05',
      },
      expect.objectContaining({key: 'zonder-aanhalingstekens', geraadpleegd: '2026-12-05'}),
    ]);
  });

  it('reports a web page without its address or date, and an address or date on a source that is not a web page', () => {
    const dir = site({
      'src/data/bronnen/a-zonder-url.yml': `${GOED}extern: true\ngeraadpleegd: "2026-12-05"\n`,
      'src/data/bronnen/b-zonder-datum.yml': `${GOED}extern: true\nurl: "https://www.example.org/a"\n`,
      'src/data/bronnen/c-niet-extern.yml': `${GOED}url: "https://www.example.org/a"\ngeraadpleegd: "2026-12-05"\n`,
      'src/data/bronnen/d-http.yml': `${GOED}extern: true\nurl: "www.example.org"\ngeraadpleegd: "2026-12-05"\n`,
      'src/data/bronnen/e-datum.yml': `${GOED}extern: true\nurl: "https://www.example.org/a"\ngeraadpleegd: "5 december 2026"\n`,
      'src/data/bronnen/f-geen-dag.yml': `${GOED}extern: true\nurl: "https://www.example.org/a"\ngeraadpleegd: "2026-02-30"\n`,
      'src/data/bronnen/g-ja.yml': `${GOED}extern: ja\nurl: "https://www.example.org/a"\ngeraadpleegd: "2026-12-05"\n`,
    });
    const {data, problems} = loadSiteData(dir);
    expect(data.bronnen).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'src/data/bronnen/a-zonder-url.yml:1 — veld "url": ontbreekt: een externe bron (extern: true) heeft het adres van de webpagina nodig, bijvoorbeeld url: "https://www.regelhulp.nl/…"',
      'src/data/bronnen/b-zonder-datum.yml:1 — veld "geraadpleegd": ontbreekt: zeg op welke dag je de webpagina las, als JJJJ-MM-DD, bijvoorbeeld geraadpleegd: "2026-12-05"',
      'src/data/bronnen/c-niet-extern.yml:4 — veld "url": hoort alleen bij een webpagina buiten de vijf brondocumenten: zet er "extern: true" bij, of laat url weg',
      'src/data/bronnen/c-niet-extern.yml:5 — veld "geraadpleegd": hoort alleen bij een webpagina buiten de vijf brondocumenten: zet er "extern: true" bij, of laat geraadpleegd weg',
      'src/data/bronnen/d-http.yml:5 — veld "url": moet een volledig webadres zijn dat begint met https://, bijvoorbeeld "https://www.regelhulp.nl/…"',
      'src/data/bronnen/e-datum.yml:6 — veld "geraadpleegd": moet een datum zijn als JJJJ-MM-DD, bijvoorbeeld "2026-12-05"',
      'src/data/bronnen/f-geen-dag.yml:6 — veld "geraadpleegd": is geen bestaande datum: controleer dag en maand (JJJJ-MM-DD)',
      'src/data/bronnen/g-ja.yml:4 — veld "extern": moet true of false zijn: zet "extern: true" bij een webpagina buiten de vijf brondocumenten',
    ]);
  });

  it('names the old single file when a branch still has it', () => {
    const dir = site({'src/data/bronnen.yml': 'oud:\n  titel: x\n', 'src/data/bronnen/goed.yml': GOED});
    const {data, problems} = loadSiteData(dir);
    expect(data.bronnen.map((b) => b.key)).toEqual(['goed']);
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^src\/data\/bronnen\.yml:1 — de bronnen staan nu elk in een eigen bestand: src\/data\/bronnen\/<sleutel>\.yml/,
      ),
    ]);
  });
});
