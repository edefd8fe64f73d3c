/**
 * The readability signals on small prose blocks: where a fragment counts
 * (running text, not a list, label, quotation or reference), how long a
 * passive run must be, which words are uncommon, and when a field term counts
 * as explained.
 */
import {describe, expect, it} from 'vitest';
import {parseMarkdown} from '../../markdown';
import {lexicon} from '../lexicon';
import {proza} from '../proza';
import {samenstellingVanGewoneWoorden, signalen, stammenVan, type Begripsvorm} from '../signalen';

const lex = lexicon();
const BEGRIPPEN: Begripsvorm[] = [
  {id: 'casusregie', vormen: ['casusregie']},
  {id: 'gedwongen-kader', vormen: ['gedwongen kader']},
  {id: 'voogd', vormen: ['voogd', 'voogden']},
];
const run = (md: string, gemarkeerd: string[] = []) =>
  signalen(proza(parseMarkdown(md, 'md')).blokken, {
    lexicon: lex,
    begrippen: BEGRIPPEN,
    gemarkeerd: new Set(gemarkeerd),
  }).map((b) => `${b.regel} ${b.signaal} ${b.woorden.join('|') || b.zin}`);

describe('zin zonder werkwoord', () => {
  it('counts in running text only: not in a list, a heading, a table, a quotation, a label or bold text', () => {
    const md = [
      '## De fasen {#fasen}',
      '',
      '- Een vragenlijst.',
      '',
      '> Een lastige plek.',
      '',
      '**Waarvoor.** Zo weet je wat ouders verwachten.',
      '',
      'Wie: ouders.',
      '',
      '| Wat | Wie |',
      '| --- | --- |',
      '| Een plan. | De ouders. |',
      '',
      'Daarna een gesprek.',
    ].join('\n');
    expect(run(md)).toEqual(['15 zonder-werkwoord Daarna een gesprek.']);
  });

  it('does not count a long sentence, a sentence introducing a list, a literature reference or a quotation', () => {
    const md = [
      'Een lange opsomming van dingen voor ouders, opvoeders, begeleiders, voogden, scholen, buren en vrienden van de jongere.',
      '',
      'Drie dingen:',
      '',
      'Noordegraaf, M. (2020). Een relationele route tot gedeeld opvoederschap.',
      '',
      '„Ja, graag.”',
    ].join('\n');
    expect(run(md).filter((r) => r.includes('zonder-werkwoord'))).toEqual([]);
  });
});

describe('lijdende vorm', () => {
  it('flags three passive sentences in a row, not two, and a heading ends a run', () => {
    const twee = 'Het plan wordt besproken. Het wordt opgeschreven. Ouders lezen het.';
    const drie = 'Het plan wordt besproken. Het wordt opgeschreven. Het wordt gestuurd.';
    expect(run(twee)).toEqual([]);
    expect(run(drie)).toEqual(['1 lijdende-vorm wordt … besproken|wordt … opgeschreven|wordt … gestuurd']);
    expect(
      run('Het plan wordt besproken. Het wordt opgeschreven.\n\n## Daarna {#daarna}\n\nHet wordt gestuurd.'),
    ).toEqual([]);
  });
});

describe('moeilijke woorden en vakwoorden', () => {
  it('flags a long uncommon word once per page, not a common one, a compound of common words, a name or a number', () => {
    const md =
      'De aanknopingspunten zijn duidelijk. Ze zoeken meer aanknopingspunten. De samenwerking met de gezinshuisouders en Jeugdformaat loopt sinds 2021.';
    expect(run(md)).toEqual(['1 ongewoon-woord aanknopingspunten']);
  });

  it('does not flag a word explained in the same or the next sentence', () => {
    expect(run('Er zijn aanknopingspunten. Dat zijn punten waar je op kunt voortbouwen.')).toEqual([]);
    expect(run('Er zijn aanknopingspunten (punten om op voort te bouwen).')).toEqual([]);
  });

  it('flags an unmarked field term, the longest form first; not when marked on the page, in a link, or common', () => {
    expect(run('In een gedwongen kader regelt de casusregie veel.')).toEqual([
      '1 vaktaal gedwongen kader',
      '1 vaktaal casusregie',
    ]);
    expect(run('In een gedwongen kader regelt de casusregie veel.', ['casusregie', 'gedwongen-kader'])).toEqual([]);
    expect(
      run('Lees over [casusregie](/begrippen/casusregie) en het [gedwongen kader](/begrippen/gedwongen-kader).'),
    ).toEqual([]);
    // "voogd" is a word every reader hears; it needs no marker.
    expect(run('De voogd beslist mee.')).toEqual([]);
  });
});

describe('word helpers', () => {
  it('finds the common word under an inflection or derivation', () => {
    expect(stammenVan('perspectieven')).toContain('perspectief');
    expect(stammenVan('wisselingen')).toContain('wisselen');
    expect(stammenVan('zorgvuldigheid')).toContain('zorgvuldig');
  });

  it('tells a compound of common words', () => {
    expect(['gezinshuis', 'gezinshuisouders', 'pleegouders'].map((w) => samenstellingVanGewoneWoorden(w, lex))).toEqual(
      [true, true, true],
    );
    expect(samenstellingVanGewoneWoorden('stabilisatiefase', lex)).toBe(false);
  });
});
