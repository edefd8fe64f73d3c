import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {EDITIONS} from '../../../content/vocabulary';
import {editionProblems, rewriteCurrentLabel, rewriteEditions} from '../server/nieuweEditie';

const VOCABULARY = path.resolve(__dirname, '../../../content/vocabulary.ts');
const EN_LABELS = path.resolve(__dirname, '../../../../i18n/en/docusaurus-plugin-content-docs/current.json');

describe('npm run editie: planning', () => {
  it('accepts a later year for the real editions', () => {
    expect(editionProblems(EDITIONS, '2028')).toEqual([]);
  });
  it('refuses, in Dutch, a year that is not later, exists already, or is no year', () => {
    expect(editionProblems(EDITIONS, EDITIONS.current.year).join('\n')).toMatch(/moet later zijn dan de huidige/);
    expect(editionProblems(EDITIONS, '2021').join('\n')).toMatch(/bestaat al/);
    expect(editionProblems(EDITIONS, '28')).toEqual([expect.stringMatching(/geen jaartal/)]);
    const archivedAlready = {...EDITIONS, '2024': {label: 'Editie 2024', year: '2024', path: '/2024'}};
    expect(editionProblems(archivedAlready, '2028').join('\n')).toMatch(/"2024".*bestaat al/);
  });
});

describe('npm run editie: the vocabulary', () => {
  const source = fs.readFileSync(VOCABULARY, 'utf8');
  const year = EDITIONS.current.year;

  it('archives the current edition under its year and makes the new year current, in the real file', () => {
    const out = rewriteEditions(source, year, '2028');
    expect(out).toContain(`current: {label: 'Editie 2028', year: '2028', path: ''},`);
    expect(out).toContain(`'${year}': {label: 'Editie ${year}', year: '${year}', path: '/${year}'},`);
    // Nothing else changes: the old line is replaced by exactly these two.
    expect(out.split('\n').length).toBe(source.split('\n').length + 1);
    expect(out.indexOf(`current: {label: 'Editie 2028'`)).toBeLessThan(out.indexOf(`'${year}': {label:`));
  });

  it('stops, with what to do by hand, when EDITIONS does not look as expected', () => {
    expect(() => rewriteEditions(source, '1999', '2028')).toThrow(/Pas EDITIONS dan met de hand aan/);
  });

  it('moves the English label of the current edition to the new year', () => {
    const out = JSON.parse(rewriteCurrentLabel(fs.readFileSync(EN_LABELS, 'utf8'), '2028')) as Record<
      string,
      {message: string}
    >;
    expect(out['version.label']!.message).toBe('Edition 2028');
  });
});
