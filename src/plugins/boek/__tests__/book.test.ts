import {describe, expect, it} from 'vitest';
import {buildBook, contentRevision} from '../server/book';
import {sidebarDocIds} from '../server/collect';
import {printUrls, renderPrintHtml, tocHtml} from '../server/print';
import {fixtureBook, fixtureInput} from './helpers';

describe('sidebarDocIds', () => {
  it('takes pages in sidebar order, a category’s own page before its items', () => {
    const ids = sidebarDocIds([
      {type: 'doc', id: 'a'},
      {
        type: 'category',
        label: 'Handelingen',
        collapsed: true,
        collapsible: true,
        link: {type: 'doc', id: 'h/index'},
        items: [
          {type: 'doc', id: 'h/een'},
          {type: 'link', label: 'x', href: 'https://example.org'},
        ],
      },
      {type: 'doc', id: 'b'},
    ] as never);
    expect(ids).toEqual([
      {id: 'a', depth: 0},
      {id: 'h/index', depth: 0},
      {id: 'h/een', depth: 1},
      {id: 'b', depth: 0},
    ]);
  });
});

describe('buildBook', () => {
  const book = fixtureBook();

  it('has a table of contents with colophon, chapters (sub-pages nested, with their sections) and appendices', () => {
    const flat = (entries: typeof book.toc, depth = 0): string[] =>
      entries.flatMap((e) => [`${'  '.repeat(depth)}${e.title}`, ...flat(e.children, depth + 1)]);
    expect(flat(book.toc)).toEqual([
      'Colofon',
      'Houding',
      '  Acht kenmerken',
      '  Installatiefase',
      '    Begeleidingsplan ouders',
      'Bijlage: Begrippen',
      'Bronnen en literatuur',
    ]);
  });

  it('takes only the terms the chapters link to, and the sources they name', () => {
    expect(book.glossary.map((t) => t.id)).toEqual(['gezinshuisouder']);
    expect(book.bronnen.map((b) => b.key)).toEqual(['artikel-gezinshuis-ouders']);
  });

  it('cites the edition in APA with its stable URL', () => {
    expect(book.meta.citation).toBe(
      'Redactie Kennisbank Gedeeld Opvoederschap. (2026, 29 november). Handleiding tot gedeeld opvoederschap (Editie 2024). Kennisbank Gedeeld Opvoederschap. https://kennisbank.example/handleiding/houding',
    );
  });

  it('fails when a page links to a term the edition does not have', () => {
    const input = fixtureInput();
    input.chapters[0]!.terms.push('bestaat-niet');
    expect(() => buildBook(input)).toThrow(
      'Boek (Editie 2024): een pagina linkt naar begrip "bestaat-niet", maar dat begrip bestaat niet in deze editie.',
    );
  });

  it('prints the page numbers it is given, in the table of contents only', () => {
    const html = renderPrintHtml(
      book,
      new Map([
        ['colofon', 2],
        ['h-handleiding-houding', 5],
      ]),
    );
    expect(html).toContain('<html lang="nl">');
    expect(tocHtml(book.toc, new Map([['h-handleiding-houding', 5]]))).toMatch(
      /href="#h-handleiding-houding"><span class="toc-titel">Houding<\/span> <span class="toc-nr">5<\/span>/,
    );
    expect(html).toContain('@bottom-right { content: counter(page);');
  });

  it('prints the address after a link that leaves the book, once', () => {
    const html = renderPrintHtml(book);
    expect(html).toContain('>Voor ouders</a> <span class="url">(https://kennisbank.example/voor-ouders)</span>');
    expect(html).toContain('>het artikel</a> <span class="url">(https://example.org/artikel)</span>');
    expect(html).not.toContain('>#begrip-gezinshuisouder');
    expect(printUrls('<a data-boek="extern" href="https://x.example/">https://x.example/</a>')).not.toContain(
      'class="url"',
    );
  });
});

describe('the content revision', () => {
  const page = (title: string, ...datums: string[]) => ({
    title,
    wijzigingen: datums.map((datum) => ({datum, tekst: `Wijziging van ${datum}.`})),
  });

  it('is the newest change note of the edition’s pages, whatever their order', () => {
    expect(
      contentRevision([page('Start', '2026-11-02'), page('Houding', '2026-10-20', '2026-12-05'), page('Leeg')]),
    ).toEqual({
      date: '2026-12-05',
      dateText: '5 december 2026',
      chapter: 'Houding',
      note: 'Wijziging van 2026-12-05.',
    });
  });

  it('is undefined when no page records a change', () => {
    expect(contentRevision([page('Start'), page('Houding')])).toBeUndefined();
  });

  it('is stated on the cover and in the colophon, next to the build date', () => {
    const input = fixtureInput();
    input.edition = {
      ...input.edition,
      chapters: input.edition.chapters.map((c, i) =>
        i === 1 ? {...c, wijzigingen: [{datum: '2026-12-05', tekst: 'Herschreven.'}]} : c,
      ),
    };
    const html = renderPrintHtml(buildBook(input));
    expect(html).toContain('<p class="omslag-revisie">Laatste inhoudelijke wijziging: 5 december 2026</p>');
    expect(html).toContain('<p class="omslag-datum">Gemaakt op 29 november 2026</p>');
    expect(html).toContain(
      'Editie 2024 — laatste inhoudelijke wijziging op 5 december 2026 (pagina „Installatiefase”).',
    );
  });

  it('says so plainly when no change is recorded, instead of a date', () => {
    const html = renderPrintHtml(fixtureBook());
    expect(html).toContain('<p class="omslag-revisie">Geen inhoudelijke wijzigingen vastgelegd</p>');
    expect(html).toContain('Editie 2024 — geen inhoudelijke wijzigingen vastgelegd.');
    expect(html).toContain('<p class="omslag-datum">Gemaakt op 29 november 2026</p>');
  });
});

describe('the colophon', () => {
  it('names the source documents the site rests on, not the web pages a few pages refer readers to', () => {
    const input = fixtureInput();
    const html = renderPrintHtml(buildBook(input));
    const colofon = html.slice(html.indexOf('class="colofon"'), html.indexOf('id="colofon-licentie"'));
    const documents = input.bronnen.filter((b) => b.extern !== true);
    const webpages = input.bronnen.filter((b) => b.extern === true);
    expect(documents.length).toBeGreaterThan(0);
    for (const b of documents) expect(colofon).toContain(`<cite>${b.titel}</cite>`);
    for (const b of webpages) expect(colofon).not.toContain(`<cite>${b.titel}</cite>`);
  });
});

describe('a frozen edition', () => {
  it('says in the colophon where corrections made after this copy are listed', () => {
    const input = fixtureInput();
    input.edition = {...input.edition, version: '2021', year: '2021', errataPath: '/2021/errata'};
    const html = renderPrintHtml(buildBook(input));
    expect(html).toContain(
      'De inhoud van deze editie ligt vast. Elke wijziging sinds het vastzetten staat in de errata',
    );
    expect(html).toContain(`<a href="${input.siteUrl}/2021/errata">${input.siteUrl}/2021/errata</a>`);
    expect(html).toContain(
      'Dit boek is gemaakt op 29 november 2026; kijk daar of er daarna nog errata zijn bijgekomen.',
    );
    // Every change to a frozen edition is a dated erratum, a tikfout too: the colophon does not say otherwise.
    expect(html).not.toContain('tikfout');
  });

  it('the current edition, which changes, has no such paragraph', () => {
    const html = renderPrintHtml(fixtureBook());
    expect(html).not.toContain('ligt vast');
    expect(html).toContain('een kleine correctie, zoals een tikfout, niet');
  });
});

describe('the fixed pages (React)', () => {
  it('escape every text and attribute, so a title cannot break the book', () => {
    const input = fixtureInput();
    input.options = {...input.options, title: 'Boek <b>&</b> "x"'};
    const html = renderPrintHtml(buildBook(input));
    expect(html).toContain(
      '<h1 class="omslag-titel">Boek &lt;b&gt;&amp;&lt;/b&gt; &quot;x&quot; <span class="omslag-sub">',
    );
    expect(html).toContain(
      '<title>Boek &lt;b&gt;&amp;&lt;/b&gt; &quot;x&quot; tot gedeeld opvoederschap — Editie 2024</title>',
    );
    // The running footer is a CSS string inside <style>: no "<" there either.
    expect(html).toContain('@bottom-left { content: "Boek \\3c b>&\\3c /b> \\"x\\" · Editie 2024";');
    expect(html).not.toContain('<b>');
  });
});
