import {describe, expect, it} from 'vitest';
import {koppen} from '../koppen';
import {mdFile, run} from './helpers';

describe('koppen', () => {
  it('accepts ## and ### with explicit ids, and deeper headings without', () => {
    expect(
      run(
        koppen,
        mdFile('## Wat is het? {#wat-is-het}\n### Gastvrij {#gastvrij}\n#### Klein detail\n```\n# geen kop\n```'),
      ),
    ).toEqual([]);
  });
  it('accepts the MDX comment form of an explicit id, used in .mdx files', () => {
    expect(
      run(koppen, mdFile('## Drie sporen {/* #sporen */}\n### Fasen {/* #fasen */}', {file: 'docs/bijdrage.mdx'})),
    ).toEqual([]);
  });
  it('reports an h1, a missing id, a malformed id and a duplicate id', () => {
    expect(
      run(koppen, mdFile('# Titel\n## Wat ouders zeggen\n## Kop {#Hoofd_Letters}\n## A {#a}\n### B {#a}')),
    ).toEqual([
      'docs/bijdrage.md:4 — kop "# Titel" met één # is niet toegestaan: de titel komt uit het veld title. Maak er "## Titel {#titel}" van of haal de kop weg. [koppen]',
      'docs/bijdrage.md:5 — kop "Wat ouders zeggen" heeft geen vaste id. Zet een id achter de kop, zo: "## Wat ouders zeggen {#wat-ouders-zeggen}". Verander een id daarna nooit meer: links naar deze kop hangen ervan af. [koppen]',
      'docs/bijdrage.md:6 — id "Hoofd_Letters" van kop "Kop" mag alleen kleine letters, cijfers en streepjes bevatten, bijvoorbeeld {#hoofd-letters}. [koppen]',
      'docs/bijdrage.md:8 — id "a" staat ook al bij de kop op regel 7. Geef elke kop op een pagina een eigen id. [koppen]',
    ]);
  });
});
