import {describe, expect, it} from 'vitest';
import {buildSearchIndex, type PageInput} from '../server/buildIndex';
import {termRows} from '../server/terms';
import {BM25F, PER_TERM_LIMIT} from '../shared/fields';
import {decodePostings, fromLevel, toLevel, toPlace} from '../shared/postings';
import type {ShardRow} from '../shared/types';

const index = (pages: PageInput[], extra: Partial<Parameters<typeof buildSearchIndex>[0]> = {}) =>
  buildSearchIndex({locale: 'nl', version: 'current', edition: 'E', pages, ...extra});
const rowsOf = (pages: PageInput[], extra = {}) => new Map(termRows(index(pages, extra)).map((r) => [r[0], r]));
const sections = (row: ShardRow | undefined) => decodePostings(row?.[4] ?? '', 0, true);
const titles = (row: ShardRow | undefined) => decodePostings(row?.[3] ?? '');
const page = (path: string, title: string, body: string): PageInput => ({path, title, type: 'info', body});

describe('termRows', () => {
  it('lists every index term once, sorted, with how often it occurs and on how many pages', () => {
    const rows = rowsOf([page('a', 'Ouders', 'Ouders en opvoeders.'), page('b', 'Jongeren', 'Ouders praten.')]);
    expect(Array.from(rows.keys())).toEqual(Array.from(rows.keys()).sort());
    expect(rows.get('ouder')?.[1]).toBe(3);
    expect(rows.get('ouder')?.[2]).toBe(2);
    expect(rows.get('opvoeder')?.[2]).toBe(1);
    // The word as written beside its stem, so a half-typed word still completes.
    expect(rows.get('ouders')?.[1]).toBe(3);
  });

  it('weighs a title above a heading above the text (BM25F weights), the title by page', () => {
    const rows = rowsOf([
      page('a', 'Gastvrij', 'Iets anders hier.'),
      page('b', 'Iets', 'Intro.\n\n## Gastvrij {#g}\n\nIets anders hier.'),
      page('c', 'Iets', 'Gastvrij anders hier.'),
    ]);
    const row = rows.get('gastvrij');
    const [title] = titles(row);
    expect(title?.[0]).toBe(0);
    const bySection = new Map(sections(row).map(([id, w]) => [id, w]));
    const heading = bySection.get(2)!;
    const text = bySection.get(3)!;
    expect(BM25F.fields.title.weight).toBeGreaterThan(BM25F.fields.heading.weight);
    expect(title![1]).toBeGreaterThan(heading);
    expect(heading).toBeGreaterThan(text);
  });

  it('indexes the description once for its page, after the title list, not as words of the first section', () => {
    const rows = rowsOf([
      {
        ...page('a', 'Richtlijn', 'Intro.\n\n## Planning {#p}\n\nDe herziening.'),
        description: 'De planning van de herziening.',
      },
    ]);
    const row = rows.get('planning');
    const [title, about] = (row?.[3] ?? '').split(';');
    expect(title).toBe('');
    expect(decodePostings(about ?? '').map(([p]) => p)).toEqual([0]);
    // Only the section "Planning" holds it: the first section (record 0) does not.
    expect(sections(row).map(([id]) => id)).toEqual([1]);
    // A term no description holds has a plain title list.
    expect(rows.get('richtlijn')?.[3]).not.toContain(';');
  });

  it('weighs the link words of a section that is mostly links far below the same words in text', () => {
    const rows = rowsOf([
      page('a', 'A', 'Intro.\n\n## Zie ook {#zie-ook}\n\n- [Beschermen en verbinden](/b)\n- [Gastvrij](/g)'),
      page('b', 'B', 'Intro.\n\n## Afweging {#afweging}\n\nKiezen tussen beschermen en verbinden.'),
      // A link inside prose stays text: it is part of what the section says.
      page('c', 'C', 'Intro.\n\n## Netwerk {#netwerk}\n\nKiezen tussen [beschermen](/b) en verbinden.'),
    ]);
    const w = new Map(sections(rows.get('bescherm')).map(([id, weight]) => [id, weight]));
    expect(w.get(1)!).toBeLessThan(w.get(3)! / 4);
    expect(w.get(5)!).toBeGreaterThan(w.get(3)! / 2);
    // Still a word of the site: its row stays, with every page.
    expect(rows.get('gastvrij')?.[2]).toBe(1);
  });

  it('counts more occurrences for more, and a longer section for less (length normalisation)', () => {
    const rows = rowsOf([
      page('a', 'A', 'Humor helpt. Humor werkt.'),
      page('b', 'B', 'Humor helpt.'),
      page('c', 'C', `Humor helpt. ${'Andere woorden staan hier ook nog. '.repeat(10)}`),
    ]);
    const w = sections(rows.get('humor')).map(([, weight]) => weight);
    expect(w[0]).toBeGreaterThan(w[1]!);
    expect(w[1]).toBeGreaterThan(w[2]!);
  });

  it('says where a term first stands in its section: heading first, then the text', () => {
    const body = `Intro.\n\n## Geduld {#g}\n\n${'Woord '.repeat(20)}gastvrij.`;
    const rows = rowsOf([page('a', 'A', body)]);
    expect(sections(rows.get('geduld'))[0]![2]).toBe(0);
    expect(sections(rows.get('gastvrij'))[0]![2]).toBe(toPlace(21));
  });

  it('keeps the strongest sections of a very common term, and its true page count for idf', () => {
    const many = Array.from({length: PER_TERM_LIMIT + 20}, (_, i) =>
      page(
        `p${i}`,
        `Pagina ${i}`,
        i < 10 ? 'Ouders. Ouders. Ouders.' : `Ouders en ${'veel andere woorden '.repeat(5)}`,
      ),
    );
    const row = rowsOf(many).get('ouder');
    expect(sections(row)).toHaveLength(PER_TERM_LIMIT);
    expect(row?.[2]).toBe(PER_TERM_LIMIT + 20);
    // The ten short, dense sections are among those kept.
    expect(sections(row).filter(([id]) => id < 10)).toHaveLength(10);
  }, 30_000);

  it('gives the words readers use a row of their own, with what they also find', () => {
    const rows = rowsOf([page('a', 'Spanning', 'Spanning tussen ouders.')], {
      zoekwoorden: [{woorden: ['ruzie'], vindt: ['spanning', 'ouders praten']}],
    });
    expect(rows.get('ruzie')?.slice(1, 3)).toEqual([0, 0]);
    expect(rows.get('ruzie')?.[5]).toEqual(['spanning', 'ouder prat']);
  });

  it('lists the parts the build split a compound into, so the query splits it alike', () => {
    const rows = rowsOf([page('a', 'Gezinshuis', 'Het gezinshuis en de ouders. Gezinshuisouders werken.')]);
    expect(rows.get('gezinshuisouder')?.[6]).toEqual(expect.arrayContaining(['gezinshuis', 'ouder']));
  });

  it('levels round to the BM25F weight they stand for', () => {
    expect(fromLevel(toLevel(BM25F.fields.title.weight))).toBeCloseTo(BM25F.fields.title.weight, 0);
  });
});
