import {describe, expect, it} from 'vitest';
import {buildIndex, collectSinds2021, collectSpanningsvelden, type DocLike} from '../server/collect';
import {groupBy} from '../shared';

const doc = (id: string, frontMatter: Record<string, unknown>, title = id): DocLike => ({
  id,
  title,
  description: `Beschrijving van ${id}.`,
  permalink: `/x/${id}`,
  source: `@site/docs/${id}.md`,
  frontMatter,
});

const docs: DocLike[] = [
  doc('houding', {type: 'handleiding', sinds2021: '  Herschreven voor de ene handleiding.  '}),
  doc('scholing', {type: 'handleiding'}), // new page: no sinds2021
  doc('leeg', {type: 'handleiding', sinds2021: '   '}), // blank: ignored, not an empty note
  doc('zonder-tekst', {type: 'handleiding', sinds2021: 42}), // wrong type: ignored (the schema rejects it at build)
  doc(
    'nabijheid',
    {type: 'spanningsveld', thema: ['relatie', 'contact'], doelgroep: ['opvoeders']},
    'Afstand en nabijheid',
  ),
  doc('regie', {type: 'spanningsveld', thema: ['regie'], doelgroep: ['organisatie', 'ouders']}, 'Rol van gemeenten'),
  doc('raar', {type: 'spanningsveld', thema: 'relatie', doelgroep: [3, 'ouders']}, 'Échte spanning'),
];

describe('collectSinds2021', () => {
  it('maps id to the trimmed note and the current permalink, only where there is a note', () => {
    expect(collectSinds2021(docs)).toEqual({
      houding: {tekst: 'Herschreven voor de ene handleiding.', permalink: '/x/houding', title: 'houding'},
    });
  });
});

describe('collectSpanningsvelden', () => {
  const list = collectSpanningsvelden(docs);
  it('keeps only spanningsvelden, sorted by title in Dutch order', () => {
    expect(list.map((e) => e.title)).toEqual(['Afstand en nabijheid', 'Échte spanning', 'Rol van gemeenten']);
  });
  it('keeps only string values of thema and doelgroep', () => {
    expect(list.find((e) => e.id === 'raar')).toMatchObject({thema: [], doelgroep: ['ouders']});
  });
});

describe('groupBy', () => {
  const list = collectSpanningsvelden(docs);
  it('puts an entry under each of its values, known order first', () => {
    const g = groupBy(list, 'doelgroep', ['ouders', 'opvoeders', 'professionals', 'organisatie']);
    expect(g.map((x) => [x.key, x.entries.map((e) => e.id)])).toEqual([
      ['ouders', ['raar', 'regie']],
      ['opvoeders', ['nabijheid']],
      ['organisatie', ['regie']],
    ]);
  });
  it('sorts unknown keys alphabetically and returns real strings as keys', () => {
    const g = groupBy(list, 'thema');
    expect(g.map((x) => x.key)).toEqual(['contact', 'regie', 'relatie']);
    expect(g.every((x) => typeof x.key === 'string')).toBe(true);
  });
});

describe('buildIndex', () => {
  it('holds both indexes', () => {
    const i = buildIndex(docs);
    expect(Object.keys(i.sinds2021)).toEqual(['houding']);
    expect(i.spanningsvelden).toHaveLength(3);
  });
});
