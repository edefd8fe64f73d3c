import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {absoluut, apiPad, errataPad, feedPad, siteBaseUrl} from '../shared/paden';
import {TEKSTEN, tekst, type TekstId} from '../shared/teksten';

describe('paden', () => {
  it('names editions by year, stable when a newer edition arrives', () => {
    expect(feedPad('current', 'atom')).toBe('/wijzigingen/2024/atom.xml');
    expect(feedPad('2021', 'json')).toBe('/wijzigingen/2021/feed.json');
    expect(apiPad('en', 'current', 'begrippen')).toBe('/api/en/2024/begrippen.json');
    expect(errataPad('2021')).toBe('/2021/errata');
  });
  it('makes absolute URLs from SITE_URL and BASE_URL, and finds the site base of a locale build', () => {
    expect(absoluut('https://intranet.example.org/', '/kennisbank', '/handleiding')).toBe(
      'https://intranet.example.org/kennisbank/handleiding',
    );
    expect(absoluut('https://kennisbank.example', '/', '/')).toBe('https://kennisbank.example/');
    expect(siteBaseUrl('/kennisbank/en/', 'en')).toBe('/kennisbank/');
    expect(siteBaseUrl('/en/', 'en')).toBe('/');
    expect(siteBaseUrl('/kennisbank/', 'nl')).toBe('/kennisbank/');
  });
});

describe('teksten in the files the plugin writes', () => {
  const code = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../../i18n/en/code.json'), 'utf8')) as Record<
    string,
    {message?: string}
  >;
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(Object.keys(TEKSTEN) as TekstId[])('%s has an English translation with the same placeholders', (id) => {
    const en = code[id]?.message;
    expect(en, `voeg "${id}" toe aan i18n/en/code.json`).toBeTruthy();
    expect(placeholders(en!)).toEqual(placeholders(TEKSTEN[id]));
  });
  it('fills in placeholders and falls back to Dutch', () => {
    expect(tekst({}, 'kennisbank.wijzigingen.feed.alleErrata', {editie: 'editie 2021'})).toBe(
      'Alle errata van de editie 2021',
    );
    expect(tekst({'kennisbank.wijzigingen.feed.pagina': 'Page'}, 'kennisbank.wijzigingen.feed.pagina')).toBe('Page');
  });
});
