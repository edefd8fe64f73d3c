import {describe, expect, it} from 'vitest';
import {leestekst} from '../leestekst';

const tekst = (md: string, mdx = false) => leestekst(md, {mdx}).map((b) => b.tekst);

describe('leestekst', () => {
  it('keeps what a reader reads, one block per paragraph, heading, list item and table cell, with its line', () => {
    expect(
      leestekst(
        'Eerste alinea met **vet** en een [link](/x).\n\n## Kop {#kop}\n\n- punt een\n- punt twee\n\n| a | b |\n| - | - |\n| c | d |\n',
      ),
    ).toEqual([
      {tekst: 'Eerste alinea met vet en een link.', regel: 1},
      {tekst: 'Kop', regel: 3},
      {tekst: 'punt een', regel: 5},
      {tekst: 'punt twee', regel: 6},
      {tekst: 'a', regel: 8},
      {tekst: 'b', regel: 8},
      {tekst: 'c', regel: 10},
      {tekst: 'd', regel: 10},
    ]);
  });

  it('drops code, HTML comments, images and math', () => {
    expect(
      tekst(
        'Tekst `code` hier.\n\n```\nconst x = 1;\n```\n\n<!-- notitie -->\n\n![plaatje](/a.png)\n\n$$\nx^2\n$$\n\nEinde $y$.',
      ),
    ).toEqual(['Tekst hier.', 'Einde .']);
  });

  it('shows a glossary marker as its shown text', () => {
    expect(tekst('De [[gezinshuisouders]] en de [[ouder|ouders]] praten.')).toEqual([
      'De gezinshuisouders en de ouders praten.',
    ]);
  });

  it('keeps admonition text and title, not the fence', () => {
    expect(tekst(':::tip[Goed om te weten]\nJe mag vragen stellen.\n:::')).toEqual([
      'Goed om te weten',
      'Je mag vragen stellen.',
    ]);
  });

  it('keeps text that only looks like a directive', () => {
    expect(tekst('We spreken af om 10:30 uur, zie ook:hier.')).toEqual(['We spreken af om 10:30 uur, zie ook:hier.']);
  });

  it('drops MDX imports, exports, expressions and the heading id comment in .mdx', () => {
    expect(
      tekst(
        "import Kaart from '@site/src/components/Kaart';\n\nexport const x = 1;\n\n## Drie sporen {/* #sporen */}\n\nTekst {1 + 1} in <Kaart>een kaart</Kaart>.\n",
        true,
      ),
    ).toEqual(['Drie sporen', 'Tekst in een kaart.']);
  });
});
