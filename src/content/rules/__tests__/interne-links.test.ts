import {describe, expect, it} from 'vitest';
import {interneLinks} from '../interne-links';
import {mdFile, run} from './helpers';

describe('interne-links', () => {
  it('accepts slugs, anchors, relative .md links, own anchors, files and external links', () => {
    const body = [
      '[a](/handleiding/houding) [b](/handleiding/houding#gastvrij) [c](./handleiding/houding.md#acht-kenmerken)',
      '[d](#eigen-kop) [e](/kenniscafes/rss.xml) [f](/werkbladen/gesprekskaarten.pdf) [g](https://www.nji.nl) [h](/)',
      '[i](/#iets) [j](/handleiding/houding/)',
      '```',
      '[code](/bestaat-niet)',
      '```',
      '## Eigen kop {#eigen-kop}',
    ].join('\n');
    expect(run(interneLinks, mdFile(body))).toEqual([]);
  });

  it('checks pathname:// links to files of the site (downloads) too', () => {
    expect(
      run(
        interneLinks,
        mdFile('[pdf](pathname:///werkbladen/gesprekskaarten.pdf) [weg](pathname:///downloads/bestaat-niet.pdf)'),
      ),
    ).toEqual([
      'docs/bijdrage.md:4 — link "pathname:///downloads/bestaat-niet.pdf" gaat naar een pagina of bestand dat niet bestaat. Gebruik een bestaande vaste URL (zie de lijst met afgesproken slugs in CONTRIBUTING.md). [interne-links]',
    ]);
  });

  it('reports an unknown page with file, line and a suggestion', () => {
    expect(run(interneLinks, mdFile('\nZie [houding](/handleiding/huding).'))).toEqual([
      'docs/bijdrage.md:5 — link "/handleiding/huding" gaat naar een pagina of bestand dat niet bestaat. Gebruik een bestaande vaste URL (zie de lijst met afgesproken slugs in CONTRIBUTING.md). Bedoel je "/handleiding/houding"? [interne-links]',
    ]);
  });

  it('reports an unknown anchor, also on the page itself', () => {
    expect(run(interneLinks, mdFile('[a](/handleiding/houding#gastvrj) [b](#nergens)'))).toEqual([
      'docs/bijdrage.md:4 — link "/handleiding/houding#gastvrj": de pagina /handleiding/houding heeft geen kop met id "gastvrj". Kies een id die op die pagina tussen {# } achter een kop staat. Bedoel je "gastvrij"? [interne-links]',
      'docs/bijdrage.md:4 — link "#nergens": de pagina /bijdrage heeft geen kop met id "nergens". Kies een id die op die pagina tussen {# } achter een kop staat. [interne-links]',
    ]);
  });

  it('reports a relative .md link to a missing file and a bare relative path', () => {
    expect(run(interneLinks, mdFile('[a](../weg.md) [b](houding)', {file: 'docs/handleiding/x.md'}))).toEqual([
      'docs/handleiding/x.md:4 — link "../weg.md" wijst naar het bestand docs/weg.md, maar dat bestaat niet in deze editie. Controleer de bestandsnaam of gebruik de vaste URL, bijvoorbeeld "/handleiding/houding". [interne-links]',
      'docs/handleiding/x.md:4 — link "houding" is een relatief pad. Gebruik een vaste URL die met "/" begint (bijvoorbeeld "/handleiding/houding") of een link naar een .md-bestand. [interne-links]',
    ]);
  });

  it('checks reference-style link definitions too', () => {
    expect(run(interneLinks, mdFile('[x]: /nergens'))).toHaveLength(1);
  });
});
