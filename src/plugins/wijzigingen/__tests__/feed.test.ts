/**
 * The feeds, read back as a feed reader reads them: Atom through a real parser, JSON Feed against
 * its schema. Titles, items newest first, dates as days, links to the page (absolute, with the
 * base URL) and to its pinned URL, one item per erratum.
 */
import {describe, expect, it} from 'vitest';
import {leesAtom, leesJsonFeed} from '../../../../tests/lib/feeds';
import {errataPaginaData} from '../server/errataPagina';
import {errataItems, maakFeed, paginaItems} from '../server/feed';
import {BRONNEN, ERRATA, HUIDIG, OUD, url} from './fixture';

const feedOf = (items: ReturnType<typeof paginaItems>, max = 100) =>
  maakFeed({
    titel: 'Wijzigingen in de editie 2024 — Kennisbank',
    beschrijving: 'Grote wijzigingen.',
    taal: 'nl',
    home: url('/'),
    urls: {atom: url('/wijzigingen/2024/atom.xml'), json: url('/wijzigingen/2024/feed.json')},
    items,
    max,
    leegDatum: '2026-12-05',
  });

describe('feed of the current edition', () => {
  const items = paginaItems(HUIDIG, url, {});
  const {atom, json} = feedOf(items);

  it('has one item per change note, newest first, dated by the note', () => {
    const feed = leesAtom(atom);
    expect(feed.title).toBe('Wijzigingen in de editie 2024 — Kennisbank');
    expect(feed.self).toBe('https://intranet.example.org/kennisbank/wijzigingen/2024/atom.xml');
    expect(feed.items.map((i) => [i.title, i.updated?.toISOString().slice(0, 10)])).toEqual([
      ['Houding', '2026-12-05'],
      ['Afstemmen', '2026-12-01'],
      ['Houding', '2026-11-29'],
    ]);
  });

  it('links each item to the page and says its pinned URL and what changed', () => {
    const [first] = leesAtom(atom).items;
    expect(first!.url).toBe('https://intranet.example.org/kennisbank/handleiding/houding');
    expect(first!.content).toContain('Gastvrij zijn gaat nu ook over binnenlopen zonder afspraak.');
    expect(first!.content).toContain('https://intranet.example.org/kennisbank/2024/handleiding/houding');
    const ids = leesAtom(atom).items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('escapes what a contributor wrote: HTML in a note is shown as text, not run', () => {
    const afstemmen = leesJsonFeed(json).items.find((i) => i.title === 'Afstemmen')!;
    expect(afstemmen.content_html).toContain('De definitie &lt;b&gt;zegt&lt;/b&gt; nu');
    expect(atom).toContain('De definitie &lt;b&gt;zegt&lt;/b&gt; nu');
  });

  it('says the same in JSON Feed, with the pinned URL for portals', () => {
    const feed = leesJsonFeed(json);
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toMatchObject({
      url: 'https://intranet.example.org/kennisbank/handleiding/houding',
      date_published: '2026-12-05T00:00:00.000Z',
      _kennisbank: {
        vaste_url: 'https://intranet.example.org/kennisbank/2024/handleiding/houding',
        pagina: 'handleiding/houding',
      },
    });
  });

  it('keeps an item id when a newer note is added', () => {
    const older = paginaItems(
      {...HUIDIG, paginas: [{...HUIDIG.paginas[0]!, wijzigingen: HUIDIG.paginas[0]!.wijzigingen.slice(1)}]},
      url,
      {},
    );
    expect(items.map((i) => i.id)).toContain(older[0]!.id);
  });

  it('keeps to the most items, and is the same file for the same content', () => {
    expect(leesAtom(feedOf(items, 2).atom).items).toHaveLength(2);
    expect(feedOf(items).atom).toBe(atom);
  });
});

describe('errata feed of a frozen edition', () => {
  const data = errataPaginaData(ERRATA, OUD, BRONNEN);
  const items = errataItems(data.errata, {errataUrl: url('/2021/errata'), label: 'Editie 2021', url}, {});

  it('has one item per erratum, linking to the page it corrects or to its entry on the errata page', () => {
    const feed = leesAtom(feedOf(items).atom);
    expect(feed.items.map((i) => [i.title, i.url, i.updated?.toISOString().slice(0, 10)])).toEqual([
      ['Over deze editie: Inleiding', 'https://intranet.example.org/kennisbank/2021/handleiding', '2026-12-05'],
      [
        'Inhoud gecorrigeerd: Houding, Inleiding',
        'https://intranet.example.org/kennisbank/2021/errata#houding-voorbeeld',
        '2026-11-29',
      ],
    ]);
    const [, houding] = feed.items;
    expect(houding!.id).toBe('https://intranet.example.org/kennisbank/2021/errata#houding-voorbeeld');
    expect(houding!.content).toContain('Het artikel geeft geen apart voorbeeld.');
    expect(houding!.content).toContain('Een artikel over samenwerken (Box 1)');
    expect(houding!.content).toContain('https://intranet.example.org/kennisbank/2021/handleiding/houding');
  });

  it('names what an erratum of data only corrects', () => {
    const bron = errataItems(
      [{...data.errata[1]!, id: 'bron', doelen: [{soort: 'bron', titel: 'Een artikel over samenwerken'}]}],
      {errataUrl: url('/2021/errata'), label: 'Editie 2021', url},
      {},
    );
    expect(bron[0]!.titel).toBe('Inhoud gecorrigeerd: beschrijving van de bronnen onder de pagina’s');
    expect(bron[0]!.url).toBe('https://intranet.example.org/kennisbank/2021/errata#bron');
  });

  it('uses the translations of the build locale', () => {
    const en = errataItems(
      data.errata,
      {errataUrl: url('/en/2021/errata'), label: 'Editie 2021', url},
      {
        'kennisbank.errata.soort.inhoud': 'Content corrected',
      },
    );
    expect(en[1]!.titel).toBe('Content corrected: Houding, Inleiding');
  });
});
