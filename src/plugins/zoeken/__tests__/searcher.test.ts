import {describe, expect, it} from 'vitest';
import {buildSearchIndex, type PageInput} from '../server/buildIndex';
import {searcherFor} from '../../../../tests/lib/zoeken/source';

/** A current-edition Dutch index of just these pages. */
const siteOf = (pages: PageInput[]) => buildSearchIndex({locale: 'nl', version: 'current', edition: 'E', pages});

const pages: PageInput[] = [
  {
    path: 'a',
    title: 'Houding',
    type: 'handleiding',
    body: 'Intro.\n\n## Gastvrij zijn {#gastvrij}\n\nDe deur staat open.\n\n## Geduld {#geduld}\n\nGeduldig blijven.',
  },
  {
    path: 'b',
    title: 'Spanningsvelden',
    type: 'spanningsveld',
    body: 'Waar gezinshuisouders en ouders botsen. Ook over houding, in het voorbijgaan.',
  },
  {path: 'c', title: 'Samenwerking', type: 'handleiding', body: 'Over samenwerking met ouders en de gemeente.'},
];
const current = buildSearchIndex({
  locale: 'nl',
  version: 'current',
  edition: 'Editie 2024',
  pages,
  zoekwoorden: [{woorden: ['moeder'], vindt: ['ouder']}],
});
const old = buildSearchIndex({
  locale: 'nl',
  version: '2021',
  edition: 'Editie 2021',
  pages: [{path: '2021/a', title: 'Houding', type: 'handleiding', body: 'Oud.'}],
});
// Tiny shards: every query crosses shard borders, as on a big site.
const s = searcherFor([current, old], {shardBytes: 200});
const paths = async (q: string, o = {}) => (await s.search(q, o)).hits.map((h) => h.record.path);

describe('createSearcher', () => {
  it('ranks a title match above a passing mention', async () => {
    expect((await paths('houding', {versions: ['current']}))[0]).toBe('a');
  });
  it('deep-links to the section whose heading matches', async () => {
    expect((await paths('gastvrij'))[0]).toBe('a#gastvrij');
  });
  it('finds inflections and compounds: samenwerkingen, ouder → gezinshuisouders, spanning', async () => {
    expect(await paths('samenwerkingen')).toContain('c');
    expect(await paths('spanning')).toContain('b');
    expect(await paths('gezinshuisouder')).toContain('b');
  });
  it('tolerates one typo in longer words, not in short ones', async () => {
    expect((await paths('gastvirj'))[0]).toBe('a#gastvrij');
    expect((await paths('gastvry'))[0]).toBe('a#gastvrij');
    expect(await paths('oudr')).toEqual([]);
  });
  it('finds what the everyday-words list says: moeder finds ouders', async () => {
    expect(await paths('moeder')).toContain('c');
  });
  it('completes the word being typed', async () => {
    expect(await paths('samenwerkin')).toContain('c');
  });
  it('filters by type and edition, and searches both editions as one', async () => {
    expect(await paths('houding', {types: ['spanningsveld']})).toEqual(['b']);
    expect(await paths('houding', {versions: ['2021']})).toEqual(['2021/a']);
    expect((await paths('houding')).sort()).toEqual(['2021/a', 'a', 'b']);
  });
  it('returns nothing for stopwords only', async () => {
    expect(await paths('de het een')).toEqual([]);
  });
  it('gives each hit its page, section text, edition and the terms to highlight', async () => {
    const {hits, terms} = await s.search('gastvirj', {limit: 1});
    expect(hits[0]?.record).toMatchObject({
      page: {u: 'a', t: 'Houding', y: 'handleiding'},
      section: {a: 'gastvrij', h: 'Gastvrij zijn'},
      version: 'current',
      edition: 'Editie 2024',
    });
    expect(terms).toContain('gastvrij');
  });
  it('answers the same whatever earlier queries loaded', async () => {
    const fresh = searcherFor([current, old], {shardBytes: 200});
    for (const q of ['samenwerkin', 'gastvirj', 'moeder', 'spanning']) {
      expect((await fresh.search(q)).hits.map((h) => h.record.path)).toEqual(await paths(q));
    }
  });
});

describe('compounds in the query', () => {
  const site = siteOf([
    {
      path: 'loyaliteit',
      title: 'Loyaliteit',
      type: 'begrip',
      body: 'Een kind blijft loyaal aan thuis. Die loyaliteit is er gewoon.',
    },
    {
      path: 'rolverheldering',
      title: 'Rolverheldering',
      type: 'begrip',
      body: 'Wie heeft welke rol? Rolverheldering maakt het duidelijk.',
    },
    {
      path: 'verschillen',
      title: 'Rolverschillen',
      type: 'spanningsveld',
      body: 'Over rolverschillen tussen ouders en opvoeders.',
    },
    {
      path: 'verdeling',
      title: 'Taken',
      type: 'handleiding',
      body: 'Bespreek de rolverdeling in het eerste gesprek. De verdeling van taken volgt.',
    },
    {path: 'verslag', title: 'Verslag', type: 'werkblad', body: 'Schrijf de afspraken op. Een lijst helpt.'},
  ]);
  const c = searcherFor([site]);
  const found = async (q: string) => (await c.search(q)).hits.map((h) => h.record.path);

  it('splits on the linking -s-: loyaliteitsconflict finds loyaliteit', async () => {
    expect((await found('loyaliteitsconflict'))[0]).toBe('loyaliteit');
  });
  it('splits on the linking -en-: afsprakenlijst finds afspraken and lijst', async () => {
    expect((await found('afsprakenlijst'))[0]).toBe('verslag');
  });
  it('reaches compounds with the same first part, below every exact match', async () => {
    const {hits} = await c.search('rolverdeling');
    expect(hits.map((h) => h.record.path)).toEqual(['verdeling', 'rolverheldering', 'verschillen']);
    // Though their titles match their own word, the siblings stay below the page that has "rolverdeling".
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });
});

describe('the section that answers', () => {
  it('shows the section that says it, not a list of links that names it, nor the description', async () => {
    const site = siteOf([
      {
        path: 'netwerk',
        title: 'Het bredere netwerk',
        description: 'Een afweging tussen beschermen en verbinden.',
        type: 'spanningsveld',
        body: [
          'Een thema uit het kenniscafé.',
          '## Het spanningsveld {#spanningsveld}',
          'Investeren in het netwerk vraagt een afweging tussen beschermen en verbinden.',
          '## Zie ook {#zie-ook}',
          '- [Beschermen of verbinden](/elders)',
          '- [Verbinden met ouders](/ouders)',
        ].join('\n\n'),
      },
    ]);
    const hits = (await searcherFor([site]).search('beschermen verbinden')).hits;
    expect(hits[0]?.record.path).toBe('netwerk#spanningsveld');
  });

  it('finds a page by what a list of links on another page calls it, above that list', async () => {
    const site = siteOf([
      {
        path: 'overzicht',
        title: 'Overzicht',
        type: 'info',
        body: 'Alles op een rij.\n\n## Zie ook {#zie-ook}\n\n- [Wat werkt volgens onderzoek](/ervaringen)\n- [Gouden regels](/regels)',
      },
      {path: 'ervaringen', title: 'Ervaringen', type: 'info', body: 'Wat de pilot liet zien over de aanpak.'},
      {path: 'regels', title: 'Regels', type: 'info', body: 'De regels op een rij.'},
    ]);
    const hits = (await searcherFor([site]).search('wat werkt volgens onderzoek')).hits;
    expect(hits[0]?.record.path).toBe('ervaringen');
  });
});
