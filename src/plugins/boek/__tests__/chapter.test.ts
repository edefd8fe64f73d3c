import fs from 'node:fs';
import path from 'node:path';
import * as cheerio from 'cheerio';
import {describe, expect, it} from 'vitest';
import {chapterKey, extractChapter, resolveLink, type LinkContext} from '../server/chapter';

const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8');

const ctx: LinkContext = {
  siteUrl: 'https://kennisbank.example',
  baseUrl: '/',
  chapterKeys: new Map([
    ['/handleiding/houding', 'h-handleiding-houding'],
    ['/handleiding/installatiefase', 'h-handleiding-installatiefase'],
  ]),
  termPaths: new Map([['/begrippen/gezinshuisouder', 'gezinshuisouder']]),
};

describe('extractChapter', () => {
  const key = chapterKey('handleiding/houding');
  const ch = extractChapter(fixture('pagina.html'), {key, depth: 0, source: 'pagina.html', ctx});
  const $ = cheerio.load(ch.html, null, false);

  it('keeps the article text and leaves out the page around it', () => {
    expect($('h1').text()).toBe('Houding');
    expect(ch.html).toContain('werkt samen met ouders');
    expect(ch.html).not.toContain('Broodkruimels');
    expect(ch.html).not.toContain('Bewerk deze pagina');
  });

  it('drops what only works on a screen: tooltips, anchor links, aria-hidden labels, a table’s list alternative', () => {
    expect(ch.html).not.toContain('Uitleg die niet in het boek hoort');
    expect($('.hash-link, [aria-hidden]').length).toBe(0);
    expect($('td').text()).toBe('Installatie');
    expect(ch.html).not.toContain('De tabel als lijst');
    expect($('details[open] summary').text()).toBe('Meer weten');
    expect($('[role], [class]').length).toBe(0);
  });

  it('prefixes every id with the chapter, and the title carries the chapter id', () => {
    expect($('h1').attr('id')).toBe(key);
    expect($('h2').first().attr('id')).toBe(`${key}--kenmerken`);
    expect($('section').attr('aria-labelledby')).toBe(`${key}--bronnen-van-deze-pagina`);
    expect($('aside').attr('aria-labelledby')).toBe(`${key}--sinds-2021`);
  });

  it('turns links into book links: chapter, own anchor, glossary, site page, other site', () => {
    const hrefs = $('a')
      .map((_, a) => [[$(a).attr('href'), $(a).attr('data-boek') ?? '']])
      .get();
    expect(hrefs).toEqual([
      ['#begrip-gezinshuisouder', 'begrip'],
      ['#h-handleiding-installatiefase--begeleidingsplan-ouders', ''],
      [`#${key}--kenmerken`, ''],
      ['https://kennisbank.example/voor-ouders', 'extern'],
      ['https://example.org/artikel', 'extern'],
    ]);
    expect(ch.terms).toEqual(['gezinshuisouder']);
    expect(ch.externalLinks).toEqual(['https://kennisbank.example/voor-ouders', 'https://example.org/artikel']);
  });

  it('lists its headings for the table of contents', () => {
    expect(ch.headings.map((h) => [h.level, h.text])).toEqual([
      [1, 'Houding'],
      [2, 'Acht kenmerken'],
      [2, 'Bronnen van deze pagina'],
    ]);
  });

  it('nests a sub-page one level deeper', () => {
    const sub = extractChapter(fixture('pagina.html'), {key, depth: 1, source: 'pagina.html', ctx});
    expect(sub.headings.map((h) => h.level)).toEqual([2, 3, 3]);
  });

  it('fails with the file named when the page has no article text', () => {
    expect(() =>
      extractChapter(fixture('zonder-artikel.html'), {key, depth: 0, source: 'build/kapot.html', ctx}),
    ).toThrow(/build\/kapot\.html heeft geen artikeltekst/);
  });
});

describe('resolveLink under a base URL', () => {
  const sub: LinkContext = {
    ...ctx,
    siteUrl: 'https://intranet.example.org',
    baseUrl: '/kennisbank/',
    chapterKeys: new Map([['/kennisbank/handleiding/houding', 'h-x']]),
    termPaths: new Map(),
  };
  it('finds chapters by their path with the base URL and makes other pages absolute', () => {
    expect(resolveLink('/kennisbank/handleiding/houding#a', 'h-y', sub)).toEqual({href: '#h-x--a', kind: 'hoofdstuk'});
    expect(resolveLink('/kennisbank/voor-ouders', 'h-y', sub).href).toBe(
      'https://intranet.example.org/kennisbank/voor-ouders',
    );
    expect(resolveLink('mailto:a@example.org', 'h-y', sub).kind).toBe('extern');
  });
});
