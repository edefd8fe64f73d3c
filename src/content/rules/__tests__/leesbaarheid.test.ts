/**
 * The rule "leesbaarheid" on fixture pages that pass and fail: a parents' page
 * with too many long sentences, a kort_gezegd and a begrip definitie with a
 * sentence over 15 words (failures), a hard page of another type and a page
 * without kort_gezegd (warnings only).
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatProblem, isError} from '../../problems';
import {loadContent} from '../../validate';
import {leesbaarheid} from '../leesbaarheid';
import type {RuleFile} from '../types';
import {ctx, mdFile} from './helpers';

const SITE = path.join(__dirname, '__fixtures__/leesbaarheid');
const files = new Map((await loadContent(SITE)).pages.map((p) => [p.file, p as RuleFile] as const));
const isWaarschuwing = (p: Parameters<typeof isError>[0]) => !isError(p);
const check = (file: string) => {
  const f = files.get(file);
  if (!f) throw new Error(`fixture ${file} ontbreekt`);
  const problems = leesbaarheid.check(f, ctx());
  return {
    fouten: problems.filter((p) => !isWaarschuwing(p)).map(formatProblem),
    waarschuwingen: problems.filter(isWaarschuwing).map(formatProblem),
  };
};

describe('leesbaarheid', () => {
  it.each(['docs/voor-ouders/helder.md', 'docs/definitie-helder.md'])('%s passes without warnings', (file) => {
    expect(check(file)).toEqual({fouten: [], waarschuwingen: []});
  });

  it('fails a parents’ page with too many long sentences, naming the longest with their lines', () => {
    const {fouten, waarschuwingen} = check('docs/voor-ouders/te-lange-zinnen.md');
    expect(waarschuwingen).toEqual([]);
    expect(fouten).toHaveLength(1);
    expect(fouten[0]).toMatch(
      /^docs\/voor-ouders\/te-lange-zinnen\.md:11 — de tekst is te moeilijk voor taalniveau B1 \(Flesch-Douma \d+, 18,0 woorden per zin, 75% lange zinnen\): /,
    );
    expect(fouten[0]).toContain('gemiddeld 18,0 woorden per zin (hoogstens 10)');
    expect(fouten[0]).toContain(
      '75% van de zinnen is langer dan 15 woorden (hoogstens 20%), bijvoorbeeld regel 11 (24 woorden): „Ouders vinden het belangrijk dat ze betrokken en …”; regel 13 (22 woorden)',
    );
    expect(fouten[0]).toMatch(/CONTRIBUTING\.md\. \[leesbaarheid\]$/);
  });

  it('fails a kort_gezegd with a sentence over 15 words, on the line of the field', () => {
    expect(check('docs/kort-gezegd-te-moeilijk.md')).toEqual({
      fouten: [
        'docs/kort-gezegd-te-moeilijk.md:9 — veld "kort_gezegd": is te moeilijk voor taalniveau B1: een zin van 24 woorden (hoogstens 15): „Het onderzoek Zo thuis mogelijk, dat in het …”. Maak lange zinnen korter (één boodschap per zin) en kies gewone woorden; zie "Leesbaarheid" in CONTRIBUTING.md. [leesbaarheid]',
      ],
      waarschuwingen: [],
    });
  });

  it('fails a begrip definitie with a sentence over 15 words', () => {
    expect(check('docs/definitie-te-lang.md').fouten).toEqual([
      'docs/definitie-te-lang.md:8 — veld "definitie": is te moeilijk voor taalniveau B1: een zin van 21 woorden (hoogstens 15): „Meestal gebeurt dat in overleg met de jongere …”. Maak lange zinnen korter (één boodschap per zin) en kies gewone woorden; zie "Leesbaarheid" in CONTRIBUTING.md. [leesbaarheid]',
    ]);
  });

  it('only warns about a hard page that is not for parents, and about a missing kort_gezegd', () => {
    const {fouten, waarschuwingen} = check('docs/handleiding-zonder-kort-gezegd.md');
    expect(fouten).toEqual([]);
    expect(waarschuwingen).toEqual([
      'docs/handleiding-zonder-kort-gezegd.md:11 — Flesch-Douma 25, 45,0 woorden per zin, 100% lange zinnen; boven de B1-grenzen: gemiddeld 45,0 woorden per zin (hoogstens 10); 100% van de zinnen is langer dan 15 woorden (hoogstens 20%), bijvoorbeeld regel 11 (45 woorden): „In het onderzoek zagen de onderzoekers dat de …” [leesbaarheid]',
      'docs/handleiding-zonder-kort-gezegd.md:1 — veld "kort_gezegd": deze pagina heeft nog geen "Kort gezegd". Zet in de front matter kort_gezegd: "…" met 3 tot 5 korte zinnen die zeggen wat op deze pagina staat. [leesbaarheid]',
    ]);
  });

  it('treats any page under voor-ouders/ as a parents’ page, whatever its type', () => {
    const f: RuleFile = {
      ...mdFile(
        'Ouders vinden het belangrijk dat ze betrokken en geïnformeerd worden over alles wat er met hun kind gebeurt.',
        {file: 'docs/voor-ouders/nieuw.md', data: {id: 'x', type: 'info'}},
      ),
    };
    expect(leesbaarheid.check(f, ctx()).map((p) => p.severity)).toEqual(['fout']);
    expect(leesbaarheid.check({...f, file: 'docs/info/nieuw.md'}, ctx()).map((p) => p.severity)).toEqual([
      'waarschuwing',
    ]);
  });
});
