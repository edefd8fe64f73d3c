import {describe, expect, it} from 'vitest';
import {buildBook} from '../server/book';
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
