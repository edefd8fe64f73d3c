import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {buildSearchIndex, isLinkList, linkTarget} from '../server/buildIndex';
import {editionFiles} from '../server/shard';
import {relativePath, synonymsFrom} from '../server/collect';
import {pagesFromFolder} from '../../../../tests/lib/zoeken/realSite';
import {markdownSections} from '../server/markdown';

const FIXTURES = path.join(__dirname, '__fixtures__/website/docs');

describe('markdownSections', () => {
  const body = pagesFromFolder(FIXTURES).pages.find((p) => p.path === 'handleiding/samenwerken')!.body;
  const sections = markdownSections(body);
  it('gives the intro and one section per h2/h3 with its anchor and path', () => {
    expect(sections.map((s) => [s.anchor, s.path])).toEqual([
      ['', ''],
      ['geinteresseerd', 'Geïnteresseerd zijn'],
      ['vragen-stellen', 'Geïnteresseerd zijn › Vragen stellen'],
      ['spanning', 'Spanning'],
    ]);
  });
  it('keeps the words readers see and drops code, comments and link targets', () => {
    const text = sections.map((s) => s.text).join(' ');
    expect(text).toContain('Zie houding en code.');
    expect(text).toContain('Stel open vragen aan de ouder.');
    expect(text).not.toContain('verborgen');
    expect(text).not.toContain('opmerking');
    expect(text).not.toContain('/handleiding/houding');
  });
  it('indexes what the reader reads: marker text, not markup', () => {
    const [s] = markdownSections(
      'Een [[gezinshuisouder]] en [[sensitief begrenzen|voorzichtig begrensd]], *nadruk* en [link](/x).\n\n:::tip\nTip.\n:::',
    );
    expect(s!.text).toBe('Een gezinshuisouder en voorzichtig begrensd, nadruk en link. Tip.');
  });
});

describe('buildSearchIndex', () => {
  const {pages, frontMatters} = pagesFromFolder(FIXTURES);
  const file = buildSearchIndex({
    locale: 'nl',
    version: 'current',
    edition: 'Editie 2024',
    pages,
    synonyms: synonymsFrom(frontMatters),
    zoekwoorden: [{woorden: ['moeder'], vindt: ['ouder']}],
  });
  it('has one page per doc with its type (info when front matter has none)', () => {
    expect(file.pages.map((p) => [p.u, p.y]).sort()).toEqual([
      ['begrippen/gedeeld-opvoederschap', 'begrip'],
      ['handleiding/samenwerken', 'handleiding'],
      ['zonder-type', 'info'],
    ]);
  });
  it('keeps the description with the page, and each section with its own text', () => {
    const p = file.pages.findIndex((x) => x.u === 'handleiding/samenwerken');
    expect(file.pages[p]?.d).toMatch(/^Hoe gezinshuisouders/);
    expect(file.sections.find((s) => s.p === p && s.a === '')?.x).toMatch(/^Samenwerkingen tussen/);
  });
  it('indexes known parts of compounds: gezinshuisouders → ouder, spanningsveld → spanning', () => {
    const p = file.pages.findIndex((x) => x.u === 'handleiding/samenwerken');
    const extra = file.sections
      .filter((s) => s.p === p)
      .map((s) => s.k)
      .join(' ');
    expect(extra.split(' ')).toContain('ouder');
    expect(extra.split(' ')).toContain('spanning');
  });
  it('adds glossary aliases to sections that use the term, and says what a query word also finds', () => {
    const p = file.pages.findIndex((x) => x.u === 'zonder-type');
    expect(`${file.pages[p]?.k} ${file.sections.find((s) => s.p === p)?.k}`).toContain('samen opvoeden');
    // Everyday words: one way only.
    expect(file.also?.moeder).toEqual(['ouder']);
    expect(file.also?.ouder).toBeUndefined();
  });
  it('marks the sections with a reflection heading id as asking, and meta lists them', () => {
    const page = (body: string) => ({path: 'p', title: 'P', type: 'spanningsveld', body});
    const body =
      'Intro.\n\n## Wat er speelt {#spanningsveld}\n\nTekst.\n\n## Vragen om over na te denken {#reflectievragen}\n\n- Denk je …?\n';
    const marked = buildSearchIndex({
      locale: 'nl',
      version: 'v',
      edition: 'E',
      pages: [page(body)],
      reflectionAnchors: ['reflectievragen'],
    });
    expect(marked.sections.map((s) => [s.a, s.r])).toEqual([
      ['', undefined],
      ['spanningsveld', undefined],
      ['reflectievragen', 1],
    ]);
    expect(editionFiles(marked).meta.asks).toEqual([2]);
    const unmarked = buildSearchIndex({locale: 'nl', version: 'v', edition: 'E', pages: [page(body)]});
    expect(unmarked.sections.some((s) => s.r)).toBe(false);
    expect(editionFiles(unmarked).meta.asks).toEqual([]);
  });
  it('works without any glossary pages', () => {
    const none = buildSearchIndex({
      locale: 'nl',
      version: 'current',
      edition: 'E',
      pages: pages.filter((p) => p.type !== 'begrip'),
    });
    expect(none.also).toEqual({});
    expect(none.sections.length).toBeGreaterThan(0);
  });
});

describe('synonymsFrom', () => {
  it('reads term + aliases of begrip pages and ignores other pages and bad aliases', () => {
    expect(
      synonymsFrom([
        {type: 'begrip', term: 'casusregie', aliases: ['regie', 3]},
        {type: 'begrip', title: 'Zonder aliassen'},
        {type: 'handleiding', term: 'x', aliases: ['y']},
      ]),
    ).toEqual([{term: 'casusregie', aliases: ['regie']}]);
  });
});

describe('relativePath', () => {
  it('strips a non-root baseUrl and the trailing slash', () => {
    expect(relativePath('/kennisbank/en/2021/handleiding/', '/kennisbank/en/')).toBe('2021/handleiding');
    expect(relativePath('/handleiding/houding', '/')).toBe('handleiding/houding');
  });
});

describe('lists of links', () => {
  const zieOok = (links: string) => `Intro over iets.\n\n## Zie ook {#zie-ook}\n\n${links}`;
  const file = buildSearchIndex({
    locale: 'nl',
    version: 'current',
    edition: 'E',
    pages: [
      {path: 'a', title: 'A', type: 'info', body: zieOok('- [Omgaan met boosheid](/b#kop)\n- [Terug naar A](/a)')},
      {path: 'b', title: 'B', type: 'info', body: 'Tekst.\n\n## Kop {#kop}\n\nMeer tekst.'},
      {path: 'c', title: 'C', type: 'info', body: 'Lees hier hoe je [met verdriet omgaat](/b) als ouder van een kind.'},
    ],
  });

  it('tells a section that is mostly links from prose with a link in it', () => {
    expect(isLinkList({text: 'Omgaan met boosheid Gouden regels', linkText: 'Omgaan met boosheid Gouden regels'})).toBe(
      true,
    );
    expect(
      isLinkList({
        text: 'Lees hier hoe je met verdriet omgaat als ouder van een kind.',
        linkText: 'met verdriet omgaat',
      }),
    ).toBe(false);
    expect(isLinkList({text: 'Tekst.', linkText: ''})).toBe(false);
  });

  it('keeps the link text of a list of links apart, for the index to weigh', () => {
    expect(file.sections.find((s) => s.p === 0 && s.a === 'zie-ook')?.l).toBe('Omgaan met boosheid Terug naar A');
    expect(file.sections.find((s) => s.p === 2)?.l).toBeUndefined();
  });

  it('gives the page a list links to what the list calls it (anchor text), not from prose or from itself', () => {
    expect(file.pages[1]?.k).toContain('omgaan met boosheid');
    expect(file.pages[1]?.k).not.toContain('verdriet');
    expect(file.pages[0]?.k).not.toContain('terug');
  });

  it('resolves links on the site to page paths, and nothing else', () => {
    expect(linkTarget('/handleiding/houding/#kop')).toBe('handleiding/houding');
    expect(linkTarget('/gouden-regels?x=1')).toBe('gouden-regels');
    expect(linkTarget('https://example.org/a')).toBeUndefined();
    expect(linkTarget('//example.org/a')).toBeUndefined();
    expect(linkTarget('./andere.md')).toBeUndefined();
  });
});
