import {describe, expect, it} from 'vitest';
import {frontMatterData, parseMarkdown} from '../../markdown';
import type {ContentPage} from '../../validate';
import {rijen, tabel} from '../rapport';

const doc = (file: string, fm: string, body: string): ContentPage => {
  const raw = `---\n${fm}\n---\n\n${body}\n`;
  const tree = parseMarkdown(raw, 'md');
  return {file, kind: 'doc', edition: 'current', locale: 'nl', raw, data: frontMatterData(tree), valid: true, tree};
};

const LANG =
  'Ouders en gezinshuisouders stemmen in de installatiefase van de route samen af over de afspraken rond het contact.';

describe('rapport', () => {
  const voor = [
    doc('docs/voor-ouders/a.md', 'type: ouders', `${LANG} ${LANG}`),
    doc('docs/begrippen/b.md', `type: begrip\ndefinitie: "${LANG}"`, ''),
  ];
  const na = [
    doc(
      'docs/voor-ouders/a.md',
      'type: ouders\nkort_gezegd: "Je mag vragen stellen. Over je kind. Over de afspraken."',
      'Je mag vragen stellen. Over je kind.',
    ),
    doc('docs/begrippen/b.md', 'type: begrip\ndefinitie: "Samen afspreken. Over het contact."', ''),
  ];

  it('measures the body, kort_gezegd and a begrip definitie, and which limits apply', () => {
    expect(rijen(na).map((r) => [r.file, r.onderdeel, r.binnenGrenzen, r.streng])).toEqual([
      ['docs/voor-ouders/a.md', 'tekst', true, true],
      ['docs/voor-ouders/a.md', 'kort_gezegd', true, true],
      ['docs/begrippen/b.md', 'definitie', true, true],
    ]);
  });

  it('puts before and after side by side, with — for a text that is new, and counts the signals', () => {
    expect(tabel(rijen(na), rijen(voor)).split('\n')).toEqual([
      '| pagina | onderdeel | voor | na | signalen voor | signalen na |',
      '| --- | --- | --- | --- | --- | --- |',
      expect.stringMatching(
        /^\| docs\/voor-ouders\/a\.md \| tekst \| FD \d+ · 18,0 w\/z · 100% lang ! \| FD \d+ · 3,5 w\/z · 0% lang ✓ \| — \| 1 zonder werkwoord \|$/,
      ),
      expect.stringMatching(
        /^\| docs\/voor-ouders\/a\.md \| kort_gezegd \| — \| FD \d+ · 3,3 w\/z · 0% lang ✓ \| — \| 2 zonder werkwoord \|$/,
      ),
      expect.stringMatching(
        /^\| docs\/begrippen\/b\.md \| definitie \| FD \d+ · 18,0 w\/z · 100% lang ! \| FD \d+ · 2,5 w\/z · 0% lang ✓ \| — \| 1 zonder werkwoord \|$/,
      ),
      '',
      'Signalen: 4 zonder werkwoord, 0 lijdend, 0 moeilijk woord, 0 vakwoord.',
    ]);
  });

  it('shows that chopping improves the figures and adds fragments: the figures are a guide, the signals say why', () => {
    const [voorTekst] = rijen(voor);
    const [naTekst] = rijen(na);
    expect(naTekst!.meting.gemiddeldeZinslengte).toBeLessThan(voorTekst!.meting.gemiddeldeZinslengte);
    expect(naTekst!.bevindingen.map((b) => b.zin)).toEqual(['Over je kind.']);
  });
});
